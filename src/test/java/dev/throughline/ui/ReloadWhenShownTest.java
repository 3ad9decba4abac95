package dev.throughline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A view in a tab that is not selected reloads once when its tab is shown, not on every change meanwhile. */
class ReloadWhenShownTest {

    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void changesWhileHiddenBecomeOneReloadWhenShown() throws Exception {
        FxToolkit.registerPrimaryStage();
        Label hidden = new Label("portfolio-wide view");
        AtomicInteger reloads = new AtomicInteger();
        Runnable reload = ReloadWhenShown.of(hidden, reloads::incrementAndGet);
        TabPane tabs = new TabPane(new Tab("Shown", new Label("first")), new Tab("Hidden", hidden));
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(tabs, 400, 300));
            stage.show();
        });

        robot.interact(() -> {
            reload.run();
            reload.run();
            reload.run();
        });
        assertEquals(0, reloads.get(), "nothing is read for a view no one sees");

        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertEquals(1, reloads.get(), "shown again: one reload for all the changes it missed");

        robot.interact(reload);
        assertEquals(2, reloads.get(), "on screen: every change reloads at once");

        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertEquals(2, reloads.get(), "nothing changed while hidden: no reload");
    }
}
