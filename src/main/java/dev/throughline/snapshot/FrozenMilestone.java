package dev.throughline.snapshot;

import java.time.LocalDate;

/**
 * A milestone as it stood when a snapshot was taken. {@code status} is the milestone status name
 * (PLANNED, IN_PROGRESS, DONE, CANCELLED) kept as text so old payloads read after the enum grows.
 * Optional dates and {@code varianceDays} (forecast minus baseline) are null.
 */
public record FrozenMilestone(long id, String title, String workstream, String owner, String status,
                              LocalDate baseline, LocalDate forecast, LocalDate actual, LocalDate deadline,
                              Integer varianceDays) {

    public FrozenMilestone {
        title = title == null ? "" : title;
        workstream = workstream == null ? "" : workstream;
        owner = owner == null ? "" : owner;
        status = status == null ? "PLANNED" : status;
    }

    /** Done or cancelled: its dates no longer count against health. */
    public boolean settled() {
        return "DONE".equals(status) || "CANCELLED".equals(status);
    }

    public boolean done() {
        return "DONE".equals(status);
    }
}
