package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.risk.HeatMapView;
import dev.throughline.risk.RaidRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The RAID tab of a sample program in the real window (headless): register, heat map, form validation. */
class RaidUiTest extends SampleWindowTest {

    @Test
    void theRegisterShowsTheSampleAndTheHeatMapFiltersIt() throws Exception {
        startOn(db);
        long sso = app.window().session().workspace().programs().byKey("SSO-7").id();
        robot.interact(() -> app.window().openProgram(sso));
        waitUntil(() -> robot.lookup("#program-raid-triggered").tryQuery().isPresent()
                && robot.lookup("#program-raid-triggered").queryAs(Label.class).isVisible());
        assertEquals("2 risks triggered", robot.lookup("#program-raid-triggered").queryAs(Label.class).getText());

        robot.clickOn("RAID");
        waitUntil(() -> table().getItems().size() == 4);
        HeatMapView heat = robot.lookup("#raid-heat-map").queryAs(HeatMapView.class);
        assertEquals("1", heat.countAt(4, 5));
        robot.clickOn("#heat-4-5");
        waitUntil(() -> table().getItems().size() == 1);
        assertEquals("SCIM GA lands after the enterprise renewal deadline", table().getItems().get(0).item().title());
        robot.clickOn("#heat-4-5");
        waitUntil(() -> table().getItems().size() == 4);

        robot.clickOn("#raid-add");
        waitUntil(() -> robot.lookup("#raid-probability").tryQuery().isPresent());
        TextField probability = robot.lookup("#raid-probability").queryAs(TextField.class);
        robot.interact(() -> probability.setText("6"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Probability must be a whole number from 1 to 5; “6” is not.",
                robot.lookup("#raid-probability-error").queryAs(Label.class).getText());
        robot.clickOn("#form-save");
        assertTrue(robot.lookup("#form-save").query().getScene().getWindow().isShowing(), "Save refuses: the form stays open");
    }

    @SuppressWarnings("unchecked")
    private TableView<RaidRow> table() {
        return (TableView<RaidRow>) robot.lookup("#raid-table").query();
    }
}
