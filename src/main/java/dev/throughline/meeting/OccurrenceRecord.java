package dev.throughline.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored occurrence of a series: created when its agenda is first edited or the meeting starts. While
 * running, {@code currentItemId} is the item on screen and {@code itemStartedAt} when it came up, so a
 * reopened workspace resumes the clocks where they were. {@code id} is 0 until stored.
 */
public record OccurrenceRecord(long id, long seriesId, LocalDate date, Instant startsAt, OccurrenceState state,
                               Instant startedAt, Instant endedAt, Long currentItemId, Instant itemStartedAt,
                               String notes, String minutes) {

    public OccurrenceRecord withId(long newId) {
        return new OccurrenceRecord(newId, seriesId, date, startsAt, state, startedAt, endedAt, currentItemId,
                itemStartedAt, notes, minutes);
    }

    public OccurrenceRecord running(Instant started, Long item, Instant itemStart) {
        return new OccurrenceRecord(id, seriesId, date, startsAt, OccurrenceState.RUNNING, started, endedAt, item,
                itemStart, notes, minutes);
    }

    public OccurrenceRecord ended(Instant at, String minutesText) {
        return new OccurrenceRecord(id, seriesId, date, startsAt, OccurrenceState.ENDED, startedAt, at, null, null,
                notes, minutesText);
    }

    public OccurrenceRecord withNotes(String text) {
        return new OccurrenceRecord(id, seriesId, date, startsAt, state, startedAt, endedAt, currentItemId,
                itemStartedAt, text, minutes);
    }
}
