package dev.throughline.meeting;

import dev.throughline.validation.FieldProblem;
import dev.throughline.validation.TextRule;
import dev.throughline.validation.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A series as typed in a form or on the command line. {@link #toSeries} checks every field and reports
 * all problems at once. {@code skipped} is a comma-separated list of dates; null sections mean the default
 * template.
 */
public record MeetingInput(String title, String rrule, String firstDate, String startTime, String durationMinutes,
                           String zone, boolean asyncFirst, String skipped, List<Long> attendeeIds,
                           List<AgendaSection> sections) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public MeetingInput {
        title = TextRule.clean(title);
        rrule = TextRule.clean(rrule);
        firstDate = TextRule.clean(firstDate);
        startTime = TextRule.clean(startTime);
        durationMinutes = TextRule.clean(durationMinutes);
        zone = TextRule.clean(zone);
        skipped = TextRule.clean(skipped);
    }

    public static final String TITLE = "title";
    public static final String FIRST_DATE = "firstDate";
    public static final String START_TIME = "startTime";
    public static final String DURATION = "duration";
    public static final String ZONE = "zone";
    public static final String SKIPPED = "skipped";
    public static final String SECTIONS = "sections";

    public MeetingSeries toSeries(long id, long programId) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem(TITLE, "A title is required."));
        } else if (name.length() > 120) {
            problems.add(new FieldProblem(TITLE, "A title has at most 120 characters."));
        }
        String rule = null;
        try {
            rule = Recurrence.normalise(rrule);
            if (!Recurrence.bounded(rule)) {
                problems.add(new FieldProblem(Recurrence.FIELD, "The rule “" + rule + "” never ends: add COUNT=n (how many"
                        + " syncs) or UNTIL=yyyymmdd (the last day), for example the program's target date."));
                rule = null;
            }
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        LocalDate first = date(FIRST_DATE, "First date", firstDate, problems);
        if (first == null && (firstDate == null || firstDate.isBlank())) {
            problems.add(new FieldProblem(FIRST_DATE, "A first date is required (yyyy-MM-dd)."));
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(startTime == null ? "" : startTime.strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(START_TIME, "Start time must look like 09:30; “" + startTime + "” does not."));
        }
        int minutes = 0;
        try {
            minutes = Integer.parseInt(durationMinutes == null ? "" : durationMinutes.strip());
            if (minutes <= 0 || minutes > 480) {
                problems.add(new FieldProblem(DURATION, "Duration must be from 1 to 480 minutes; " + minutes + " is not."));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(DURATION, "Duration must be a whole number of minutes; “" + durationMinutes
                    + "” is not."));
        }
        ZoneId zoneId = null;
        try {
            zoneId = ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(ZONE, "“" + zone + "” is not a time zone; use a region like America/Los_Angeles."));
        }
        List<LocalDate> skip = new ArrayList<>();
        if (skipped != null && !skipped.isBlank()) {
            for (String each : skipped.split("[,\\s]+")) {
                if (!each.isBlank()) {
                    LocalDate d = date(SKIPPED, "Skipped date", each, problems);
                    if (d != null && !skip.contains(d)) {
                        skip.add(d);
                    }
                }
            }
        }
        List<AgendaSection> template = sections == null ? AgendaSection.defaults() : sections;
        for (AgendaSection s : template) {
            if (s.title() == null || s.title().isBlank()) {
                problems.add(new FieldProblem(SECTIONS, "Every agenda section needs a title."));
            } else if (s.minutes() <= 0) {
                problems.add(new FieldProblem(SECTIONS, "Agenda section “" + s.title() + "” needs a timebox above 0 minutes."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new MeetingSeries(id, programId, name, rule, first, time, minutes, zoneId, asyncFirst,
                skip.stream().sorted().toList(), attendeeIds == null ? List.of() : attendeeIds.stream().distinct().toList(),
                template);
    }

    public static MeetingInput of(MeetingSeries s) {
        return new MeetingInput(s.title(), s.rrule(), s.firstDate().toString(), s.startTime().toString(),
                String.valueOf(s.durationMinutes()), s.zone().getId(), s.asyncFirst(),
                String.join(",", s.skipped().stream().map(LocalDate::toString).toList()), s.attendeeIds(), s.sections());
    }

    private static LocalDate date(String field, String label, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, label + " must look like 2026-03-03; “" + text.strip() + "” does not."));
            return null;
        }
    }
}
