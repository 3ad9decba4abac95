package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.store.Store;
import dev.throughline.testing.SmallDisk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app on a sound workspace it cannot open because the disk is full (a crash left a -wal, so the
 * open must check the file first, and SQLite has no room for its -shm): it says the disk is full and
 * never offers to start a fresh workspace in place of the file.
 */
class RecoveryPanelUiTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ThroughlineApp app;

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aSoundWorkspaceOnAFullDiskIsNotOfferedAFreshStart() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("small"), 4 * 1024 * 1024)) {
            Path db = disk.resolve("workspace.db");
            Path source = folder.resolve("source.db");
            try (Workspace workspace = Workspace.open(source)) {
                workspace.sample().load();
                workspace.store().write(sql -> sql.update("update people set role = 'Written before the crash' where id = 1"));
                // As a crash leaves it: the file and a -wal with a committed change, no -shm.
                Files.copy(source, db);
                Files.copy(folder.resolve("source.db-wal"), disk.resolve("workspace.db-wal"));
            }
            disk.fillLeaving(0);

            app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(db, folder.resolve("settings.properties")));
            waitUntil(() -> robot.lookup("#workspace-error").tryQuery().isPresent());

            String error = robot.lookup("#workspace-error").queryAs(Label.class).getText();
            assertTrue(error.contains("full"), "says the disk is full: " + error);
            assertFalse(error.contains("damaged") || error.contains("SQLITE_"), error);
            assertTrue(robot.lookup("#recover-fresh").tryQuery().isEmpty(), "no fresh start offered");
            assertTrue(Files.exists(db) && Files.exists(disk.resolve("workspace.db-wal")), "the file and its -wal stay");
        }
        try (Store reopened = Store.open(folder.resolve("source.db"), Store.Mode.READ_ONLY)) {
            assertTrue(reopened.integrityProblems(true).isEmpty());
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
