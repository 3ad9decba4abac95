package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.ActionInput;
import dev.throughline.meeting.AgendaEntry;
import dev.throughline.meeting.AgendaSection;
import dev.throughline.meeting.ItemState;
import dev.throughline.meeting.MeetingInput;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.OccurrenceRecord;
import dev.throughline.meeting.SectionKind;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agenda} with stored state and carry-over, {@code minutes}, {@code actions}, {@code export-ics}, {@code import-ics}. */
class SyncsCliTest {

    @TempDir
    Path folder;

    private String db;
    private final LocalDate lastWeek = LocalDate.now().minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
    private final LocalDate thisWeek = lastWeek.plusDays(7);

    @BeforeEach
    void workspace() {
        Path file = folder.resolve("w.db");
        db = file.toString();
        try (Workspace w = Workspace.open(file)) {
            Person priya = w.people().create(new PersonInput("Priya Raman", "TPgM", Function.PM, "priya@example.com",
                    "", "", "America/Los_Angeles", "08:00", "16:00"));
            Program sso = w.programs().create(new ProgramInput("SSO-7", "SSO", "", ProgramStatus.ACTIVE,
                    Health.ON_TRACK, "", priya.id(), null, null, null, Priority.P1, "", ""));
            MeetingSeries s = w.meetings().create(sso.id(), new MeetingInput("SSO weekly", "FREQ=WEEKLY;BYDAY=TU;COUNT=20",
                    lastWeek.minusWeeks(2).toString(), "09:00", "30", "America/Los_Angeles", true, "",
                    List.of(priya.id()), List.of(new AgendaSection(SectionKind.FREE, "Vendor status", 10),
                    new AgendaSection(SectionKind.FREE, "Pen test scope", 10))));
            OccurrenceRecord ran = w.occurrences().start(s.id(), lastWeek);
            w.decisionLog().addAction(sso.id(), ran.id(), new ActionInput("Send the IdP list", priya.id(),
                    lastWeek.plusDays(2)));
            w.occurrences().next(ran.id(), ItemState.DONE);
            w.occurrences().end(ran.id());
            OccurrenceRecord next = w.occurrences().prepare(s.id(), thisWeek);
            AgendaEntry template = w.occurrences().meeting(next.id()).entries().stream()
                    .filter(e -> e.text().equals("Vendor status")).findFirst().orElseThrow();
            w.occurrences().setState(template.id(), ItemState.ASYNC);
        }
    }

    @Test
    void agendaPrintsTheStoredOccurrenceWithCarryOverAndEdits() {
        Run run = cli("--db", db, "agenda", "SSO-7", "--date", thisWeek.toString(), "--format", "md");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("Pen test scope _(carried from " + lastWeek + ")_"), run.out());
        assertTrue(run.out().contains("~~Vendor status~~ (handled async)"), run.out());
        assertTrue(run.out().contains("Send the IdP list — Priya Raman, due " + lastWeek.plusDays(2)), run.out());
        assertTrue(run.out().contains("OVERDUE"), run.out());
    }

    @Test
    void minutesAndActions() {
        Run minutes = cli("--db", db, "minutes", "SSO-7");
        assertEquals(0, minutes.exit(), minutes.toString());
        assertTrue(minutes.out().startsWith("# SSO-7 — SSO weekly: minutes"), minutes.out());
        assertTrue(minutes.out().contains("- [ ] Send the IdP list — Priya Raman"), minutes.out());

        Run none = cli("--db", db, "minutes", "SSO-7", "--date", thisWeek.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("“SSO weekly” has no minutes for " + thisWeek), none.err());

        Run overdue = cli("--db", db, "actions", "--overdue", "--format", "csv");
        assertEquals(0, overdue.exit(), overdue.toString());
        assertTrue(overdue.out().contains("SSO-7,Send the IdP list,Priya Raman," + lastWeek.plusDays(2) + ",Open,"),
                overdue.out());
    }

    @Test
    void exportThenImportIcs() throws Exception {
        Path out = folder.resolve("sso.ics");
        Run export = cli("--db", db, "export-ics", "SSO-7", "--out", out.toString());
        assertEquals(0, export.exit(), export.toString());
        String text = Files.readString(out);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
        assertTrue(text.contains("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=20\r\n"), text);

        Run imported = cli("--db", db, "import-ics", "SSO-7", out.toString());
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().contains("Added “SSO weekly”"), imported.out());

        Path bad = folder.resolve("bad.ics");
        Files.writeString(bad, "BEGIN:VCALENDAR\nBEGIN:VEVENT\nRRULE:FREQ=WEEKLY\nEND:VEVENT\nEND:VCALENDAR\n");
        Run refused = cli("--db", db, "import-ics", "SSO-7", bad.toString());
        assertEquals(2, refused.exit(), refused.toString());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("bad.ics: an untitled event has no start (DTSTART)."), refused.err());

        Run missingFolder = cli("--db", db, "export-ics", "SSO-7", "--out", folder.resolve("no/such/dir/x.ics").toString());
        assertEquals(2, missingFolder.exit(), missingFolder.toString());
        assertTrue(missingFolder.err().startsWith("throughline: Could not write"), missingFolder.err());
        assertFalse(Files.exists(folder.resolve("no")));
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new Run(exit, out.toString(), err.toString());
    }
}
