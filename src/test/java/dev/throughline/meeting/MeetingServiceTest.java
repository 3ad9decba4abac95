package dev.throughline.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.milestone.Milestone;
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
import dev.throughline.risk.Proximity;
import dev.throughline.risk.RaidInput;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import dev.throughline.risk.Response;
import java.time.Clock;
import java.time.ZoneOffset;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series edits with undo/redo, occurrences with attendees' zones, and agendas from a real workspace. */
class MeetingServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private MeetingService meetings;
    private final List<WorkspaceEvent> events = new ArrayList<>();
    private Person maya;
    private Person kenji;
    private Program chk;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        workspace.events().subscribe(WorkspaceEvent.class, events::add);
        meetings = new MeetingService(workspace.store(), workspace.commands(), Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                workspace.programs(), workspace.people(), workspace.milestones(), workspace.risks(), workspace.raci(),
                workspace.decisionLog());
        maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "maya@example.com", "", "",
                "America/Los_Angeles", "08:00", "16:00"));
        kenji = workspace.people().create(new PersonInput("Kenji Sato", "EM", Function.ENGINEERING, "kenji@example.com",
                "", "", "Asia/Tokyo", "09:00", "18:00"));
        chk = workspace.programs().create(new ProgramInput("CHK-1", "Checkout", "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", maya.id(), null, null, null, Priority.P1, "", ""));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private MeetingInput weekly(String title, String rule, String time) {
        return new MeetingInput(title, rule, "2026-11-03", time, "30", "America/Los_Angeles", true, "2026-12-29",
                List.of(maya.id(), kenji.id()), null);
    }

    @Test
    void createEditDeleteAreUndoableAndKeepTheId() {
        MeetingSeries created = meetings.create(chk.id(), weekly("Checkout weekly", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231", "09:00"));
        assertTrue(events.contains(new EntityChanged(EntityChanged.Entity.MEETING_SERIES, created.id())));
        assertEquals(List.of(maya.id(), kenji.id()), meetings.get(created.id()).attendeeIds());
        assertEquals(AgendaSection.defaults(), meetings.get(created.id()).sections());
        assertEquals(List.of(LocalDate.of(2026, 12, 29)), meetings.get(created.id()).skipped());

        meetings.update(created.id(), new MeetingInput("Checkout sync", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=20", "2026-11-05",
                "10:00", "45", "America/Los_Angeles", false, "", List.of(maya.id()),
                List.of(new AgendaSection(SectionKind.FREE, "Demo", 45))));
        MeetingSeries edited = meetings.get(created.id());
        assertEquals("Checkout sync", edited.title());
        assertEquals(List.of(maya.id()), edited.attendeeIds());
        assertEquals(1, edited.sections().size());

        workspace.commands().undo();
        assertEquals(created, meetings.get(created.id()));
        workspace.commands().redo();
        assertEquals(edited, meetings.get(created.id()));

        meetings.delete(created.id());
        assertTrue(meetings.series(chk.id()).isEmpty());
        workspace.commands().undo();
        assertEquals(edited, meetings.get(created.id()));

        workspace.commands().undo(); // the edit
        workspace.commands().undo(); // the create
        assertTrue(meetings.series(chk.id()).isEmpty());
        workspace.commands().redo();
        assertEquals(created.id(), meetings.series(chk.id()).get(0).id());
    }

    @Test
    void badInputNamesEveryProblemAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> meetings.create(chk.id(),
                new MeetingInput(" ", "FREQ=WEEKLIE", "2026-13-01", "9am", "0", "Pacific/Nowhere", true, "someday",
                        List.of(), null)));
        String message = e.getMessage();
        assertTrue(message.contains("A title is required"), message);
        assertTrue(message.contains("unknown frequency “WEEKLIE”"), message);
        assertTrue(message.contains("First date must look like"), message);
        assertTrue(message.contains("Start time must look like 09:30"), message);
        assertTrue(message.contains("Duration must be from 1 to 480 minutes"), message);
        assertTrue(message.contains("“Pacific/Nowhere” is not a time zone"), message);
        assertTrue(message.contains("Skipped date must look like"), message);
        assertTrue(meetings.series(chk.id()).isEmpty());
        assertTrue(workspace.commands().undoDescription().isEmpty() || !workspace.commands().undoDescription().get().contains("sync"));

        ValidationException ghost = assertThrows(ValidationException.class, () -> meetings.create(chk.id(),
                new MeetingInput("Sync", "FREQ=WEEKLY;COUNT=3", "2026-11-03", "09:00", "30", "UTC", true, "",
                        List.of(9999L), null)));
        assertTrue(ghost.getMessage().contains("not in the people directory"));

        ValidationException endless = assertThrows(ValidationException.class, () -> meetings.create(chk.id(),
                weekly("Sync", "FREQ=WEEKLY;BYDAY=TU", "09:00")));
        assertTrue(endless.getMessage().contains("“FREQ=WEEKLY;BYDAY=TU” never ends: add COUNT=n"), endless.getMessage());
        assertTrue(meetings.series(chk.id()).isEmpty(), "an unbounded rule stores nothing");
    }

    @Test
    void occurrencesShowEachAttendeesTimeAndWarnOutsideWorkingHours() {
        MeetingSeries s = meetings.create(chk.id(), weekly("Checkout weekly", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231", "09:00"));
        List<Occurrence> next = meetings.upcoming(chk.id(), 3);
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15)),
                next.stream().map(o -> o.start().toLocalDate()).toList());
        Occurrence first = next.get(0);
        AttendeeTime inTokyo = first.attendees().get(1);
        // 09:00 Tuesday Pacific (UTC-8) is 02:00 Wednesday in Tokyo.
        assertEquals(LocalTime.of(2, 0), inTokyo.start().toLocalTime());
        assertEquals(LocalDate.of(2026, 12, 2), inTokyo.start().toLocalDate());
        assertFalse(first.attendees().get(0).outside());
        assertEquals(1, first.warnings().size());
        assertTrue(first.warnings().get(0).startsWith("Kenji Sato: Wed 02:00–02:30 local is outside working hours"),
                first.warnings().get(0));
        assertEquals(LocalTime.of(12, 0), first.startIn(java.time.ZoneId.of("America/New_York")).toLocalTime());

        // the skipped date is not an occurrence, and asking for it says so
        ValidationException e = assertThrows(ValidationException.class,
                () -> meetings.occurrence(s, LocalDate.of(2026, 12, 29)));
        assertTrue(e.getMessage().contains("(that date is skipped); the next occurrence is 2027-01-05"), e.getMessage());
    }

    @Test
    void agendaComesFromThePlan() {
        Milestone due = workspace.milestones().create(chk.id(), new MilestoneInput("Payments API", null, maya.id(),
                null, null, LocalDate.of(2026, 12, 10), null, null, MilestoneStatus.PLANNED, ""));
        workspace.milestones().create(chk.id(), new MilestoneInput("Launch", null, null, null, null,
                LocalDate.of(2027, 3, 1), null, null, MilestoneStatus.PLANNED, ""));
        workspace.milestones().takeBaseline(chk.id(), "Plan");
        workspace.milestones().moveForecast(due.id(), LocalDate.of(2026, 12, 14));
        workspace.risks().create(chk.id(), new RaidInput(RaidType.RISK, "PSP <b>certification</b> late", "", "", "",
                "4", "5", "", "", "Maya Okafor", Response.REDUCE, "", null, null, null, "", Proximity.THIS_QUARTER,
                null, RaidStatus.OPEN, List.of()));
        workspace.risks().create(chk.id(), new RaidInput(RaidType.RISK, "Minor copy change", "", "", "", "1", "2", "",
                "", "", Response.ACCEPT, "", null, null, null, "", Proximity.LATER, null, RaidStatus.OPEN, List.of()));
        workspace.raci().addDeliverable(chk.id(), "Runbook", null, null);
        MeetingSeries s = meetings.create(chk.id(), weekly("Checkout weekly", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231", "09:00"));

        Agenda agenda = meetings.agenda(s.id(), LocalDate.of(2026, 12, 1), List.of("Holiday *freeze*"));

        List<String> texts = agenda.items().stream().map(AgendaItem::text).toList();
        assertTrue(texts.contains("Payments API — due 2026-12-14 (Maya Okafor)"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Payments API — 4 days late vs baseline")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("PSP <b>certification</b> late — score 20")), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("Minor copy change")), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("Launch")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Runbook")), texts.toString());
        assertTrue(texts.contains("Holiday *freeze*"));
        assertTrue(agenda.items().stream().allMatch(i -> i.minutes() >= 1));
        assertEquals(List.of("Maya Okafor", "Kenji Sato"), agenda.attendees());

        String md = AgendaMarkdown.render(agenda);
        assertTrue(md.startsWith("# CHK\\-1 — Checkout weekly\n") || md.startsWith("# CHK-1 — Checkout weekly\n"), md);
        assertTrue(md.contains("PSP \\<b\\>certification\\</b\\> late"), md);
        assertTrue(md.contains("Holiday \\*freeze\\*"), md);
        assertTrue(md.contains("## Due in the next 14 days"), md);
        assertTrue(md.contains("**When:** Tue 2026-12-01 09:00 America/Los_Angeles (30 min"), md);
    }

    @Test
    void emptySectionsSayNothingToDiscuss() {
        MeetingSeries s = meetings.create(chk.id(), weekly("Checkout weekly", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231", "09:00"));
        Agenda agenda = meetings.agenda(s.id(), null, List.of());
        assertEquals(LocalDate.of(2026, 12, 1), agenda.start().toLocalDate());
        assertEquals("Nothing to discuss.", agenda.items().get(0).text());
        assertEquals(0, agenda.items().get(0).minutes());
    }
}
