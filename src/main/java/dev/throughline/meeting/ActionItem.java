package dev.throughline.meeting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An action item of a program: who does what by when, and the sync that raised it (null when raised
 * elsewhere). {@code ownerId} and {@code due} may be null. {@code id} is 0 until stored.
 */
public record ActionItem(long id, long programId, Long occurrenceId, String title, Long ownerId, LocalDate due,
                         LocalDate createdOn, ActionStatus status, LocalDate closedOn) {

    public ActionItem withId(long newId) {
        return new ActionItem(newId, programId, occurrenceId, title, ownerId, due, createdOn, status, closedOn);
    }

    public ActionItem closed(ActionStatus how, LocalDate on) {
        return new ActionItem(id, programId, occurrenceId, title, ownerId, due, createdOn, how,
                how == ActionStatus.OPEN ? null : on);
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    /** Open with a due date before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && due != null && due.isBefore(today);
    }

    /** Days since it was raised, as of {@code today}. */
    public long ageDays(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(createdOn, today));
    }
}
