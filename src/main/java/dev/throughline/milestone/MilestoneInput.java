package dev.throughline.milestone;

import dev.throughline.validation.Problems;
import dev.throughline.validation.TextRule;
import java.time.LocalDate;

/** A milestone as the form or an import holds it, before validation. */
public record MilestoneInput(String title, Long workstreamId, Long ownerId, LocalDate start, LocalDate baseline,
                             LocalDate forecast, LocalDate actual, LocalDate deadline, MilestoneStatus status,
                             String notes) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public MilestoneInput {
        title = TextRule.clean(title);
        notes = TextRule.clean(notes);
    }

    public static final String TITLE = "title";
    public static final String START = "start";
    public static final String BASELINE = "baseline";
    public static final String FORECAST = "forecast";
    public static final String ACTUAL = "actual";
    public static final String DEADLINE = "deadline";
    public static final String STATUS = "status";

    public static MilestoneInput of(Milestone m) {
        return new MilestoneInput(m.title(), m.workstreamId(), m.ownerId(), m.start(), m.baseline(), m.forecast(),
                m.actual(), m.deadline(), m.status(), m.notes());
    }

    public Problems check() {
        Problems p = new Problems();
        p.require(title != null && !title.isBlank(), TITLE, "Title is required.");
        p.require(title == null || title.strip().length() <= 200, TITLE, "Title is longer than 200 characters.");
        p.require(status != null, STATUS, "Choose a status.");
        if (forecast == null) {
            p.add(FORECAST, "Forecast date is required.");
        }
        PlanDates.check(p, START, "Start", start);
        PlanDates.check(p, BASELINE, "Baseline", baseline);
        PlanDates.check(p, FORECAST, "Forecast", forecast);
        PlanDates.check(p, ACTUAL, "Actual", actual);
        PlanDates.check(p, DEADLINE, "Deadline", deadline);
        if (start != null && forecast != null && start.isAfter(forecast)) {
            p.add(START, "Start " + start + " is after the forecast " + forecast + ".");
        }
        if (status == MilestoneStatus.DONE && actual == null) {
            p.add(ACTUAL, "A done milestone needs its actual date.");
        }
        return p;
    }

    public Milestone toMilestone(long id, long programId) {
        check().throwIfAny();
        return new Milestone(id, programId, workstreamId, title.strip(), ownerId, start, baseline, forecast, actual,
                deadline, status, notes == null ? "" : notes.strip());
    }
}
