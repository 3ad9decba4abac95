package dev.throughline.snapshot;

import dev.throughline.program.Health;
import java.time.Instant;

/**
 * A frozen status report of one program: the health the TPgM chose, the one the rules suggested, the
 * reason (required when they differ), the narrative, and the payload. {@code id} is 0 until stored.
 * There is no "with" method: a snapshot never changes once taken.
 */
public record Snapshot(long id, long programId, Instant takenAt, Health health, Health suggestedHealth, String reason,
                       String summary, String accomplishments, String nextSteps, String asks,
                       SnapshotPayload payload) {

    public Snapshot {
        reason = reason == null ? "" : reason;
        summary = summary == null ? "" : summary;
        accomplishments = accomplishments == null ? "" : accomplishments;
        nextSteps = nextSteps == null ? "" : nextSteps;
        asks = asks == null ? "" : asks;
    }

    public boolean overridden() {
        return health != suggestedHealth;
    }

    Snapshot stored(long newId) {
        return new Snapshot(newId, programId, takenAt, health, suggestedHealth, reason, summary, accomplishments,
                nextSteps, asks, payload);
    }
}
