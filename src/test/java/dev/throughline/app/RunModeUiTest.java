package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.meeting.ActionRow;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.OccurrenceRecord;
import dev.throughline.meeting.OccurrenceState;
import dev.throughline.meeting.SyncLine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Run mode of the sample's CHK-12 sync as a TPgM runs it: which occurrence, notes typed at the end, End, Esc. */
class RunModeUiTest extends SampleWindowTest {

    private Workspace workspace;
    private long chk;

    private void openSyncs() throws Exception {
        startOn(db);
        workspace = app.window().session().workspace();
        chk = workspace.programs().byKey("CHK-12").id();
        robot.interact(() -> app.window().openProgram(chk));
        waitUntil(() -> robot.lookup("#program-tab-syncs").tryQuery().isPresent());
        robot.clickOn("#program-tab-syncs");
        waitUntil(() -> robot.lookup("#syncs-occurrences").tryQuery().isPresent() && !occurrences().getItems().isEmpty()
                && occurrences().getSelectionModel().getSelectedItem() != null);
    }

    @SuppressWarnings("unchecked")
    private TableView<SyncLine> occurrences() {
        return (TableView<SyncLine>) robot.lookup("#syncs-occurrences").query();
    }

    private static LocalDate dateOf(SyncLine line) {
        return line.occurrence().start().toLocalDate();
    }

