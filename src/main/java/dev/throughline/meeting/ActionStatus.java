package dev.throughline.meeting;

/** An action item is open until it is done or dropped. */
public enum ActionStatus {
    OPEN("Open"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
