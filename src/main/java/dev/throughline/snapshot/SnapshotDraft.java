package dev.throughline.snapshot;

import dev.throughline.program.Health;

/** The narrative a TPgM edits before freezing: chosen health (null: take the suggestion) and texts. */
public record SnapshotDraft(Health health, String reason, String summary, String accomplishments, String nextSteps,
                            String asks) {

    public SnapshotDraft {
        reason = reason == null ? "" : reason;
        summary = summary == null ? "" : summary;
        accomplishments = accomplishments == null ? "" : accomplishments;
        nextSteps = nextSteps == null ? "" : nextSteps;
        asks = asks == null ? "" : asks;
    }

    public static SnapshotDraft empty() {
        return new SnapshotDraft(null, "", "", "", "", "");
    }
}
