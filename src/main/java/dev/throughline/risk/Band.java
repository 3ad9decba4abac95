package dev.throughline.risk;

/** Score bands of the heat map: red 15-25, amber 5-14, green 1-4 (see RiskBands). */
public enum Band {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red");

    private final String label;

    Band(String label) {
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
