package dev.throughline.testing;

import dev.throughline.app.ThroughlineApp;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a sample program and clicks one of its tabs, as a user would. */
public final class ProgramTabs {

    private ProgramTabs() {
    }

    public static void open(FxRobot robot, ThroughlineApp app, String key, String tabId) throws Exception {
        long id = app.window().session().workspace().programs().byKey(key).id();
        robot.interact(() -> app.window().openProgram(id));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".tl-program-tabs").tryQuery().isPresent());
        Node header = robot.lookup(".tl-program-tabs .tab").match((Node n) -> tabId.equals(n.getId())).tryQuery().orElse(null);
        if (header != null && header.isVisible() && header.getLayoutBounds().getWidth() > 0) {
            robot.clickOn(header);
        } else {
            // the tab sits in the overflow menu at this width: choose it there
            TabPane tabs = robot.lookup(".tl-program-tabs").queryAs(TabPane.class);
            robot.interact(() -> tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
