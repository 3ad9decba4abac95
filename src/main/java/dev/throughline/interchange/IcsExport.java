package dev.throughline.interchange;

import dev.throughline.meeting.AgendaSection;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.Recurrence;
import dev.throughline.milestone.Milestone;
import dev.throughline.people.Person;
import dev.throughline.text.SharedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes iCalendar (RFC 5545) that common calendar apps import: each sync series as one recurring event
 * (DTSTART with TZID, RRULE, EXDATE for skipped dates, a VTIMEZONE per zone used) and each milestone as an
 * all-day event on its forecast date. Throughline's own X- properties (async first, agenda template) let
 * an import get the series back whole.
 */
public final class IcsExport {

    public static final String ASYNC_FIRST = "X-THROUGHLINE-ASYNC-FIRST";
    public static final String AGENDA_SECTION = "X-THROUGHLINE-AGENDA-SECTION";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** A milestone with what the event says about it. */
    public record MilestoneEvent(String programKey, Milestone milestone, String owner) {
    }

    private IcsExport() {
    }

    /**
     * One calendar with the given series and milestones. {@code people} resolves attendees (their email
     * becomes a mailto: ATTENDEE); {@code stamp} is the DTSTAMP of every event.
     */
    public static String calendar(String name, List<MeetingSeries> series, List<MilestoneEvent> milestones,
                                  Map<Long, Person> people, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Throughline//Throughline//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + IcsText.escape(name));
        Set<ZoneId> zones = new LinkedHashSet<>();
        series.forEach(s -> zones.add(s.zone()));
        for (ZoneId zone : zones) {
            out.append(timeZone(zone));
        }
        for (MeetingSeries s : series) {
            event(out, s, people, stamp);
        }
        for (MilestoneEvent m : milestones) {
            milestone(out, m, stamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, MeetingSeries s, Map<Long, Person> people, Instant stamp) {
        String zone = s.zone().getId();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:throughline-series-" + s.id() + "-" + s.programId() + "@throughline.local");
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "SUMMARY:" + IcsText.escape(s.title()));
        line(out, "DTSTART;TZID=" + zone + ":" + LOCAL.format(s.firstStart().toLocalDateTime()));
        line(out, "DTEND;TZID=" + zone + ":" + LOCAL.format(s.firstStart().plusMinutes(s.durationMinutes()).toLocalDateTime()));
        line(out, "RRULE:" + Recurrence.withUtcUntil(Recurrence.normalise(s.rrule()), s.zone()));
        if (!s.skipped().isEmpty()) {
            List<String> dates = new ArrayList<>();
            for (LocalDate d : s.skipped()) {
                dates.add(LOCAL.format(d.atTime(s.startTime())));
            }
            line(out, "EXDATE;TZID=" + zone + ":" + String.join(",", dates));
        }
        StringBuilder description = new StringBuilder(s.asyncFirst()
                ? "Async first: handle what you can in the channel before the sync.\n" : "");
        description.append("Agenda:");
        for (AgendaSection section : s.sections()) {
            description.append("\n- ").append(section.title()).append(" (").append(section.minutes()).append(" min)");
        }
        line(out, "DESCRIPTION:" + IcsText.escape(description.toString()));
        for (Long id : s.attendeeIds()) {
            Person p = people.get(id);
            if (p != null && p.email() != null && !p.email().isBlank()) {
                line(out, "ATTENDEE;CN=" + IcsText.quoted(p.name()) + ";ROLE=REQ-PARTICIPANT:mailto:"
                        + SharedText.readable(p.email()).replaceAll("\\s", ""));
            }
        }
        line(out, ASYNC_FIRST + ":" + (s.asyncFirst() ? "TRUE" : "FALSE"));
        for (AgendaSection section : s.sections()) {
            line(out, AGENDA_SECTION + ":" + IcsText.escape(section.kind().name() + ";" + section.minutes() + ";"
                    + section.title()));
        }
        line(out, "END:VEVENT");
    }

    private static void milestone(StringBuilder out, MilestoneEvent m, Instant stamp) {
        Milestone ms = m.milestone();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:throughline-milestone-" + ms.id() + "@throughline.local");
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "SUMMARY:" + IcsText.escape(m.programKey() + ": " + ms.title()));
        line(out, "DTSTART;VALUE=DATE:" + DAY.format(ms.forecast()));
        line(out, "DTEND;VALUE=DATE:" + DAY.format(ms.forecast().plusDays(1)));
        line(out, "TRANSP:TRANSPARENT");
        StringBuilder description = new StringBuilder("Milestone of " + m.programKey() + ", forecast " + ms.forecast());
        if (ms.baseline() != null) {
            description.append(", baseline ").append(ms.baseline());
        }
        if (ms.deadline() != null) {
            description.append(", deadline ").append(ms.deadline());
        }
        if (!m.owner().isBlank()) {
            description.append(", owner ").append(m.owner());
        }
        description.append(", status ").append(ms.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        line(out, "DESCRIPTION:" + IcsText.escape(description.toString()));
        line(out, "CATEGORIES:Milestone");
        line(out, "END:VEVENT");
    }

    /**
     * The zone's VTIMEZONE: the definition shipped with ical4j (generated from the tz database) when it has
     * one, else a fixed-offset STANDARD block from the JDK's current offset.
     */
    static String timeZone(ZoneId zone) {
        String resource = "/zoneinfo/" + zone.getId() + ".ics";
        try (InputStream in = IcsExport.class.getResourceAsStream(resource)) {
            if (in != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                int begin = text.indexOf("BEGIN:VTIMEZONE");
                int end = text.indexOf("END:VTIMEZONE");
                if (begin >= 0 && end > begin) {
                    StringBuilder out = new StringBuilder();
                    for (String l : text.substring(begin, end + "END:VTIMEZONE".length()).split("\n")) {
                        if (l.startsWith("TZURL") || l.startsWith("X-LIC-LOCATION") || l.startsWith("LAST-MODIFIED")) {
                            continue;
                        }
                        out.append(l.startsWith(" ") ? l : l).append("\r\n");
                    }
                    return out.toString();
                }
            }
        } catch (IOException e) {
            // fall through to the fixed offset
        }
        String offset = offset(zone.getRules().getOffset(Instant.EPOCH));
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:" + offset);
        line(out, "TZOFFSETTO:" + offset);
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        return out.toString();
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", abs / 3600, (abs / 60) % 60);
    }

    private static void line(StringBuilder out, String line) {
        out.append(IcsText.fold(line));
    }
}
