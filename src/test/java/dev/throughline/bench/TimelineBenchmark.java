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

    private static final int STEPS = 600;
    /** Unrecorded pulses first, so the figures are the steady state, not the JIT compiling the drawing code. */
    private static final int WARM_UP = 200;

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @Test
    void portfolioTimelineAtScale() throws Exception {
        Path file = folder.resolve("bench.db");
        WorkspaceGenerator.write(file, WorkspaceGenerator.Scale.DEFAULT.planOnly());
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
        // CPU time of the FX and render threads per pulse: far less disturbed by a busy machine than wall time.
        Frames empty = panAndZoom(view, TimelineData.EMPTY, STEPS);
        panAndZoom(view, data, WARM_UP);
        robot.interact(() -> view.getFrameStats().reset());
        Frames full = panAndZoom(view, data, STEPS);
        Measure.json("timeline_fx_thread_cpu_per_frame", mean(full.fxCpu()), "ms", mean(empty.fxCpu()));
        Measure.json("timeline_render_thread_cpu_per_frame", mean(full.renderCpu()), "ms", mean(empty.renderCpu()));
        for (int p : new int[] {50, 95, 99}) {
            Measure.json("timeline_frame_p" + p, Measure.percentile(full.intervals(), p), "ms",
                    Measure.percentile(empty.intervals(), p));
        }
        double[] fullCpu = sum(full.fxCpu(), full.renderCpu());
        double[] emptyCpu = sum(empty.fxCpu(), empty.renderCpu());
        for (int p : new int[] {95, 99}) {
            Measure.json("timeline_frame_cpu_p" + p, Measure.percentile(fullCpu, p), "ms", Measure.percentile(emptyCpu, p));
        }
        Measure.json("timeline_redraw_cost_p95", view.getFrameStats().p95Millis(), "ms", 0);
        FxToolkit.cleanupStages();
    }

    /**
     * Pans and zooms once per pulse for {@code steps} pulses and records the time between pulses:
     * the FX pulse runs at most 60 times a second, so a frame that fits its budget shows as ~16.7 ms
     * and a slow one as more.
     */
    /** Per pulse: the interval since the previous pulse, and the CPU the FX and render threads spent in it (ms). */
    private record Frames(double[] intervals, double[] fxCpu, double[] renderCpu) {
    }

    private Frames panAndZoom(TimelineView view, TimelineData data, int steps) throws Exception {
        robot.interact(() -> {
            view.setSmoothZoom(false);
            view.setData(data);
            view.setZoom(TimelineScale.Zoom.MONTH);
            view.scrollTo(LocalDate.of(2026, 1, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Frames frames = new Frames(new double[steps], new double[steps], new double[steps]);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long renderThread = renderThreadId();
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> new AnimationTimer() {
            private long last;
            private long lastFx;
            private long lastRender;
            private int step = -5; // a few pulses to settle first

            @Override
            public void handle(long now) {
                long fx = mx.getCurrentThreadCpuTime();
                long render = mx.getThreadCpuTime(renderThread);
                if (step >= 0 && last != 0) {
                    frames.intervals()[step] = (now - last) / 1e6;
                    frames.fxCpu()[step] = (fx - lastFx) / 1e6;
                    frames.renderCpu()[step] = (render - lastRender) / 1e6;
                }
                last = now;
                lastFx = fx;
                lastRender = render;
                if (++step >= steps) {
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

    private static long renderThreadId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow().getId();
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElse(0);
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
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
