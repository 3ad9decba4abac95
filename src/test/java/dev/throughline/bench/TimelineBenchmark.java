package dev.throughline.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.milestone.TimelineBuilder;
import dev.throughline.program.ProgramSummary;
import dev.throughline.timeline.TimelineData;
import dev.throughline.timeline.TimelineScale;
import dev.throughline.timeline.TimelineView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The portfolio timeline of the default generated workspace (200 programs, 20,000 milestones): time
 * to read and build it, and frame costs while panning and zooming, each beside the same measure on an
 * empty timeline (the floor) in the same run. Headless Monocle, software pipeline.
 */
@Tag("bench")
class TimelineBenchmark {

    private static final int STEPS = 240;

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @Test
    void portfolioTimelineAtScale() throws Exception {
        Path file = folder.resolve("bench.db");
        WorkspaceGenerator.write(file, WorkspaceGenerator.Scale.DEFAULT);
        TimelineData data;
        double buildMs;
        double floorReadMs;
        try (Workspace workspace = Workspace.open(file)) {
            long t0 = System.nanoTime();
            workspace.store().read(sql -> sql.list("select * from milestones", r -> r.getLong(1)));
            floorReadMs = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            data = build(workspace);
            buildMs = (System.nanoTime() - t1) / 1e6;
        }
        Measure.json("portfolio_timeline_read_and_build", buildMs, "ms", floorReadMs);

        FxToolkit.registerPrimaryStage();
        TimelineView view = new TimelineView();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(view, 1400, 820));
            stage.show();
        });
        // CPU time of the FX and render threads per frame: far less disturbed by a busy machine than wall time.
        long[] cpuEmpty0 = threadCpu();
        double[] empty = panAndZoom(view, TimelineData.EMPTY);
        long[] cpuEmpty1 = threadCpu();
        robot.interact(() -> view.getFrameStats().reset());
        long[] cpu0 = threadCpu();
        double[] full = panAndZoom(view, data);
        long[] cpu1 = threadCpu();
        Measure.json("timeline_fx_thread_cpu_per_frame", (cpu1[0] - cpu0[0]) / 1e6 / STEPS, "ms",
                (cpuEmpty1[0] - cpuEmpty0[0]) / 1e6 / STEPS);
        Measure.json("timeline_render_thread_cpu_per_frame", (cpu1[1] - cpu0[1]) / 1e6 / STEPS, "ms",
                (cpuEmpty1[1] - cpuEmpty0[1]) / 1e6 / STEPS);
        Measure.json("timeline_frame_p50", Measure.percentile(full, 50), "ms", Measure.percentile(empty, 50));
        Measure.json("timeline_frame_p95", Measure.percentile(full, 95), "ms", Measure.percentile(empty, 95));
        Measure.json("timeline_frame_p99", Measure.percentile(full, 99), "ms", Measure.percentile(empty, 99));
        Measure.json("timeline_redraw_cost_p95", view.getFrameStats().p95Millis(), "ms", 0);
        FxToolkit.cleanupStages();
    }

    /**
     * Pans and zooms once per pulse for {@value #STEPS} pulses and records the time between pulses:
     * the FX pulse runs at most 60 times a second, so a frame that fits its budget shows as ~16.7 ms
     * and a slow one as more.
     */
    private double[] panAndZoom(TimelineView view, TimelineData data) throws Exception {
        robot.interact(() -> {
            view.setSmoothZoom(false);
            view.setData(data);
            view.setZoom(TimelineScale.Zoom.MONTH);
            view.scrollTo(LocalDate.of(2026, 1, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] frames = new double[STEPS];
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> new AnimationTimer() {
            private long last;
            private int step = -5; // a few pulses to settle first

            @Override
            public void handle(long now) {
                if (step >= 0 && last != 0) {
                    frames[step] = (now - last) / 1e6;
                }
                last = now;
                if (++step >= STEPS) {
                    stop();
                    done.complete(null);
                    return;
                }
                if (Math.floorMod(step, 40) < 30) {
                    view.scrollBy(Math.floorMod(step, 80) < 40 ? 37 : -37, Math.floorMod(step, 7) == 0 ? 60 : 0);
                } else {
                    view.zoomAround(view.getPxPerDay() * (step % 2 == 0 ? 1.25 : 0.8), 500);
                }
            }
        }.start());
        done.get(60, TimeUnit.SECONDS);
        assertTrue(view.getFrameStats().count() > 0, "the view drew frames");
        return frames;
    }

    /** Diagnostics: CPU nanos of the FX application thread and the Quantum renderer thread. */
    private static long[] threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] out = new long[2];
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("JavaFX Application Thread") || t.getName().equals("Event Thread")) {
                out[0] += Math.max(0, mx.getThreadCpuTime(t.getId()));
            } else if (t.getName().startsWith("QuantumRenderer")) {
                out[1] += Math.max(0, mx.getThreadCpuTime(t.getId()));
            }
        }
        return out;
    }

    private static TimelineData build(Workspace workspace) {
        Map<Long, List<MilestoneRow>> rows = workspace.milestones().portfolioRows();
        Map<String, List<MilestoneRow>> lanes = new LinkedHashMap<>();
        for (ProgramSummary p : workspace.programs().portfolio()) {
            lanes.put(p.key() + "  " + p.name(), rows.getOrDefault(p.id(), List.of()));
        }
        return TimelineBuilder.forPortfolio(lanes, workspace.milestones().allDependencies());
    }
}
