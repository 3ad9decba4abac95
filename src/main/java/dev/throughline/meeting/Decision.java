package dev.throughline.meeting;

import java.time.LocalDate;

/**
 * A decision of a program, with its rationale, the sync that made it (null when taken elsewhere) and
 * the earlier decision it replaces (null when none). {@code id} is 0 until stored.
 */
public record Decision(long id, long programId, Long occurrenceId, String title, String rationale, LocalDate decidedOn,
                       DecisionStatus status, Long supersedesId) {

    public Decision withId(long newId) {
        return new Decision(newId, programId, occurrenceId, title, rationale, decidedOn, status, supersedesId);
    }
}
