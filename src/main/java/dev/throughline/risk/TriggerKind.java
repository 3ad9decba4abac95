package dev.throughline.risk;

/** The rules a RAID item can be bound to the plan with (see {@link TriggerRules}). */
public enum TriggerKind {
    /** Milestone M is forecast (or was done) later than date D. */
    MILESTONE_LATER_THAN("Milestone forecast later than a date"),
    /** Milestone M is not done N days before the forecast of its successor (a linked one when linked). */
    DEPENDENCY_NOT_DONE("Dependency not done N days before its successor"),
    /** The item's review date has passed. */
    REVIEW_OVERDUE("Review date passed");

    private final String label;

    TriggerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsMilestone() {
        return this != REVIEW_OVERDUE;
    }

    @Override
    public String toString() {
        return label;
    }
}
