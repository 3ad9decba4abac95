package dev.throughline.program;

import dev.throughline.validation.Problems;
import dev.throughline.validation.TextRule;

/** An objective as typed; only the text is required. */
public record ObjectiveInput(String text, String measure, String target, String current) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public ObjectiveInput {
        text = TextRule.clean(text);
        measure = TextRule.clean(measure);
        target = TextRule.clean(target);
        current = TextRule.clean(current);
    }

    public static final String TEXT = "text";

    public Problems check() {
        Problems p = new Problems();
        p.require(text != null && !text.isBlank(), TEXT, "Say what the objective is.");
        p.require(text == null || text.strip().length() <= 300, TEXT, "Objective is longer than 300 characters.");
        return p;
    }

    public Objective toObjective(long id, long programId, int position) {
        check().throwIfAny();
        return new Objective(id, programId, position, text.strip(), strip(measure), strip(target), strip(current));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
