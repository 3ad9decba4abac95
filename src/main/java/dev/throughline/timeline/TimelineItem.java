package dev.throughline.timeline;

import java.time.LocalDate;

/**
 * One milestone as the timeline draws it. {@code baseline}, {@code deadline} and {@code actual} may
 * be null. {@code varianceDays} is forecast minus baseline (positive: slipped).
 */
public record TimelineItem(long id, String label, LocalDate forecast, LocalDate baseline, LocalDate deadline,
                           LocalDate actual, State state, int varianceDays, String details) {

    public enum State { PLANNED, IN_PROGRESS, DONE, CANCELLED }

    public boolean slipped() {
        return baseline != null && varianceDays > 0;
    }

    public boolean pastDeadline() {
        return deadline != null && forecast.isAfter(deadline);
    }
}
