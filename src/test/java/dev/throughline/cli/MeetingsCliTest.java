package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.MeetingInput;
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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code meetings PROGRAM} and {@code agenda PROGRAM --series TITLE --date D --format md}. */
class MeetingsCliTest {

    @TempDir
    Path folder;

    private String db;
    private final LocalDate start = LocalDate.now().minusDays(14)
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.TUESDAY));

    @BeforeEach
    void workspace() {
        Path file = folder.resolve("w.db");
        db = file.toString();
        try (Workspace w = Workspace.open(file)) {
            Person priya = w.people().create(new PersonInput("Priya Raman", "TPgM", Function.PM, "priya@example.com",
                    "", "", "America/Los_Angeles", "08:00", "16:00"));
            Person kenji = w.people().create(new PersonInput("Kenji Sato", "EM", Function.ENGINEERING, "kenji@example.com",
                    "", "", "Asia/Tokyo", "09:00", "18:00"));
            Program sso = w.programs().create(new ProgramInput("SSO-7", "SSO", "", ProgramStatus.ACTIVE,
                    Health.ON_TRACK, "", priya.id(), null, null, null, Priority.P1, "", ""));
            w.milestones().create(sso.id(), new MilestoneInput("SCIM | GA", null, priya.id(), null, null,
                    start.plusDays(30), null, null, MilestoneStatus.PLANNED, ""));
            w.meetings().create(sso.id(), new MeetingInput("SSO weekly", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231", start.toString(), "09:00", "30",
                    "America/Los_Angeles", true, "", List.of(priya.id(), kenji.id()), null));
            w.meetings().create(sso.id(), new MeetingInput("Vendor review", "FREQ=MONTHLY;BYDAY=1WE;COUNT=2",
                    "2020-01-01", "10:00", "45", "America/Los_Angeles", false, "", List.of(priya.id()), null));
        }
    }

    @Test
    void meetingsListsNextOccurrencesWithWarnings() {
        Run run = cli("--db", db, "meetings", "sso-7", "--zone", "Europe/London", "--format", "csv");
        assertEquals(0, run.exit(), run.toString());
        String[] lines = run.out().strip().split("\\R");
        assertEquals("series,rule,start,your_time,minutes,async_first,warnings", lines[0]);
        assertEquals(4, lines.length, run.out()); // the vendor review ended in 2020
        assertTrue(lines[1].startsWith("SSO weekly,FREQ=WEEKLY;BYDAY=TU;UNTIL=20271231,Tue "), lines[1]);
        assertTrue(lines[1].contains("09:00 America/Los_Angeles"), lines[1]);
        assertTrue(lines[1].contains("Europe/London"), lines[1]);
        assertTrue(lines[1].contains("Kenji Sato: "), lines[1]);
        assertTrue(lines[1].contains("outside working hours 09:00–18:00 Asia/Tokyo"), lines[1]);
    }

    @Test
    void agendaPrintsMarkdownForTheGivenDate() {
        LocalDate date = start.plusDays(21);
        Run run = cli("--db", db, "agenda", "SSO-7", "--series", "sso weekly", "--date", date.toString(), "--format", "md",
                "--item", "Pen test <scope>");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("# SSO-7 — SSO weekly\n"), run.out());
        assertTrue(run.out().contains("SCIM \\| GA — due " + start.plusDays(30)), run.out());
        assertTrue(run.out().contains("Pen test \\<scope\\>"), run.out());
        assertTrue(run.out().contains("**Attendees:** Priya Raman, Kenji Sato"), run.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Run wrongDay = cli("--db", db, "agenda", "SSO-7", "--series", "SSO weekly", "--date",
                start.plusDays(1).toString());
        assertEquals(2, wrongDay.exit(), wrongDay.toString());
        assertTrue(wrongDay.err().contains("“SSO weekly” does not meet on " + start.plusDays(1)
                + "; the next occurrence is " + start.plusDays(7)), wrongDay.err());

        Run unknown = cli("--db", db, "agenda", "SSO-7", "--series", "Nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("No meeting series “Nope”; there are: SSO weekly, Vendor review."), unknown.err());

        Run ambiguous = cli("--db", db, "agenda", "SSO-7");
        assertEquals(2, ambiguous.exit());
        assertTrue(ambiguous.err().contains("choose one with --series"), ambiguous.err());

        Run badDate = cli("--db", db, "agenda", "SSO-7", "--series", "SSO weekly", "--date", "tomorrow");
        assertEquals(2, badDate.exit());
        Run badZone = cli("--db", db, "meetings", "SSO-7", "--zone", "Mars/Base");
        assertEquals(2, badZone.exit());
        assertTrue(badZone.err().contains("“Mars/Base” is not a time zone"), badZone.err());
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
