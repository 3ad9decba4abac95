package dev.throughline.snapshot;

import dev.throughline.program.Health;
import dev.throughline.validation.TextRule;

/** The narrative a TPgM edits before freezing: chosen health (null: take the suggestion) and texts. */
public record SnapshotDraft(Health health, String reason, String summary, String accomplishments, String nextSteps,
                            String asks) {

    public SnapshotDraft {
        reason = reason == null ? "" : TextRule.clean(reason);
        summary = summary == null ? "" : TextRule.clean(summary);
        accomplishments = accomplishments == null ? "" : TextRule.clean(accomplishments);
        nextSteps = nextSteps == null ? "" : TextRule.clean(nextSteps);
        asks = asks == null ? "" : TextRule.clean(asks);
    }

    public static SnapshotDraft empty() {
        return new SnapshotDraft(null, "", "", "", "", "");
    }
}
