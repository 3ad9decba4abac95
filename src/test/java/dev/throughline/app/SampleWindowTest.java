package dev.throughline.app;

import dev.throughline.testing.WindowTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;

/** Set-up shared by UI tests that drive the real window (headless, 1280x720) on a workspace holding the sample portfolio. */
abstract class SampleWindowTest extends WindowTest {

    Path db;

    @BeforeEach
    void sampleWorkspace() throws Exception {
        db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
        }
    }

    /** Starts the app on {@code file} and waits until the portfolio's table is on screen. */
    @Override
    protected void startOn(Path file) throws Exception {
        super.startOn(file);
        waitUntil(() -> robot.lookup("#portfolio-table").tryQuery().isPresent());
    }
}
