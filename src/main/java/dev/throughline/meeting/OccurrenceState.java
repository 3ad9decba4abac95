package dev.throughline.meeting;

/** A stored occurrence is planned (agenda edited ahead), running (run mode), or ended (minutes written). */
public enum OccurrenceState {
    PLANNED("Agenda prepared"),
    RUNNING("Running"),
    ENDED("Ended");

    private final String label;

    OccurrenceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
