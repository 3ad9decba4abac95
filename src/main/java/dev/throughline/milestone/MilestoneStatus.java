package dev.throughline.milestone;

public enum MilestoneStatus {
    PLANNED("Planned"), IN_PROGRESS("In progress"), DONE("Done"), CANCELLED("Cancelled");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Done and cancelled milestones keep their dates when predecessors move. */
    public boolean isSettled() {
        return this == DONE || this == CANCELLED;
    }

    @Override
    public String toString() {
        return label;
    }
}
