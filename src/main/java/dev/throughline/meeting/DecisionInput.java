package dev.throughline.meeting;

import dev.throughline.validation.Problems;
import dev.throughline.validation.TextRule;
import java.time.LocalDate;

/** A decision as typed: what, why, when, and optionally which earlier decision of the program it replaces. */
public record DecisionInput(String title, String rationale, LocalDate decidedOn, DecisionStatus status, Long supersedesId) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public DecisionInput {
        title = TextRule.clean(title);
        rationale = TextRule.clean(rationale);
    }

    public static final String TITLE = "decisionTitle";
    public static final String DATE = "decisionDate";

    public Problems check() {
        Problems problems = new Problems();
        String t = title == null ? "" : title.strip();
        problems.require(!t.isEmpty(), TITLE, "A decision needs a title (what was decided).");
        problems.require(t.length() <= 300, TITLE, "A decision title has at most 300 characters.");
        problems.require(decidedOn != null, DATE, "A decision needs a date.");
        return problems;
    }

    public Decision toDecision(long id, long programId, Long occurrenceId) {
        check().throwIfAny();
        return new Decision(id, programId, occurrenceId, title.strip(), rationale == null ? "" : rationale.strip(),
                decidedOn, status == null ? DecisionStatus.DECIDED : status, supersedesId);
    }
}
