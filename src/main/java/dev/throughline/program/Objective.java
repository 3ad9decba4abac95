package dev.throughline.program;

/** A measurable objective of a program: "Raise conversion" measured as "%", target 4.1, now 3.6. */
public record Objective(long id, long programId, int position, String text, String measure, String target,
                        String current) {

    public Objective withId(long newId) {
        return new Objective(newId, programId, position, text, measure, target, current);
    }
}
