package dev.throughline.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Set-up shared by UI tests that drive the real window (headless) on a workspace holding the sample portfolio. */
abstract class SampleWindowTest {

    @TempDir
    Path folder;

    final FxRobot robot = new FxRobot();
    ThroughlineApp app;
    Path db;

    @BeforeEach
    void sampleWorkspace() throws Exception {
        db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
        }
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Starts the app on {@code file} and waits until the portfolio's table is on screen. */
    void startOn(Path file) throws Exception {
        app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(file,
                folder.resolve(file.getFileName() + ".properties")));
        waitUntil(() -> robot.lookup("#portfolio-table").tryQuery().isPresent());
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
