package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.meeting.MeetingSeries;
import dev.throughline.program.Program;
import dev.throughline.risk.TriggerKind;
import dev.throughline.ui.DateField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every date field of every form, typed into as a user does (en-US): ISO, the locale's 12/7/2026,
 * {@code +2w} and text that is not a date, each committed with Tab or Enter. Checks the value the form
 * sees, the reason shown in place, that Enter never submits a form with the typed date lost, and what
 * is stored.
 */
class DateFieldsUiTest extends SampleWindowTest {

    private static final LocalDate DEC_7 = LocalDate.of(2026, 12, 7);
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
    void programFormDatesAndTargetBeforeStart() throws Exception {
        startOn(db);
        clickMainTab("#tab-portfolio");
        robot.clickOn("#program-new");
        waitUntil(() -> robot.lookup("#program-key").tryQuery().isPresent());
        typeInto("#program-key", "dat-1");
        typeInto("#program-name", "Dates as typed");
        robot.interact(() -> robot.lookup("#program-tpgm").queryAs(ComboBox.class).getSelectionModel().selectFirst());

        everyEntry("#program-start");
        everyEntry("#program-target");

        typeInto("#program-start", "2027-03-01");
        robot.type(KeyCode.TAB);
        typeInto("#program-target", "1/15/2027");
        robot.type(KeyCode.TAB);
        settle();
        assertEquals("Target date 2027-01-15 is before the start 2027-03-01.", errorOf("#program-target"));
        assertSaveRefused();

        typeInto("#program-start", "2026-12-07");
        robot.type(KeyCode.TAB);
        typeInto("#program-target", "+2w");
        robot.type(KeyCode.ENTER);
        settle();
        assertTrue(dialogOpen(), "the first Enter resolves the typed date and shows it");
        assertEquals(LocalDate.now().plusWeeks(2).toString(), editor("#program-target").getText());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
        Program created = workspace().programs().byKey("DAT-1");
        assertEquals(DEC_7, created.start());
        assertEquals(LocalDate.now().plusWeeks(2), created.target());
    }

    @Test
    void milestoneFormDates() throws Exception {
        long chk = openProgramTab("program-tab-milestones");
        robot.clickOn("#milestone-add");
        waitUntil(() -> robot.lookup("#milestone-title").tryQuery().isPresent());
        typeInto("#milestone-title", "Dates typed");
        for (String id : List.of("#milestone-start", "#milestone-baseline", "#milestone-actual", "#milestone-deadline",
                "#milestone-forecast")) {
            everyEntry(id);
        }
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
        waitUntil(() -> workspace().milestones().milestones(chk).stream().anyMatch(m -> m.title().equals("Dates typed")));
        var stored = workspace().milestones().milestones(chk).stream().filter(m -> m.title().equals("Dates typed"))
                .findFirst().orElseThrow();
        assertEquals(DEC_7, stored.forecast());
        assertEquals(DEC_7, stored.deadline());
        assertEquals(DEC_7, stored.start());
    }

    @Test
    void raidFormDates() throws Exception {
        long chk = openProgramTab("program-tab-raid");
        robot.clickOn("#raid-add");
        waitUntil(() -> robot.lookup("#raid-title").tryQuery().isPresent());
        typeInto("#raid-title", "Dates typed");
        everyEntry("#raid-review");
        robot.interact(() -> robot.lookup("#raid-trigger").queryAs(ComboBox.class).setValue(TriggerKind.MILESTONE_LATER_THAN));
        everyEntry("#raid-trigger-date");
        robot.interact(() -> robot.lookup("#raid-trigger").queryAs(ComboBox.class).setValue(null));
        reveal("#form-save");
        robot.clickOn("#form-save");
        waitUntil(() -> workspace().risks().rows(chk).stream().anyMatch(r -> r.item().title().equals("Dates typed")));
        assertEquals(DEC_7, workspace().risks().rows(chk).stream().filter(r -> r.item().title().equals("Dates typed"))
                .findFirst().orElseThrow().item().reviewDate());
    }

    @Test
    void decisionAndActionFormDates() throws Exception {
        long chk = openProgramTab("program-tab-decisions");
        robot.clickOn("#decisions-new");
        waitUntil(() -> robot.lookup("#decision-title").tryQuery().isPresent());
        typeInto("#decision-title", "Dates typed");
        everyEntry("#decision-date");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
        waitUntil(() -> workspace().decisionLog().decisions(chk).stream()
                .anyMatch(d -> d.decision().title().equals("Dates typed") && d.decision().decidedOn().equals(DEC_7)));

        robot.clickOn("#actions-new");
        waitUntil(() -> robot.lookup("#action-title").tryQuery().isPresent());
        typeInto("#action-title", "Dates typed");
        everyEntry("#action-due");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
        waitUntil(() -> workspace().decisionLog().actions(chk).stream()
                .anyMatch(a -> a.item().title().equals("Dates typed") && DEC_7.equals(a.item().due())));
    }

