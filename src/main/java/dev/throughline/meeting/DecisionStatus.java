package dev.throughline.meeting;

/** A decision is pending (to be taken, shows on the agenda) or decided. Superseded is derived from a later decision. */
public enum DecisionStatus {
    PENDING("Pending"),
    DECIDED("Decided");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
