package dev.throughline.program;

public enum Health {
    ON_TRACK("On track"), AT_RISK("At risk"), OFF_TRACK("Off track");

    private final String label;

    Health(String label) {
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