    private static long distance(SyncLine line) {
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.now(line.occurrence().start().getZone()), dateOf(line)));
    }

    private List<OccurrenceRecord> running() {
        MeetingSeries series = workspace.meetings().series(chk).get(0);
        return workspace.occurrences().stored(series.id()).stream().filter(o -> o.state() == OccurrenceState.RUNNING)
                .toList();
    }

    private boolean showing(String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    /** Clicks a button of the dialog whose pane has this id (a button of the window behind may read the same). */
    private void clickIn(String dialogId, String button) {
        robot.clickOn(robot.from(robot.lookup("#" + dialogId)).lookup(".button")
                .match((javafx.scene.control.Button b) -> b.getText().equals(button)).queryButton());
    }

    private void startTheNearestSync() throws Exception {
        SyncLine selected = occurrences().getSelectionModel().getSelectedItem();
        long nearest = occurrences().getItems().stream().filter(l -> l.state() != OccurrenceState.ENDED)
                .mapToLong(RunModeUiTest::distance).min().orElseThrow();
        assertEquals(nearest, distance(selected), "today's sync or the nearest one is offered first");
        robot.clickOn("#syncs-run");
        if (distance(selected) != 0) {
            waitUntil(() -> showing("run-date-confirm"));
            clickIn("run-date-confirm", "Run the " + java.time.format.DateTimeFormatter.ofPattern("EEE yyyy-MM-dd",
                    java.util.Locale.ENGLISH).format(dateOf(selected)) + " sync");
        }
        waitUntil(() -> robot.lookup("#run-view").tryQuery().isPresent() && !running().isEmpty());
        assertEquals(dateOf(selected), running().get(0).date());
    }

    @Test
    void aSyncThatIsNotTodaysAsksBeforeItStarts() throws Exception {
        openSyncs();
        SyncLine later = occurrences().getItems().stream().filter(l -> l.state() != OccurrenceState.ENDED)
                .max(Comparator.comparing(RunModeUiTest::dateOf)).orElseThrow();
        assertTrue(distance(later) > 0, "the sample lists syncs weeks ahead");
        robot.interact(() -> occurrences().getSelectionModel().select(later));
        waitUntil(() -> robot.lookup("#syncs-agenda-heading").queryLabeled().getText().contains(
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd").format(dateOf(later))));
        robot.clickOn("#syncs-run");
        waitUntil(() -> showing("run-date-confirm"));
        DialogPane ask = robot.lookup("#run-date-confirm").queryAs(DialogPane.class);
        assertTrue(ask.getContentText().startsWith("That sync is in " + distance(later) + " days"), ask.getContentText());
        clickIn("run-date-confirm", "Cancel");
        waitUntil(() -> !showing("run-date-confirm"));
        assertTrue(running().isEmpty(), "nothing started");
        assertFalse(robot.lookup("#run-view").tryQuery().isPresent());
    }

    @Test
    void notesTypedJustBeforeEndMeetingAreInTheMinutes() throws Exception {
        openSyncs();
        startTheNearestSync();
        typeInto("#run-notes", "Budget approved by the CRO; ship Friday");
        robot.clickOn("#run-end");
        waitUntil(() -> showing("run-end-confirm"));
        clickIn("run-end-confirm", "End meeting");
        waitUntil(() -> robot.lookup("#minutes-text").tryQuery().isPresent());
        String minutes = robot.lookup("#minutes-text").queryAs(TextArea.class).getText();
        assertTrue(minutes.contains("## Notes\n\nBudget approved by the CRO; ship Friday"), minutes);
        assertTrue(workspace.occurrences().minutes(workspace.occurrences().stored(
                workspace.meetings().series(chk).get(0).id()).stream().filter(o -> o.state() == OccurrenceState.ENDED)
                .max(Comparator.comparing(OccurrenceRecord::date)).orElseThrow().id()).contains("ship Friday"));
    }

    @Test
    void endMeetingAsksAndKeepGoingKeepsItRunning() throws Exception {
        openSyncs();
        startTheNearestSync();
        robot.clickOn("#run-end");
        waitUntil(() -> showing("run-end-confirm"));
        clickIn("run-end-confirm", "Keep going");
        waitUntil(() -> !showing("run-end-confirm"));
        assertEquals(1, running().size(), "still running");
        assertFalse(robot.lookup("#minutes-text").tryQuery().isPresent());
    }

    @Test
    void escAndCtrlWCloseRunModeAndNothingTypedIsLost() throws Exception {
        openSyncs();
        startTheNearestSync();
        typeInto("#run-notes", "Vendor call moved");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#run-view").tryQuery().isPresent());
        waitUntil(() -> workspace.occurrences().meeting(running().get(0).id()).stored().notes().equals("Vendor call moved"));
        assertEquals(1, running().size(), "the meeting keeps running, to resume");

        robot.clickOn("#syncs-run");
        waitUntil(() -> robot.lookup("#run-view").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#run-notes").queryAs(TextArea.class).getText().equals("Vendor call moved"));
        typeInto("#run-decision", "Keep the flag until GA");
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> showing("run-close-confirm"));
        assertTrue(robot.lookup("#run-close-confirm").queryAs(DialogPane.class).getContentText()
                .contains("the decision “Keep the flag until GA”"));
        clickIn("run-close-confirm", "Stay in run mode");
        waitUntil(() -> !showing("run-close-confirm"));
        assertTrue(robot.lookup("#run-view").tryQuery().isPresent(), "still open with the decision typed");
        robot.clickOn("#run-record-decision");
        waitUntil(() -> robot.lookup("#run-decision").queryTextInputControl().getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> !robot.lookup("#run-view").tryQuery().isPresent());
    }

    @Test
    void anActionOwnerIsPickedByTypingAFirstName() throws Exception {
        openSyncs();
        startTheNearestSync();
        typeInto("#run-action", "Send the vendor memo");
        typeInto("#run-action-owner", "Maya");
        robot.type(KeyCode.TAB);
        robot.clickOn("#run-add-action");
        waitUntil(() -> workspace.decisionLog().actions(chk).stream()
                .anyMatch(a -> a.item().title().equals("Send the vendor memo")));
        ActionRow added = workspace.decisionLog().actions(chk).stream()
                .filter(a -> a.item().title().equals("Send the vendor memo")).findFirst().orElseThrow();
        assertEquals("Maya Okafor", added.owner(), "the owner typed by first name is stored");
    }

    @Test
    void theAgendaTemplateEditorNamesSectionKindsInWords() throws Exception {
        openSyncs();
        robot.clickOn("#syncs-edit");
        waitUntil(() -> robot.lookup(".series-section-kind").tryQuery().isPresent());
        List<String> shown = robot.lookup(".series-section-kind").queryAll().stream()
                .map(n -> ((javafx.scene.control.ComboBox<?>) n).getButtonCell().getText()).toList();
        assertFalse(shown.isEmpty());
        for (String text : shown) {
            assertFalse(text.matches("[A-Z_]+"), "an enum name on screen: " + shown);
        }
        assertTrue(shown.contains("Milestones due"), shown.toString());
    }
}
