package dev.throughline.snapshot;

import java.time.LocalDate;

/**
 * A decision as it stood when a snapshot was taken. Room kept for the decisions feature: until it
 * lands, payloads carry an empty list, and payloads written without the field read as empty.
 */
public record FrozenDecision(long id, String title, String rationale, LocalDate decidedOn, String decidedBy) {

    public FrozenDecision {
        title = title == null ? "" : title;
        rationale = rationale == null ? "" : rationale;
        decidedBy = decidedBy == null ? "" : decidedBy;
    }
}
