package dev.throughline.milestone;

/** Successor waits on predecessor (possibly in another program), by type and lag in days (may be negative). */
public record Dependency(long id, long predecessorId, long successorId, DependencyType type, int lagDays) {

    public Dependency withId(long newId) {
        return new Dependency(newId, predecessorId, successorId, type, lagDays);
    }

    public String describe() {
        return type.name() + (lagDays == 0 ? "" : (lagDays > 0 ? " +" : " ") + lagDays + "d");
    }
}
