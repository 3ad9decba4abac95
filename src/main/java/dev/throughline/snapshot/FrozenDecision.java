package dev.throughline.snapshot;

import java.time.LocalDate;

/**
 * A decision as it stood when a snapshot was taken: decided (and not superseded) or still pending.
 * {@code status} is text (DECIDED, PENDING) so old payloads read after the enum grows; payloads written
 * before it existed read as DECIDED. {@code decidedBy} names the sync that made it (empty when none).
 */
public record FrozenDecision(long id, String title, String rationale, LocalDate decidedOn, String decidedBy,
                             String status) {

    public FrozenDecision {
        title = title == null ? "" : title;
        rationale = rationale == null ? "" : rationale;
        decidedBy = decidedBy == null ? "" : decidedBy;
        status = status == null ? "DECIDED" : status;
    }

    public FrozenDecision(long id, String title, String rationale, LocalDate decidedOn, String decidedBy) {
        this(id, title, rationale, decidedOn, decidedBy, "DECIDED");
    }

    public boolean decided() {
        return "DECIDED".equals(status);
    }
}
