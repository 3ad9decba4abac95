package dev.throughline.meeting;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** One occurrence of a series, in the series' zone, with each attendee's local times. */
public record Occurrence(long seriesId, String title, ZonedDateTime start, ZonedDateTime end, boolean asyncFirst,
                         List<AttendeeTime> attendees) {

    public Occurrence {
        attendees = List.copyOf(attendees);
    }

    public ZonedDateTime startIn(ZoneId viewer) {
        return start.withZoneSameInstant(viewer);
    }

    public ZonedDateTime endIn(ZoneId viewer) {
        return end.withZoneSameInstant(viewer);
    }

    /** One line per attendee for whom this falls outside working hours. */
    public List<String> warnings() {
        return attendees.stream().filter(AttendeeTime::outside).map(a -> a.name() + ": " + a.outsideHours()).toList();
    }
}
