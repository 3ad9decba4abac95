package dev.throughline.risk;

/** The chosen response to a risk. */
public enum Response {
    AVOID("Avoid"),
    REDUCE("Reduce"),
    TRANSFER("Transfer"),
    ACCEPT("Accept"),
    ESCALATE("Escalate");

    private final String label;

    Response(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
