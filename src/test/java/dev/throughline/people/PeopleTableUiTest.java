package dev.throughline.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.testing.WindowTest;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;

/** The People directory in the real window: adding a person keeps every row the same height (issue 15, low). */
class PeopleTableUiTest extends WindowTest {

    @Test
    void rowsKeepTheirHeightAfterAnAdd() throws Exception {
        Path db = folder.resolve("people.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.people().createMe(new PersonInput("Dana Reyes", "TPgM", Function.PM, "dana@example.com", "", "",
                    "America/New_York", "08:00", "16:00"));
        }
        startOn(db);
        robot.clickOn("#tab-people");
        waitUntil(() -> filledRows().size() == 1);
        settle();
        double before = filledRows().get(0).getHeight();

        robot.clickOn("#person-add");
        waitUntil(() -> robot.lookup("#person-name").tryQuery().isPresent());
        typeInto("#person-name", "Sam Ortiz");
        typeInto("#person-slack", "sam");
        Button add = robot.lookup("#form-save").queryButton();
        robot.clickOn(add);
        waitUntil(() -> filledRows().size() == 2);
        settle();

        for (TableRow<?> row : filledRows()) {
            assertEquals(before, row.getHeight(), 0.01, "row of " + row.getItem());
        }
        assertTrue(before > 0);
    }

    private List<TableRow<?>> filledRows() {
        List<TableRow<?>> rows = new java.util.ArrayList<>();
        for (TableRow<?> row : robot.lookup("#people-table .table-row-cell").queryAllAs(TableRow.class)) {
            if (!row.isEmpty() && row.getItem() != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
