package dev.throughline.snapshot;

import dev.throughline.program.Health;
import java.time.Instant;

/** A line of the portfolio's snapshot history: which program, when, what health and why (no payload). */
public record SnapshotEntry(long id, long programId, String programKey, String programName, Instant takenAt,
                            Health health, Health suggestedHealth, String reason, String summary) {
}
