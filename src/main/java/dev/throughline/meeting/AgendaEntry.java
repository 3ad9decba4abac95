package dev.throughline.meeting;

import java.time.LocalDate;

/**
 * A stored agenda item of one occurrence: its place, timebox and where it came from, and, once the
 * meeting ran, the time spent and the outcome. {@code carriedFromDate} is the date of the sync where the
 * item first came up when it was carried over. {@code id} is 0 until stored.
 */
public record AgendaEntry(long id, long occurrenceId, int position, String section, SectionKind kind, String text,
                          String source, int minutes, long spentSeconds, ItemState state, String outcome,
                          Long carriedFromItem, LocalDate carriedFromDate) {

    public AgendaEntry withId(long newId) {
        return new AgendaEntry(newId, occurrenceId, position, section, kind, text, source, minutes, spentSeconds, state,
                outcome, carriedFromItem, carriedFromDate);
    }

    public AgendaEntry withPosition(int newPosition) {
        return new AgendaEntry(id, occurrenceId, newPosition, section, kind, text, source, minutes, spentSeconds, state,
                outcome, carriedFromItem, carriedFromDate);
    }

    public AgendaEntry withState(ItemState newState) {
        return new AgendaEntry(id, occurrenceId, position, section, kind, text, source, minutes, spentSeconds, newState,
                outcome, carriedFromItem, carriedFromDate);
    }

    public AgendaEntry withSpent(long seconds) {
        return new AgendaEntry(id, occurrenceId, position, section, kind, text, source, minutes, seconds, state,
                outcome, carriedFromItem, carriedFromDate);
    }

    public AgendaEntry withOutcome(String newOutcome) {
        return new AgendaEntry(id, occurrenceId, position, section, kind, text, source, minutes, spentSeconds, state,
                newOutcome, carriedFromItem, carriedFromDate);
    }

    /** A stored copy of a generated item at {@code position} of occurrence {@code occurrence}. */
    public static AgendaEntry of(AgendaItem item, long occurrence, int position) {
        return new AgendaEntry(0, occurrence, position, item.section(), item.kind(), item.text(), item.source(),
                item.minutes(), item.spentSeconds(), item.state(), item.outcome(), item.carriedFromItem(),
                item.carriedFrom());
    }

    /** False for a placeholder such as "Nothing to discuss." (no time, no source): run mode steps over it. */
    public boolean toRun() {
        return minutes > 0 || !source.isBlank() || spentSeconds > 0;
    }

    /** Seconds spent beyond the timebox (0 when inside it). */
    public long overrunSeconds() {
        return Math.max(0, spentSeconds - minutes * 60L);
    }

    public AgendaItem toItem() {
        return new AgendaItem(section, kind, text, minutes, source, state, carriedFromDate, carriedFromItem, spentSeconds,
                outcome);
    }
}
