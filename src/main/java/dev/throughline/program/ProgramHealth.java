package dev.throughline.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A program's one current health: the health chosen in its latest status snapshot, unless the program's
 * health was edited after that snapshot; with the reason and where it came from. Every view and the
 * command line show this one (decision 0054).
 */
public record ProgramHealth(Health health, String reason, Source source, LocalDate since) {

    /** Where the current health comes from. */
    public enum Source {
        /** The latest status snapshot chose it. */
        SNAPSHOT,
        /** An edit of the program set it (or created the program with it) after any snapshot. */
        EDITED,
        /** Set on the program at a time not recorded (written before schema 10, or imported), no snapshot. */
        PROGRAM
    }

    /** What a program stores and what its latest snapshot chose, as read together. */
    public record Facts(Health programHealth, String programReason, Instant healthSetAt, Health snapshotHealth,
                        String snapshotReason, Instant snapshotTakenAt) {

        public static Facts withoutSnapshot(Health health, String reason, Instant healthSetAt) {
            return new Facts(health, reason, healthSetAt, null, null, null);
        }
    }

    public ProgramHealth {
        reason = reason == null ? "" : reason;
    }

    /** The rule: a snapshot decides unless the program's health was edited after it was taken. */
    public static ProgramHealth of(Facts f) {
        boolean snapshotDecides = f.snapshotTakenAt() != null
                && (f.healthSetAt() == null || !f.healthSetAt().isAfter(f.snapshotTakenAt()));
        if (snapshotDecides) {
            return new ProgramHealth(f.snapshotHealth(), f.snapshotReason(), Source.SNAPSHOT, day(f.snapshotTakenAt()));
        }
        if (f.healthSetAt() != null) {
            return new ProgramHealth(f.programHealth(), f.programReason(), Source.EDITED, day(f.healthSetAt()));
        }
        return new ProgramHealth(f.programHealth(), f.programReason(), Source.PROGRAM, null);
    }

    /** "from snapshot of 2026-12-01", "edited 2026-12-02" or "set on the program". */
    public String origin() {
        return switch (source) {
            case SNAPSHOT -> "from snapshot of " + since;
            case EDITED -> "edited " + since;
            case PROGRAM -> "set on the program";
        };
    }

    /** "At risk — from snapshot of 2026-12-01". */
    public String describe() {
        return health.label() + " — " + origin();
    }

    /** "At risk: vendor slipped (from snapshot of 2026-12-01)", for a line of text. */
    public String sentence() {
        return health.label() + (reason.isBlank() ? "" : ": " + reason.strip()) + " (" + origin() + ")";
    }

    /** The origin for a CSV or JSON column: "snapshot 2026-12-01", "edited 2026-12-02", "program". */
    public String sourceColumn() {
        return source.name().toLowerCase(Locale.ROOT) + (since == null ? "" : " " + since);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
