package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.risk.RaidRow;
import dev.throughline.risk.RaidType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import dev.throughline.testing.ProgramTabs;
import org.junit.jupiter.api.Test;

/** Issue 15, defect 9: "Realise as issue" under a heat-map filter selects and shows the new issue and says what it cleared. */
class RealiseIssueUiTest extends SampleWindowTest {

    private static final String SCIM_RISK = "SCIM GA lands after the enterprise renewal deadline";

    @Test
    void theNewIssueIsSelectedAndShownThoughTheHeatMapFilterHidIt() throws Exception {
        startOn(db);
        ProgramTabs.open(robot, app, "SSO-7", "program-tab-raid");
        waitUntil(() -> robot.lookup("#raid-table").tryQuery().isPresent() && table().getItems().size() == 4);
        robot.clickOn("#heat-4-5");
        waitUntil(() -> table().getItems().size() == 1);
        robot.clickOn(SCIM_RISK);
        robot.clickOn("#raid-realise");

        waitUntil(() -> selected() != null && selected().item().type() == RaidType.ISSUE);
        assertEquals(SCIM_RISK, selected().item().title());
        assertTrue(table().getItems().contains(selected()), "the issue is in the register as shown");
        String status = robot.lookup("#status-message").queryAs(Label.class).getText();
        assertEquals("Realised " + SCIM_RISK + " as issue " + selected().item().ref()
                + "; cleared the heat-map filter to show it (Undo with Ctrl+Z)", status);
    }

    private RaidRow selected() {
        return table().getSelectionModel().getSelectedItem();
    }

    @SuppressWarnings("unchecked")
    private TableView<RaidRow> table() {
        return (TableView<RaidRow>) robot.lookup("#raid-table").query();
    }
}
