package dev.throughline.meeting;

import java.time.ZonedDateTime;
import java.util.List;

/** The agenda generated for one occurrence, from the plan as it is now. */
public record Agenda(String programKey, String seriesTitle, ZonedDateTime start, int durationMinutes,
                     boolean asyncFirst, List<String> attendees, List<AgendaItem> items) {

    public Agenda {
        attendees = List.copyOf(attendees);
        items = List.copyOf(items);
    }

    public int plannedMinutes() {
        return items.stream().filter(i -> i.state().takesTime()).mapToInt(AgendaItem::minutes).sum();
    }
}
