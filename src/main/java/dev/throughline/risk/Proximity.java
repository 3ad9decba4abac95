package dev.throughline.risk;

/** How soon the item could bite. */
public enum Proximity {
    IMMINENT("Imminent"),
    THIS_QUARTER("This quarter"),
    LATER("Later");

    private final String label;

    Proximity(String label) {
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
