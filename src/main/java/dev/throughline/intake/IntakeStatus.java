package dev.throughline.intake;

/** Where a request stands in triage. */
public enum IntakeStatus {
    NEW("New"), NEEDS_INFO("Asked for more"), ACCEPTED("Accepted"), DECLINED("Declined");

    private final String label;

    IntakeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting on the team (new) or on the requester (asked for more). */
    public boolean isOpen() {
        return this == NEW || this == NEEDS_INFO;
    }

    @Override
    public String toString() {
        return label;
    }
}
