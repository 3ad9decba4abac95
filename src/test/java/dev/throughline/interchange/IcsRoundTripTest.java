package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.AgendaSection;
import dev.throughline.meeting.MeetingInput;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.Recurrence;
import dev.throughline.meeting.SectionKind;
import dev.throughline.milestone.MilestoneInput;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.validation.ValidationException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series exported as .ics and imported back meets on the same instants; bad files import nothing. */
class IcsRoundTripTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private Person maya;
    private Person kenji;
    private Program chk;
    private Program sso;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "maya@example.com", "", "",
                "America/Los_Angeles", "08:00", "16:00"));
        kenji = workspace.people().create(new PersonInput("Kenji Sato", "EM", Function.ENGINEERING, "kenji@example.com",
                "", "", "Asia/Tokyo", "09:00", "18:00"));
        chk = program("CHK-1");
        sso = program("SSO-2");
    }

    private Program program(String key) {
        return workspace.programs().create(new ProgramInput(key, "Program " + key, "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", maya.id(), null, null, null, Priority.P1, "", ""));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aSeriesComesBackWithTheSameOccurrencesZoneAndTemplate() throws Exception {
        MeetingSeries original = workspace.meetings().create(chk.id(), new MeetingInput("Checkout; weekly, \"core\"",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270330", "2026-10-06", "09:00", "45", "America/Los_Angeles",
                true, "2026-12-29,2026-11-03", List.of(maya.id(), kenji.id()),
                List.of(new AgendaSection(SectionKind.MILESTONES_DUE, "Due soon", 20),
                        new AgendaSection(SectionKind.FREE, "Demo, then questions", 25))));
        Path file = tempDir.resolve("chk.ics");
        workspace.calendars().exportTo(chk.id(), CalendarService.Content.SERIES, null,
                dev.throughline.store.OutputTarget.of(file, workspace.store().file(), dev.throughline.store.OutputTarget.IfExists.REPLACE));
        String text = Files.readString(file);

        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        assertEquals(1, parsed.getComponents(Component.VEVENT).size(), "a standard parser reads it");
        assertEquals(1, parsed.getComponents(Component.VTIMEZONE).size());
        assertTrue(text.contains("DTSTART;TZID=America/Los_Angeles:20261006T090000\r\n"), text);
        assertTrue(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270331T065959Z\r\n"), text);
        assertTrue(text.contains("EXDATE;TZID=America/Los_Angeles:20261103T090000,20261229T090000\r\n"), text);
        assertTrue(text.contains("BEGIN:DAYLIGHT"), "the zone's daylight-saving rules travel with it");
        assertTrue(text.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "lines are folded at 75 octets");

        CalendarService.Imported imported = workspace.calendars().importFrom(sso.id(), file);
        assertEquals(List.of(), imported.notes());
        MeetingSeries back = imported.series().get(0);
        assertEquals(original.title(), back.title());
        assertEquals(original.zone(), back.zone());
        assertEquals(original.durationMinutes(), back.durationMinutes());
        assertEquals(original.skipped(), back.skipped());
        assertEquals(original.attendeeIds(), back.attendeeIds());
        assertEquals(original.sections(), back.sections());
        assertTrue(back.asyncFirst());
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2028, 1, 1);
        assertEquals(Recurrence.expand(original, from, to, 500), Recurrence.expand(back, from, to, 500));
        assertEquals(11, Recurrence.expand(back, from, to, 500).size(), "13 fortnights to 30 March, less two skipped");
    }

    @Test
    void milestonesAreAllDayEvents() throws Exception {
        workspace.milestones().create(chk.id(), new MilestoneInput("Beta, for real", null, null, null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4), null, null, MilestoneStatus.PLANNED, ""));
        String text = workspace.calendars().export(chk.id(), CalendarService.Content.BOTH, null);
        assertTrue(text.contains("SUMMARY:CHK-1: Beta\\, for real\r\n"), text);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20261204\r\nDTEND;VALUE=DATE:20261205\r\n"), text);
        Calendar parsed = new CalendarBuilder().build(new StringReader(text));
        assertEquals(1, parsed.getComponents(Component.VEVENT).size());
    }

    @Test
    void badFilesNameTheProblemAndImportNothing() throws Exception {
        Path garbage = tempDir.resolve("garbage.ics");
        Files.writeString(garbage, "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY oops no colon\n");
        assertMessage(garbage, "garbage.ics is not a valid iCalendar file");

        Path endless = tempDir.resolve("endless.ics");
        Files.writeString(endless, calendar(event("Good", "FREQ=WEEKLY;COUNT=3") + event("Endless", "FREQ=WEEKLY")));
        assertMessage(endless, "endless.ics: “Endless” The rule “FREQ=WEEKLY” never ends");

        Path unparsable = tempDir.resolve("bad-rule.ics");
        Files.writeString(unparsable, calendar(event("Odd", "FREQ=FORTNIGHTLY;COUNT=3")));
        assertMessage(unparsable, "unknown frequency “FORTNIGHTLY”");

        Path once = tempDir.resolve("once.ics");
        Files.writeString(once, calendar(event("Once", null)));
        assertMessage(once, "once.ics has no recurring event");

        assertTrue(workspace.meetings().series(sso.id()).isEmpty(), "nothing half-imported");
        assertFalse(workspace.commands().undoDescription().orElse("").contains("import"));
    }

    @Test
    void attendeesOutsideTheDirectoryAreNamedAndLeftOut() throws Exception {
        Path file = tempDir.resolve("outside.ics");
        Files.writeString(file, calendar(event("Vendor sync", "FREQ=MONTHLY;BYDAY=2TH;COUNT=6")
                .replace("END:VEVENT", "ATTENDEE;CN=Maya:mailto:MAYA@example.com\r\nATTENDEE:mailto:vendor@acme.test\r\nEND:VEVENT")));
        CalendarService.Imported imported = workspace.calendars().importFrom(sso.id(), file);
        assertEquals(List.of(maya.id()), imported.series().get(0).attendeeIds());
        assertEquals(List.of("“Vendor sync”: attendee vendor@acme.test is not in the people directory and was left out."),
                imported.notes());
        assertEquals(java.time.ZoneId.of("Europe/Berlin"), imported.series().get(0).zone());
    }

    private void assertMessage(Path file, String expected) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> workspace.calendars().importFrom(sso.id(), file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static String calendar(String events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events + "END:VCALENDAR\r\n";
    }

    private static String event(String title, String rule) {
        return "BEGIN:VEVENT\r\nUID:" + title + "@test\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:" + title
                + "\r\nDTSTART;TZID=Europe/Berlin:20261105T160000\r\nDURATION:PT30M\r\n"
                + (rule == null ? "" : "RRULE:" + rule + "\r\n") + "END:VEVENT\r\n";
    }
}
