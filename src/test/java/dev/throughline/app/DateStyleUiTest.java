package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.ui.DateField;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** View › Dates: one choice writes every date on screen (tables and fields) and is remembered. */
class DateStyleUiTest extends SampleWindowTest {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern US_SHORT = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2}");
    private Locale previous;

    @BeforeEach
    void usEnglish() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previous);
    }

    @Test
    void theLocaleStyleReachesTablesAndDateFieldsAndIsRemembered() throws Exception {
        startOn(db);
        long chk = app.window().session().workspace().programs().byKey("CHK-12").id();
        robot.interact(() -> app.window().session().navigator().openProgram(chk, "program-tab-milestones"));
        waitUntil(() -> !milestoneDates().isEmpty());
        assertTrue(milestoneDates().stream().allMatch(t -> ISO.matcher(t).matches()), milestoneDates().toString());

        robot.clickOn("View");
        robot.clickOn("Dates: as English (United States) writes them (12/7/26)");
        settle();
        List<String> shown = milestoneDates();
        assertTrue(shown.stream().allMatch(t -> US_SHORT.matcher(t).matches()), shown.toString());

        robot.clickOn("#milestone-add");
        waitUntil(() -> robot.lookup("#milestone-forecast").tryQuery().isPresent());
        typeInto("#milestone-forecast", "2026-12-07");
        robot.type(KeyCode.TAB);
        settle();
        assertEquals("12/7/26", robot.lookup("#milestone-forecast").queryAs(DateField.class).getEditor().getText());
        robot.clickOn("Cancel");

        FxToolkit.cleanupApplication(app);
        app = null;
        waitUntil(() -> {
            try {
                return Files.readString(folder.resolve(db.getFileName() + ".properties")).contains("dates=locale");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertFalse(shown.isEmpty());
    }

    /** The texts of the Baseline, Forecast and Deadline cells on screen. */
    private List<String> milestoneDates() {
        return robot.lookup("#milestones-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && List.of("Baseline", "Forecast", "Deadline")
                        .contains(c.getTableColumn().getText()))
                .map(TableCell::getText).filter(t -> t != null && !t.isBlank()).toList();
    }
}
