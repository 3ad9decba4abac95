package dev.throughline.meeting;

import dev.throughline.validation.Problems;
import dev.throughline.validation.TextRule;
import java.time.LocalDate;

/** An action item as typed: what, who (optional) and by when (optional). */
public record ActionInput(String title, Long ownerId, LocalDate due) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public ActionInput {
        title = TextRule.clean(title);
    }

    public static final String TITLE = "actionTitle";
    public static final String DUE = "actionDue";

    public Problems check() {
        Problems problems = new Problems();
        String t = title == null ? "" : title.strip();
        problems.require(!t.isEmpty(), TITLE, "An action item needs a title (what is to be done).");
        problems.require(t.length() <= 300, TITLE, "An action item title has at most 300 characters.");
        return problems;
    }

    public ActionItem toAction(long id, long programId, Long occurrenceId, LocalDate today) {
        check().throwIfAny();
        return new ActionItem(id, programId, occurrenceId, title.strip(), ownerId, due, today, ActionStatus.OPEN, null);
    }
}
