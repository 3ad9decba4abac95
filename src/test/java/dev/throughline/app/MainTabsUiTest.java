package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Views off screen at start are built when first wanted, from their tab or from a shortcut. */
class MainTabsUiTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ThroughlineApp app;

    @BeforeEach
    void start() throws Exception {
        Path db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
        }
        FxToolkit.registerPrimaryStage();
        app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(db, folder.resolve("settings.properties")));
        waitUntil(() -> robot.lookup("#portfolio-table").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void anEmptyWorkspaceOpensOnThePortfolioWithTheSampleOnOffer() throws Exception {
        FxToolkit.cleanupApplication(app);
        Path empty = folder.resolve("empty.db");
        app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(empty, folder.resolve("empty.properties")));
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

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
