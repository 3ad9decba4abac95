package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import dev.throughline.testing.ProgramTabs;
import org.junit.jupiter.api.Test;

/** Issue 15, defect 6: with no snapshot or one, the slip chart says it needs two instead of drawing empty axes dated 1970. */
class SlipChartUiTest extends SampleWindowTest {

    @Test
    void noSnapshotThenOneSayWhatTheChartNeedsAndDrawNoAxes() throws Exception {
        startOn(db);
        ProgramTabs.open(robot, app, "MOB-21", "program-tab-status");
        waitUntil(() -> robot.lookup("Slip chart").tryQuery().isPresent());
        robot.clickOn("Slip chart");
        waitUntil(() -> note().isVisible() && note().getText().startsWith("No snapshot yet."));
        assertNothingDrawn();

        robot.clickOn("Draft next snapshot");
        waitUntil(() -> robot.lookup("#status-take").tryQuery().isPresent());
        if (robot.lookup("#status-take").queryAs(Button.class).isDisabled()) {
            typeInto("#status-reason", "Pilot cohort confirmed by the app store team");
        }
        waitUntil(() -> !robot.lookup("#status-take").queryAs(Button.class).isDisabled());
        scrollIntoView(robot.lookup("#status-take").query());
        robot.clickOn("#status-take");
        waitUntil(() -> robot.lookup("#status-history").queryAs(ListView.class).getItems().size() == 1);

        robot.clickOn("Slip chart");
        waitUntil(() -> note().isVisible() && note().getText().startsWith("One snapshot so far (taken "));
        assertTrue(note().getText().contains("needs two"), note().getText());
        assertNothingDrawn();
        ListView<?> words = robot.lookup("#status-slip-words").queryAs(ListView.class);
        assertFalse(words.getItems().isEmpty());
        assertTrue(words.getItems().stream().allMatch(w -> String.valueOf(w).contains(" — forecast ")), words.getItems().toString());
    }

    /** The draft pane scrolls at 720 px: scroll it to the button as the wheel would. */
    private void scrollIntoView(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane) {
                robot.interact(() -> pane.setVvalue(pane.getVmax()));
                return;
            }
        }
    }

    private Label note() {
        return robot.lookup("#status-slip-note").queryAs(Label.class);
    }

    private void assertNothingDrawn() {
        Node slips = robot.lookup("#status-slip-chart").query();
        LineChart<?, ?> chart = robot.from(slips).lookup((Node n) -> n instanceof LineChart).queryAs(LineChart.class);
        assertFalse(shown(chart), "no chart without two snapshots");
        assertTrue(robot.from(slips).lookup((Node n) -> n instanceof Text && ((Text) n).getText().contains("1970"))
                .queryAll().stream().noneMatch(SlipChartUiTest::shown), "no axis dated 1970 on screen");
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
