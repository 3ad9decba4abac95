package dev.throughline.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A dated commitment of a program. {@code start} (optional) opens its work window; {@code forecast}
 * is when it is expected; {@code baseline} what was promised at the last baseline. {@code id} is 0
 * until stored; optional references and dates are null.
 */
public record Milestone(long id, long programId, Long workstreamId, String title, Long ownerId, LocalDate start,
                        LocalDate baseline, LocalDate forecast, LocalDate actual, LocalDate deadline,
                        MilestoneStatus status, String notes) {

    public Milestone withId(long newId) {
        return new Milestone(newId, programId, workstreamId, title, ownerId, start, baseline, forecast, actual, deadline,
                status, notes);
    }

    public LocalDate effectiveStart() {
        return start == null ? forecast : start;
    }

    /** Moves the forecast, keeping the length of the work window. */
    public Milestone withForecast(LocalDate newForecast) {
        long shift = ChronoUnit.DAYS.between(forecast, newForecast);
        return new Milestone(id, programId, workstreamId, title, ownerId, start == null ? null : start.plusDays(shift),
                baseline, newForecast, actual, deadline, status, notes);
    }

    public Milestone withBaseline(LocalDate newBaseline) {
        return new Milestone(id, programId, workstreamId, title, ownerId, start, newBaseline, forecast, actual, deadline,
                status, notes);
    }

    /** Forecast minus baseline in days (positive: slipped), or null without a baseline. */
    public Integer varianceDays() {
        return baseline == null ? null : (int) ChronoUnit.DAYS.between(baseline, forecast);
    }
}
