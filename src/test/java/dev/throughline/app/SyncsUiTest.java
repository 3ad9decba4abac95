package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.meeting.AgendaItem;
import dev.throughline.meeting.ItemState;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.OccurrenceRecord;
import dev.throughline.meeting.OccurrenceState;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Syncs tab of a sample program in the real window (headless): agenda edits, run mode, minutes, the series form. */
class SyncsUiTest extends SampleWindowTest {

    @Test
    void editTheAgendaThenRunTheMeetingToMinutes() throws Exception {
        startOn(db);
        Workspace workspace = app.window().session().workspace();
        long chk = workspace.programs().byKey("CHK-12").id();
        MeetingSeries series = workspace.meetings().series(chk).get(0);
        robot.interact(() -> app.window().openProgram(chk));
        waitUntil(() -> robot.lookup("Syncs").tryQuery().isPresent());
        robot.clickOn("Syncs");
        waitUntil(() -> !items().getItems().isEmpty());
        assertTrue(items().getItems().stream().anyMatch(i -> i.carriedFrom() != null), "the sample carries items over");

        robot.interact(() -> items().getSelectionModel().select(0));
        robot.clickOn("#agenda-async");
        waitUntil(() -> items().getItems().get(0).state() == ItemState.ASYNC);
        waitUntil(() -> robot.lookup("#syncs-agenda").queryAs(TextArea.class).getText().contains("(handled async)"));
        robot.interact(() -> robot.lookup("#agenda-new-item").queryAs(TextField.class).setText("Holiday comms"));
        robot.clickOn("#agenda-add");
        waitUntil(() -> items().getItems().stream().anyMatch(i -> i.text().equals("Holiday comms")));
        robot.interact(() -> workspace.commands().undo());
        waitUntil(() -> items().getItems().stream().noneMatch(i -> i.text().equals("Holiday comms")));

        robot.clickOn("#syncs-run");
        waitUntil(() -> robot.lookup("#run-view").tryQuery().isPresent() || robot.lookup("#run-date-confirm").tryQuery()
                .isPresent());
        if (robot.lookup("#run-date-confirm").tryQuery().isPresent()) {
            clickIn("run-date-confirm", ButtonBar.ButtonData.OK_DONE); // not today's sync: run it anyway
        }
        waitUntil(() -> robot.lookup("#run-view").tryQuery().isPresent()
                && !robot.lookup("#run-item").queryAs(Label.class).getText().isEmpty());
        String first = robot.lookup("#run-item").queryAs(Label.class).getText();
        robot.interact(() -> robot.lookup("#run-outcome").queryAs(TextArea.class).setText("Agreed, ship it"));
        robot.clickOn("#run-next");
        waitUntil(() -> !robot.lookup("#run-item").queryAs(Label.class).getText().equals(first));
        List<OccurrenceRecord> stored = workspace.occurrences().stored(series.id());
        OccurrenceRecord running = stored.stream().filter(o -> o.state() == OccurrenceState.RUNNING).findFirst().orElseThrow();
        assertTrue(workspace.occurrences().meeting(running.id()).entries().stream()
                .anyMatch(e -> e.text().equals(first) && e.outcome().equals("Agreed, ship it")
                        && e.state() == ItemState.DONE), "saved before stepping on");

        robot.interact(() -> robot.lookup("#run-decision").queryAs(TextField.class).setText("Keep the flag until GA"));
        robot.clickOn("#run-record-decision");
        waitUntil(() -> !workspace.decisionLog().decisionsOf(running.id()).isEmpty());
        robot.clickOn("#run-end");
        waitUntil(() -> robot.lookup("#run-end-confirm").tryQuery().isPresent());
        clickIn("run-end-confirm", ButtonBar.ButtonData.OK_DONE);
        waitUntil(() -> robot.lookup("#minutes-text").tryQuery().isPresent());
        String minutes = robot.lookup("#minutes-text").queryAs(TextArea.class).getText();
        assertTrue(minutes.contains("Agreed, ship it"), minutes);
        assertTrue(minutes.contains("**Keep the flag until GA**"), minutes);
        assertEquals(OccurrenceState.ENDED, workspace.occurrences().meeting(running.id()).state());
    }

    @Test
    void theSeriesFormRefusesARuleThatNeverEnds() throws Exception {
        startOn(db);
        long sso = app.window().session().workspace().programs().byKey("SSO-7").id();
        robot.interact(() -> app.window().openProgram(sso));
        waitUntil(() -> robot.lookup("Syncs").tryQuery().isPresent());
        robot.clickOn("Syncs");
        robot.clickOn("#syncs-new");
        waitUntil(() -> robot.lookup("#series-rrule").tryQuery().isPresent());
        assertTrue(robot.lookup("#series-rrule").queryAs(TextField.class).getText().endsWith(";COUNT=12"),
                "presets always end");
        robot.interact(() -> {
            robot.lookup("#series-title").queryAs(TextField.class).setText("Vendor sync");
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<Object> preset = robot.lookup("#series-preset").queryAs(javafx.scene.control.ComboBox.class);
            preset.getSelectionModel().selectLast();
            robot.lookup("#series-rrule").queryAs(TextField.class).setText("FREQ=WEEKLY;BYDAY=WE");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#series-rrule-error").queryAs(Label.class).getText().contains("never ends"));
        robot.clickOn("#form-save");
        assertTrue(robot.lookup("#form-save").query().getScene().getWindow().isShowing(), "Save refuses: the form stays open");
        robot.interact(() -> robot.lookup("#series-rrule").queryAs(TextField.class).setText("FREQ=WEEKLY;BYDAY=WE;COUNT=4"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#form-save");
        waitUntil(() -> app.window().session().workspace().meetings().series(sso).size() == 2);
    }

    private void clickIn(String dialogId, ButtonBar.ButtonData which) {
        robot.clickOn(robot.from(robot.lookup("#" + dialogId)).lookup(".button")
                .match((javafx.scene.control.Button b) -> ButtonBar.getButtonData(b) == which).queryButton());
    }

    @SuppressWarnings("unchecked")
    private TableView<AgendaItem> items() {
        return (TableView<AgendaItem>) robot.lookup("#syncs-agenda-items").query();
    }
}
