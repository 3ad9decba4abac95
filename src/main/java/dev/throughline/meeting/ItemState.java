package dev.throughline.meeting;

/** Where an agenda item stands: still to discuss, discussed, dropped, handled async, or carried to the next sync. */
public enum ItemState {
    OPEN("To discuss"),
    DONE("Discussed"),
    DROPPED("Dropped"),
    ASYNC("Handled async"),
    CARRIED("Carried over");

    private final String label;

    ItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Dropped and async items take no meeting time. */
    public boolean takesTime() {
        return this == OPEN || this == DONE || this == CARRIED;
    }
}
