package dev.throughline.interchange;

import dev.throughline.meeting.AgendaSection;
import dev.throughline.meeting.MeetingInput;
import dev.throughline.meeting.SectionKind;
import dev.throughline.validation.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads sync series from an iCalendar file: every recurring VEVENT becomes a series (title, DTSTART with
 * its TZID, duration, RRULE, EXDATEs, attendees found in the directory by email, and Throughline's own
 * async-first flag and agenda template when present). Reading checks the whole file first: any problem
 * is one message naming the event and what is wrong, and nothing is returned.
 */
public final class IcsImport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** What a file holds: the series as inputs, and notes such as attendees who are not in the directory. */
    public record Result(List<MeetingInput> series, List<String> notes) {
    }

    private IcsImport() {
    }

    /**
     * Reads {@code text} (named {@code source} in messages). {@code emails} maps lower-case email to person
     * id. Every series is checked as the form would check it.
     */
    public static Result read(String source, String text, Map<String, Long> emails) {
        checkRules(source, text);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new ValidationException("file", source + " is not a valid iCalendar file: " + e.getMessage() + ".");
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("file", source + " could not be read as iCalendar: " + e.getMessage() + ".");
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        List<MeetingInput> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (VEvent event : events) {
            if (event.getProperty(Property.RRULE).isEmpty()) {
                continue;
            }
            String title = value(event, Property.SUMMARY).orElse("").strip();
            String name = title.isEmpty() ? "an untitled event" : "“" + title + "”";
            try {
                out.add(series(event, title, emails, notes));
            } catch (ValidationException e) {
                throw new ValidationException("file", source + ": " + name + " " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new ValidationException("file", source + " has no recurring event (VEVENT with an RRULE) to import"
                    + (events.isEmpty() ? "; it has no events at all." : "; its " + events.size()
                    + " event(s) happen once."));
        }
        return new Result(out, notes);
    }

    /** Checks each RRULE with Throughline's own messages before ical4j sees it (its messages name Java enums). */
    private static void checkRules(String source, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int lineNo = 0;
        for (int i = 0; i < lines.length; i++) {
            StringBuilder logical = new StringBuilder(lines[i]);
            lineNo = i + 1;
            while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                logical.append(lines[++i].substring(1));
            }
            String line = logical.toString();
            if (line.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
                try {
                    dev.throughline.meeting.Recurrence.normalise(line);
                } catch (ValidationException e) {
                    throw new ValidationException("file", source + " line " + lineNo + ": " + e.getMessage());
                }
            }
        }
    }

    private static MeetingInput series(VEvent event, String title, Map<String, Long> emails, List<String> notes) {
        Property start = event.getProperty(Property.DTSTART).map(p -> (Property) p)
                .orElseThrow(() -> new ValidationException("file", "has no start (DTSTART)."));
        if (start.getValue().length() == 8 || "DATE".equalsIgnoreCase(param(start, Parameter.VALUE))) {
            throw new ValidationException("file", "is an all-day recurring event; a sync needs a start time.");
        }
        ZoneId zone = zone(start);
        LocalDateTime first = dateTime(start.getValue(), zone, "DTSTART");
        long minutes;
        Optional<Property> end = event.getProperty(Property.DTEND);
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (end.isPresent()) {
            LocalDateTime last = dateTime(end.get().getValue(), zone(end.get()), "DTEND");
            minutes = Duration.between(first.atZone(zone), last.atZone(zone(end.get()))).toMinutes();
        } else if (duration.isPresent()) {
            try {
                minutes = Duration.parse(duration.get().getValue()).toMinutes();
            } catch (DateTimeException e) {
                throw new ValidationException("file", "has a DURATION “" + duration.get().getValue() + "” that is not"
                        + " like PT30M.");
            }
        } else {
            throw new ValidationException("file", "has neither an end (DTEND) nor a DURATION.");
        }
        List<String> skipped = new ArrayList<>();
        for (Property exdate : event.<Property>getProperties(Property.EXDATE)) {
            ZoneId exZone = zone(exdate);
            for (String each : exdate.getValue().split(",")) {
                if (each.length() == 8) {
                    skipped.add(LocalDate.parse(each, DAY).toString());
                } else {
                    skipped.add(dateTime(each, exZone, "EXDATE").atZone(exZone).withZoneSameInstant(zone).toLocalDate()
                            .toString());
                }
            }
        }
        List<Long> attendees = new ArrayList<>();
        for (Property attendee : event.<Property>getProperties(Property.ATTENDEE)) {
            String email = attendee.getValue().replaceFirst("(?i)^mailto:", "").strip().toLowerCase(Locale.ROOT);
            Long id = emails.get(email);
            if (id == null) {
                notes.add("“" + title + "”: attendee " + email + " is not in the people directory and was left out.");
            } else if (!attendees.contains(id)) {
                attendees.add(id);
            }
        }
        boolean asyncFirst = value(event, IcsExport.ASYNC_FIRST).map("TRUE"::equalsIgnoreCase).orElse(false);
        List<AgendaSection> sections = new ArrayList<>();
        for (Property section : event.<Property>getProperties(IcsExport.AGENDA_SECTION)) {
            sections.add(section(section.getValue()));
        }
        String rule = event.getProperty(Property.RRULE).map(p -> ((Property) p).getValue()).orElse("");
        MeetingInput input = new MeetingInput(title, rule, first.toLocalDate().toString(), first.toLocalTime().toString(),
                String.valueOf(minutes), zone.getId(), asyncFirst, String.join(",", skipped), attendees,
                sections.isEmpty() ? null : sections);
        input.toSeries(0, 0);
        return input;
    }

    private static AgendaSection section(String value) {
        String[] parts = value.replace("\\;", ";").replace("\\,", ",").replace("\\\\", "\\").split(";", 3);
        try {
            return new AgendaSection(SectionKind.valueOf(parts[0].strip()), parts[2], Integer.parseInt(parts[1].strip()));
        } catch (RuntimeException e) {
            throw new ValidationException("file", "has an agenda section “" + value + "” that is not KIND;MINUTES;TITLE.");
        }
    }

    private static ZoneId zone(Property p) {
        String tzid = param(p, Parameter.TZID);
        if (p.getValue().endsWith("Z") || tzid == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(tzid.strip());
        } catch (DateTimeException e) {
            throw new ValidationException("file", "uses the time zone “" + tzid + "”, which is not a known region"
                    + " like America/Los_Angeles.");
        }
    }

    private static LocalDateTime dateTime(String value, ZoneId zone, String what) {
        try {
            if (value.endsWith("Z")) {
                return LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL);
            }
            return LocalDateTime.parse(value, LOCAL);
        } catch (DateTimeException e) {
            throw new ValidationException("file", "has a " + what + " “" + value + "” that is not a date-time like"
                    + " 20261103T090000.");
        }
    }

    private static String param(Property p, String name) {
        Optional<Parameter> parameter = p.getParameter(name);
        return parameter.map(Parameter::getValue).orElse(null);
    }

    private static Optional<String> value(VEvent event, String name) {
        Optional<Property> p = event.getProperty(name);
        return p.map(Property::getValue);
    }
}
