package dev.throughline.meeting;

import java.time.LocalDate;

/**
 * One line of an agenda: which section, what, for how long, where it came from in the plan, and, for a
 * stored occurrence, its state, the sync it was carried from, the time spent and the outcome.
 */
public record AgendaItem(String section, SectionKind kind, String text, int minutes, String source, ItemState state,
                         LocalDate carriedFrom, Long carriedFromItem, long spentSeconds, String outcome) {

    /** A freshly generated item: open, not carried, nothing spent. */
    public AgendaItem(String section, SectionKind kind, String text, int minutes, String source) {
        this(section, kind, text, minutes, source, ItemState.OPEN, null, null, 0, "");
    }

    /** This item brought into a later sync: open again, first raised on {@code date}, copied from item {@code itemId}. */
    public AgendaItem carriedOver(LocalDate date, long itemId) {
        return new AgendaItem(section, kind, text, minutes, source, ItemState.OPEN, date, itemId, 0, "");
    }
}
