package dev.throughline.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A recurring sync of one program. The first occurrence is {@code firstDate} at {@code startTime} in
 * {@code zone} (the RFC 5545 DTSTART); {@code rrule} is the RRULE value without the "RRULE:" prefix;
 * {@code skipped} are EXDATEs as local dates. {@code id} is 0 until stored.
 */
public record MeetingSeries(long id, long programId, String title, String rrule, LocalDate firstDate,
                            LocalTime startTime, int durationMinutes, ZoneId zone, boolean asyncFirst,
                            List<LocalDate> skipped, List<Long> attendeeIds, List<AgendaSection> sections) {

    public MeetingSeries {
        skipped = List.copyOf(skipped);
        attendeeIds = List.copyOf(attendeeIds);
        sections = List.copyOf(sections);
    }

    public MeetingSeries withId(long newId) {
        return new MeetingSeries(newId, programId, title, rrule, firstDate, startTime, durationMinutes, zone, asyncFirst,
                skipped, attendeeIds, sections);
    }

    public ZonedDateTime firstStart() {
        return ZonedDateTime.of(firstDate, startTime, zone);
    }

    public int agendaMinutes() {
        return sections.stream().mapToInt(AgendaSection::minutes).sum();
    }
}
