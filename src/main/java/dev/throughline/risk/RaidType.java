package dev.throughline.risk;

/** The four kinds of RAID item. */
public enum RaidType {
    RISK("Risk"),
    ASSUMPTION("Assumption"),
    ISSUE("Issue"),
    DEPENDENCY("Dependency");

    private final String label;

    RaidType(String label) {
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
