package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Views off screen at start are built when first wanted, from their tab or from a shortcut. */
class MainTabsUiTest extends SampleWindowTest {

    @BeforeEach
    void start() throws Exception {
        startOn(db);
    }

    @Test
    void anEmptyWorkspaceOpensOnThePortfolioWithTheSampleOnOffer() throws Exception {
        FxToolkit.cleanupApplication(app);
        startOn(folder.resolve("empty.db"));
        waitUntil(() -> robot.lookup("#load-sample").tryQuery().isPresent()
                && robot.lookup("#load-sample").query().isVisible());
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertEquals("tab-portfolio", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void aWorkspaceWithProgramsOpensOnTheHomeScreen() throws Exception {
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertEquals("tab-home", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void thePeopleDirectoryIsReadOnlyWhenItsTabIsShown() throws Exception {
        assertTrue(robot.lookup("#people-table").tryQuery().isEmpty(), "not built at start");
        robot.clickOn("#tab-people");
        waitUntil(() -> robot.lookup("#people-table").tryQuery().isPresent()
                && !robot.lookup("#people-table").queryAs(TableView.class).getItems().isEmpty());
    }

    @Test
    void addPersonFromTheMenuShortcutOpensTheDirectoryAndItsForm() throws Exception {
        robot.clickOn("#portfolio-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#person-zone").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertEquals("tab-people", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void aProgramTabIsBuiltWhenSelected() throws Exception {
        long chk = app.window().session().workspace().programs().byKey("CHK-12").id();
        robot.interact(() -> app.window().openProgram(chk));
        waitUntil(() -> robot.lookup("#program-raid-triggered").tryQuery().isPresent());
        assertTrue(robot.lookup("#raci-view").tryQuery().isEmpty(), "the RACI matrix waits for its tab");
        robot.clickOn("RACI");
        waitUntil(() -> robot.lookup("#raci-view").tryQuery().isPresent());
    }
}
