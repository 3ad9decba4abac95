package dev.throughline.bench;

import dev.throughline.app.ThroughlineApp;
import dev.throughline.app.Workspace;
import dev.throughline.edit.UndoStackChanged;
import dev.throughline.people.Function;
import dev.throughline.people.PersonInput;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One edit from a key press to its durable commit, in the real window on the large workspace: the
 * keys are Ctrl+Z and Ctrl+Shift+Z on a committed edit, each a full transaction (WAL, synchronous=FULL),
 * timed from the key press reaching the window until the change event reaches the FX thread; the floor
 * is a one-row durable write started the same way. Meanwhile the longest gap between FX pulses shows
 * how long the FX thread was ever blocked; its floor is the same gap measured while idle.
 */
@Tag("bench")
class EditLatencyBenchmark {

    /** Enough presses that p99 is not simply the slowest one. */
    private static final int EDITS = 200;

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private volatile long pressedAt;
    private volatile long committedAt;

    @Test
    void keyPressToDurableCommit() throws Exception {
        Path file = folder.resolve("large.db");
        WorkspaceGenerator.write(file, WorkspaceGenerator.Scale.DEFAULT);
        FxToolkit.registerPrimaryStage();
        ThroughlineApp app = (ThroughlineApp) FxToolkit.setupApplication(
                () -> new ThroughlineApp(file, folder.resolve("settings.properties")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().session() != null
                && robot.lookup("#portfolio-table").tryQuery().isPresent());
        Workspace workspace = app.window().session().workspace();
        workspace.events().subscribe(UndoStackChanged.class, e -> committedAt = System.nanoTime());
        // The store is synchronized, so this one set-up edit may come from the test thread.
        workspace.people().create(new PersonInput("Bench Person", "TPgM", Function.PM, "bench@example.com", "", "",
                "America/Los_Angeles", "08:00", "16:00"));
        WaitForAsyncUtils.waitForFxEvents();
        // Edits are made from the portfolio, the home screen hidden behind its tab (docs/decisions/0032).
        robot.clickOn("#tab-portfolio");
        robot.clickOn("#portfolio-table");

        javafx.scene.Scene scene = robot.lookup("#portfolio-table").query().getScene();
        // The clock starts when the key press reaches the window, so the robot's own pacing is not counted.
        // The floor's key (F12) does the least a durable edit can: one row rewritten in its own transaction on
        // the same file, through the same executor, reported back on the FX thread.
        robot.interact(() -> scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.F12) {
                pressedAt = System.nanoTime();
            }
            if (e.getCode() == KeyCode.F12) {
                app.window().session().background().execute(() -> {
                    workspace.store().write(sql -> sql.update("update people set email = email where id = 1"));
                    javafx.application.Platform.runLater(() -> committedAt = System.nanoTime());
                });
            }
        }));
        double[] floor = new double[EDITS];
        double floorGap = longestPulseGap(() -> timePresses(floor, i -> robot.type(KeyCode.F12)));
        double[] latencies = new double[EDITS];
        double busyGap = longestPulseGap(() -> timePresses(latencies, i -> {
            if (i % 2 == 0) {
                robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            } else {
                robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
            }
        }));
        Measure.json("edit_keypress_to_commit_p50", Measure.percentile(latencies, 50), "ms", Measure.percentile(floor, 50));
        Measure.json("edit_keypress_to_commit_p99", Measure.percentile(latencies, 99), "ms", Measure.percentile(floor, 99));
        Measure.json("fx_thread_longest_gap_while_editing", busyGap, "ms", floorGap);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Presses keys {@link #EDITS} times, recording each time from the press reaching the window until the commit is seen. */
    private void timePresses(double[] into, java.util.function.IntConsumer press) {
        for (int i = 0; i < EDITS; i++) {
            committedAt = 0;
            pressedAt = 0;
            press.accept(i);
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> committedAt != 0);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("press " + i + " was not seen", e);
            }
            into[i] = (committedAt - pressedAt) / 1e6;
        }
    }

    /** Runs {@code work} on this thread while an FX pulse listener records the longest gap between pulses. */
    private double longestPulseGap(Runnable work) throws Exception {
        double[] longest = {0};
        AnimationTimer[] timer = new AnimationTimer[1];
        robot.interact(() -> {
            timer[0] = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        longest[0] = Math.max(longest[0], (now - last) / 1e6);
                    }
                    last = now;
                }
            };
            timer[0].start();
        });
        work.run();
        robot.interact(() -> timer[0].stop());
        return longest[0];
    }
}
