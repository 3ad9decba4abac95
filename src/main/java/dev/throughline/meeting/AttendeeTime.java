package dev.throughline.meeting;

import java.time.ZonedDateTime;

/** One attendee's view of an occurrence: the times in their zone, and why it is outside their hours (empty if not). */
public record AttendeeTime(long personId, String name, ZonedDateTime start, ZonedDateTime end, String outsideHours) {

    public boolean outside() {
        return !outsideHours.isEmpty();
    }

    /** "Priya Raman 12:00–12:30 America/New_York". */
    public String describe() {
        return name + " " + start.toLocalTime() + "–" + end.toLocalTime() + " " + start.getZone().getId();
    }
}
