package dev.throughline.people;

/** The discipline a person works in; the RACI groups columns by it. */
public enum Function {
    PM("PM"), UX("UX"), ENGINEERING("Engineering"), GTM("GTM"), DATA("Data"), SECURITY("Security"),
    LEGAL("Legal"), OPERATIONS("Operations");

    private final String label;

    Function(String label) {
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
