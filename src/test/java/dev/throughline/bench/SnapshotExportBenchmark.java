package dev.throughline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.program.Health;
import dev.throughline.snapshot.FrozenMilestone;
import dev.throughline.snapshot.FrozenRisk;
import dev.throughline.snapshot.Snapshot;
import dev.throughline.snapshot.SnapshotDiff;
import dev.throughline.snapshot.SnapshotExport;
import dev.throughline.snapshot.SnapshotPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exports and the diff of a program with {@value #MILESTONES} milestones and {@value #RISKS} RAID items,
 * on a warm JVM (each measured after warm-up runs). Floors from the same run: copying the same texts
 * into one string (Markdown, HTML), the PDF of a one-milestone snapshot (the renderer's fixed cost),
 * and indexing the milestones by id (diff).
 */
@Tag("bench")
class SnapshotExportBenchmark {

    static final int MILESTONES = 2_000;
    static final int RISKS = 500;
    private static final LocalDate BASE = LocalDate.of(2027, 1, 4);

    @Test
    void exportsAndDiffOfALargeProgram() {
        Snapshot before = snapshot(1, "2026-11-20T16:00:00Z", 0);
        Snapshot after = snapshot(2, "2026-11-27T16:00:00Z", 1);
        Optional<SnapshotDiff> diff = Optional.of(SnapshotDiff.between(before, after));
        assertTrue(diff.get().milestones().size() > 500, "a third of the forecasts moved");

        double floorText = time(40, 200, () -> copyTexts(after));
        report("snapshot_markdown_2000_milestones", time(10, 40, () -> SnapshotExport.markdown(after, diff)), floorText);
        report("snapshot_html_2000_milestones", time(10, 40, () -> SnapshotExport.html(after, diff)), floorText);
        report("snapshot_csv_2000_milestones", time(10, 40, () -> SnapshotExport.csv(after)), floorText);
        report("snapshot_json_2000_milestones", time(10, 40, () -> SnapshotExport.render(SnapshotExport.Format.JSON,
                after, diff)), floorText);
        Snapshot tiny = tiny();
        double floorPdf = time(3, 10, () -> SnapshotExport.pdf(tiny, Optional.empty()));
        report("snapshot_pdf_2000_milestones", time(3, 10, () -> SnapshotExport.pdf(after, diff)), floorPdf);
        // CPU time of the rendering thread: on a shared, busy machine closer to what a quiet one would show.
        report("snapshot_pdf_2000_milestones_cpu", cpu(2, 6, () -> SnapshotExport.pdf(after, diff)),
                cpu(2, 6, () -> SnapshotExport.pdf(tiny, Optional.empty())));
        double floorDiff = time(50, 200, () -> index(after));
        report("snapshot_diff_2000_milestones", time(50, 200, () -> SnapshotDiff.between(before, after)), floorDiff);
        assertEquals(MILESTONES, after.payload().milestones().size());
    }

    private static void report(String name, double medianMs, double floorMs) {
        Measure.json(name + "_p50", medianMs, "ms", floorMs);
    }

    /** Median of {@code runs} timed calls after {@code warmUp} untimed ones. */
    private static double time(int warmUp, int runs, Supplier<?> work) {
        Object sink = null;
        for (int i = 0; i < warmUp; i++) {
            sink = work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        assertTrue(sink != null);
        return Measure.percentile(ms, 50);
    }

    /** Median CPU time of the calling thread over {@code runs} calls after {@code warmUp} untimed ones. */
    private static double cpu(int warmUp, int runs, Supplier<?> work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = threads.getCurrentThreadCpuTime();
            assertTrue(work.get() != null);
            ms[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
        }
        return Measure.percentile(ms, 50);
    }

    private static Snapshot snapshot(long id, String at, int week) {
        List<FrozenMilestone> milestones = new ArrayList<>(MILESTONES);
        for (int i = 0; i < MILESTONES; i++) {
            LocalDate baseline = BASE.plusDays(i % 180);
            int slip = (i % 3 == 0) ? week * (i % 11) : 0;
            LocalDate forecast = baseline.plusDays(slip + (i % 7 == 0 ? 5 : 0));
            milestones.add(new FrozenMilestone(i + 1, "Workstream " + (i % 12) + " milestone " + i
                    + ": integration tests green on staging", "Workstream " + (i % 12), "Owner " + (i % 40),
                    i % 9 == 0 ? "DONE" : "IN_PROGRESS", baseline, forecast, null, null,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(baseline, forecast)));
        }
        List<FrozenRisk> risks = new ArrayList<>(RISKS);
        for (int i = 0; i < RISKS; i++) {
            int p = 1 + (i + week * (i % 2)) % 5;
            int impact = 1 + (i * 7) % 5;
            int score = p * impact;
            risks.add(new FrozenRisk(10_000 + i, "R-" + (10_000 + i), "RISK", "Vendor dependency " + i
                    + " may slip past the integration window", "Owner " + (i % 40), p, impact, score,
                    score >= 15 ? "RED" : score >= 5 ? "AMBER" : "GREEN", "OPEN", true, i % 25 == 0,
                    i % 25 == 0 ? "forecast later than its trigger date" : ""));
        }
        SnapshotPayload payload = new SnapshotPayload(SnapshotPayload.CURRENT_VERSION, Instant.parse(at), "BIG-1",
                "Large program", milestones, risks, List.of("Row “Checkout API” has no Accountable"));
        return new Snapshot(id, 1, payload.takenAt(), Health.AT_RISK, Health.OFF_TRACK, "Vendor confirmed dates",
                "Weekly status of a large program.\n- Many milestones moved.", "- Batch 4 migrated", "- Batch 5",
                "- Decide on the contractor", payload);
    }

    private static Snapshot tiny() {
        SnapshotPayload payload = new SnapshotPayload(1, Instant.parse("2026-11-27T16:00:00Z"), "S-1", "Small",
                List.of(new FrozenMilestone(1, "Only milestone", "Core", "Maya", "PLANNED", BASE, BASE, null, null, 0)),
                List.of(), List.of());
        return new Snapshot(1, 1, payload.takenAt(), Health.ON_TRACK, Health.ON_TRACK, "", "", "", "", "", payload);
    }

    private static String copyTexts(Snapshot s) {
        StringBuilder out = new StringBuilder();
        for (FrozenMilestone m : s.payload().milestones()) {
            out.append(m.title()).append(m.owner()).append(m.status()).append(m.baseline()).append(m.forecast());
        }
        for (FrozenRisk r : s.payload().risks()) {
            out.append(r.ref()).append(r.title()).append(r.owner()).append(r.score()).append(r.band());
        }
        return out.toString();
    }

    private static Map<Long, FrozenMilestone> index(Snapshot s) {
        Map<Long, FrozenMilestone> byId = new HashMap<>();
        s.payload().milestones().forEach(m -> byId.put(m.id(), m));
        return byId;
    }
}