    @Test
    void seriesFormDates() throws Exception {
        long sso = openProgram("SSO-7", "program-tab-syncs");
        waitUntil(() -> robot.lookup("#syncs-new").tryQuery().isPresent());
        robot.clickOn("#syncs-new");
        waitUntil(() -> robot.lookup("#series-title").tryQuery().isPresent());
        typeInto("#series-title", "Dates typed");
        robot.interact(() -> robot.lookup("#series-end").queryAs(ComboBox.class).getSelectionModel().selectLast());
        everyEntry("#series-until");
        assertTrue(robot.lookup("#series-rrule").queryAs(TextField.class).getText().endsWith("UNTIL=20261207"));
        everyEntry("#series-first");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !dialogOpen());
        waitUntil(() -> workspace().meetings().series(sso).stream().anyMatch(s -> s.title().equals("Dates typed")));
        MeetingSeries saved = workspace().meetings().series(sso).stream().filter(s -> s.title().equals("Dates typed"))
                .findFirst().orElseThrow();
        assertEquals(DEC_7, saved.firstDate());
    }

    @Test
    void intakeFormDate() throws Exception {
        startOn(db);
        clickMainTab("#tab-intake");
        waitUntil(() -> robot.lookup("#intake-new").tryQuery().isPresent());
        robot.clickOn("#intake-new");
        waitUntil(() -> robot.lookup("#intake-desired").tryQuery().isPresent());
        everyEntry("#intake-desired");
        robot.clickOn("Cancel");
    }

    @Test
    void runModeActionDueDate() throws Exception {
        openProgram("CHK-12", "program-tab-syncs");
        waitUntil(() -> robot.lookup("#syncs-run").tryQuery().isPresent());
        robot.clickOn("#syncs-run");
        waitUntil(() -> robot.lookup("#run-action-due").tryQuery().isPresent()
                || robot.lookup("#run-date-confirm").tryQuery().isPresent());
        if (robot.lookup("#run-date-confirm").tryQuery().isPresent()) { // the nearest sync is not today's
            robot.clickOn(robot.from(robot.lookup("#run-date-confirm")).lookup(".button")
                    .match((javafx.scene.control.Button b) -> b.getText().startsWith("Run the")).queryButton());
        }
        waitUntil(() -> robot.lookup("#run-action-due").tryQuery().isPresent());
        DateField due = field("#run-action-due");
        entry("#run-action-due", "+2w", KeyCode.TAB);
        assertEquals(LocalDate.now().plusWeeks(2), due.getValue());
        entry("#run-action-due", "garbage", KeyCode.ENTER);
        assertTrue(errorOf("#run-action-due").startsWith("\u201cgarbage\u201d is not a date"), errorOf("#run-action-due"));
        assertEquals("garbage", editor("#run-action-due").getText());
        entry("#run-action-due", "12/7/2026", KeyCode.ENTER);
        assertEquals(DEC_7, due.getValue());
        assertEquals("", errorOf("#run-action-due"));
    }

    /** Types each kind of entry into the field, committed by Tab or Enter, and checks what the form sees. */
    private void everyEntry(String id) throws Exception {
        DateField field = field(id);
        LocalDate inTwoWeeks = LocalDate.now().plusWeeks(2);

        entry(id, "+2w", KeyCode.TAB);
        assertEquals(inTwoWeeks, field.getValue(), id + " +2w");
        assertEquals(inTwoWeeks.toString(), editor(id).getText());

        entry(id, "garbage", KeyCode.TAB);
        assertTrue(errorOf(id).startsWith("\u201cgarbage\u201d is not a date \u2014 type "), id + ": " + errorOf(id));
        assertEquals("garbage", editor(id).getText(), "the typed text stays where it was typed");
        assertSaveRefused();

        entry(id, "2026-02-30", KeyCode.ENTER);
        assertTrue(errorOf(id).startsWith("2026-02-30 is not a date: February 2026 has 28 days"), errorOf(id));
        assertTrue(dialogOpen());

        entry(id, "2026-12-07", KeyCode.TAB);
        assertEquals(DEC_7, field.getValue(), id + " ISO");
        assertEquals("", errorOf(id));

        entry(id, "+2w", KeyCode.TAB);
        entry(id, "12/7/2026", KeyCode.ENTER);
        assertEquals(DEC_7, field.getValue(), id + " en-US");
        assertEquals("2026-12-07", editor(id).getText());
        assertTrue(dialogOpen(), "Enter after typing resolves the date and does not submit");
        assertFalse(field.getValue() == null);
    }

    private void entry(String id, String text, KeyCode commit) {
        reveal(id);
        typeInto(id, text);
        robot.type(commit);
        settle();
    }

    /** Tab headers are built on the first layout pass after the window opens. */
    private void clickMainTab(String id) throws Exception {
        waitUntil(() -> robot.lookup(id).tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn(id);
    }

    private void reveal(String id) {
        robot.interact(() -> {
            Node node = robot.lookup(id).query();
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Bounds content = scroll.getContent().getLayoutBounds();
                    Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double room = content.getHeight() - scroll.getViewportBounds().getHeight();
                    if (room > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 40) / room)));
                    }
                    scroll.layout();
                    return;
                }
            }
        });
        settle();
    }

    private long openProgramTab(String tabId) throws Exception {
        return openProgram("CHK-12", tabId);
    }

    private long openProgram(String key, String tabId) throws Exception {
        startOn(db);
        long id = workspace().programs().byKey(key).id();
        robot.interact(() -> app.window().session().navigator().openProgram(id, tabId));
        settle();
        return id;
    }

    private Workspace workspace() {
        return app.window().session().workspace();
    }

    private DateField field(String id) {
        return robot.lookup(id).queryAs(DateField.class);
    }

    private TextField editor(String id) {
        return field(id).getEditor();
    }

    private String errorOf(String id) {
        settle();
        return robot.lookup(id + "-error").queryAs(Label.class).getText();
    }

    /** Save on a form with a problem keeps the dialog open with the problem shown, and saves nothing. */
    private void assertSaveRefused() {
        robot.clickOn(save());
        assertTrue(dialogOpen(), "a form with a date problem does not save");
    }

    private Button save() {
        return robot.lookup("#form-save").queryButton();
    }

    private boolean dialogOpen() {
        settle();
        return robot.lookup("#form-save").tryQuery().isPresent();
    }
}
