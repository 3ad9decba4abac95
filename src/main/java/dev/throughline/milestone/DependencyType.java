package dev.throughline.milestone;

/**
 * How a successor's dates are tied to its predecessor's. A milestone's start is its work-window start
 * (its forecast when it has none); its finish is its forecast.
 */
public enum DependencyType {
    FS("finish-to-start"), SS("start-to-start"), FF("finish-to-finish"), SF("start-to-finish");

    private final String label;

    DependencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The predecessor's date this dependency measures from. */
    public boolean fromPredecessorStart() {
        return this == SS || this == SF;
    }

    /** The successor's date this dependency constrains. */
    public boolean constrainsSuccessorStart() {
        return this == FS || this == SS;
    }

    @Override
    public String toString() {
        return name() + " (" + label + ")";
    }
}
