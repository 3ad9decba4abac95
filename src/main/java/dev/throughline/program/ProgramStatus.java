package dev.throughline.program;

public enum ProgramStatus {
    INTAKE("Intake"), PLANNED("Planned"), ACTIVE("Active"), PAUSED("Paused"), DONE("Done"), CANCELLED("Cancelled");

    private final String label;

    ProgramStatus(String label) {
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
