package dev.throughline.risk;

import java.time.LocalDate;

/**
 * A rule that binds a RAID item to the plan. {@code milestoneId} is used by the milestone kinds,
 * {@code date} by {@link TriggerKind#MILESTONE_LATER_THAN}, {@code days} by
 * {@link TriggerKind#DEPENDENCY_NOT_DONE}; unused parts are null.
 */
public record TriggerRule(TriggerKind kind, Long milestoneId, LocalDate date, Integer days) {

    public static TriggerRule milestoneLaterThan(long milestoneId, LocalDate date) {
        return new TriggerRule(TriggerKind.MILESTONE_LATER_THAN, milestoneId, date, null);
    }

    public static TriggerRule dependencyNotDone(long milestoneId, int days) {
        return new TriggerRule(TriggerKind.DEPENDENCY_NOT_DONE, milestoneId, null, days);
    }

    public static TriggerRule reviewOverdue() {
        return new TriggerRule(TriggerKind.REVIEW_OVERDUE, null, null, null);
    }

    /** The rule in words, naming the milestone with {@code milestoneName}. */
    public String describe(java.util.function.LongFunction<String> milestoneName) {
        return switch (kind) {
            case MILESTONE_LATER_THAN -> (milestoneId == null ? "(milestone removed)" : milestoneName.apply(milestoneId))
                    + " forecast later than " + date;
            case DEPENDENCY_NOT_DONE -> (milestoneId == null ? "(milestone removed)" : milestoneName.apply(milestoneId))
                    + " not done " + days + " days before its successor";
            case REVIEW_OVERDUE -> "review date passed";
        };
    }
}
