package dev.throughline.snapshot;

import dev.throughline.program.Health;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramHealth;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row per program for leadership: the health and reason of its latest snapshot, when that was,
 * how many open milestones had slipped past their baseline and how many active RAID items were red.
 * A program with no snapshot yet shows its live health, marked as such. Rows come worst first
 * ({@link Row#BY_SEVERITY}) so the off-track program is at the top, not below the fold.
 */
public record PortfolioRollup(List<Row> rows) {

    public record Row(String programKey, String programName, String status, Health health, String reason,
                      Optional<LocalDate> lastSnapshot, int milestonesSlipped, int redRisks) {

        /** Worst first: off track, at risk, on track; then the oldest snapshot (none first); then the key. */
        public static final java.util.Comparator<Row> BY_SEVERITY = java.util.Comparator
                .comparing((Row r) -> r.health().ordinal(), java.util.Comparator.reverseOrder())
                .thenComparing(r -> r.lastSnapshot().orElse(LocalDate.MIN))
                .thenComparing(Row::programKey);
    }

    public PortfolioRollup {
        rows = List.copyOf(rows);
    }

    /** {@code latest} maps program id to its newest snapshot. */
    public static PortfolioRollup of(List<Program> programs, Map<Long, Snapshot> latest) {
        return of(programs, latest, Map.of());
    }

    /**
     * {@code latest} maps program id to its newest snapshot, {@code health} to its one current health (which
     * an edit of the program newer than the snapshot sets); a program missing there shows its snapshot's.
     */
    public static PortfolioRollup of(List<Program> programs, Map<Long, Snapshot> latest, Map<Long, ProgramHealth> health) {
        return new PortfolioRollup(programs.stream().map(p -> row(p, Optional.ofNullable(latest.get(p.id())),
                Optional.ofNullable(health.get(p.id())))).sorted(Row.BY_SEVERITY).toList());
    }

    private static Row row(Program program, Optional<Snapshot> latest, Optional<ProgramHealth> current) {
        String status = program.status().name().toLowerCase(java.util.Locale.ROOT);
        if (latest.isEmpty()) {
            return new Row(program.key(), program.name(), status, program.health(),
                    "No snapshot yet. " + program.healthReason(), Optional.empty(), 0, 0);
        }
        if (current.isPresent() && current.get().source() != ProgramHealth.Source.SNAPSHOT) {
            Row fromSnapshot = row(program, latest, Optional.empty());
            return new Row(fromSnapshot.programKey(), fromSnapshot.programName(), status, current.get().health(),
                    current.get().reason() + " (" + current.get().origin() + ")", fromSnapshot.lastSnapshot(),
                    fromSnapshot.milestonesSlipped(), fromSnapshot.redRisks());
        }
        Snapshot s = latest.get();
        SnapshotPayload p = s.payload();
        int slipped = (int) p.milestones().stream().filter(m -> !m.settled() && m.varianceDays() != null
                && m.varianceDays() > 0).count();
        int red = (int) p.risks().stream().filter(r -> r.active() && r.red()).count();
        String reason = !s.reason().isBlank() ? s.reason() : firstLine(s.summary());
        return new Row(program.key(), program.name(), status, s.health(), reason,
                Optional.of(s.takenAt().atOffset(ZoneOffset.UTC).toLocalDate()), slipped, red);
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int end = t.indexOf('\n');
        return (end < 0 ? t : t.substring(0, end)).replaceFirst("^- ", "").strip();
    }
}
