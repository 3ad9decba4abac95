package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
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
import dev.throughline.risk.TriggerKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code risks PROGRAM}: score, band and the triggered flag, highest score first. */
class RisksCliTest {

    @TempDir
    Path folder;

    private String db;

    /** SSO-7: a red risk whose milestone is forecast past its date (triggered), and a green assumption. */
    @BeforeEach
    void workspace() {
        Path file = folder.resolve("w.db");
        db = file.toString();
        try (Workspace w = Workspace.open(file)) {
            Person priya = w.people().create(new PersonInput("Priya Raman", "TPgM", Function.PM, "priya@example.com",
                    "", "", "America/New_York", "09:00", "17:00"));
            Program sso = w.programs().create(new ProgramInput("SSO-7", "SSO", "", ProgramStatus.ACTIVE,
                    Health.AT_RISK, "late", priya.id(), null, null, null, Priority.P1, "", ""));
            Milestone scim = w.milestones().create(sso.id(), new MilestoneInput("SCIM GA", null, null, null, null,
                    LocalDate.of(2099, 1, 19), null, LocalDate.of(2099, 1, 15), MilestoneStatus.PLANNED, ""));
            w.risks().create(sso.id(), new RaidInput(RaidType.ASSUMPTION, "IdP vendors keep their APIs", "", "", "",
                    "1", "3", "", "", "", Response.ACCEPT, "", null, null, null, "", Proximity.LATER, null,
                    RaidStatus.OPEN, List.of()));
            w.risks().create(sso.id(), new RaidInput(RaidType.RISK, "SCIM GA misses the renewal date", "", "", "",
                    "4", "5", "2", "5", "Priya Raman", Response.ESCALATE, "cut scope", TriggerKind.MILESTONE_LATER_THAN,
                    scim.id(), LocalDate.of(2099, 1, 15), "", Proximity.THIS_QUARTER, null, RaidStatus.OPEN,
                    List.of(scim.id())));
        }
    }

    @Test
    void csvListsScoreBandAndTriggeredFlag() throws IOException {
        Run run = cli("--db", db, "risks", "sso-7", "--format", "csv");

        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.err());
        List<CSVRecord> rows = parseCsv(run.out());
        assertEquals(2, rows.size());
        CSVRecord risk = rows.get(0);
        assertEquals("SCIM GA misses the renewal date", risk.get("title"));
        assertEquals("risk", risk.get("type"));
        assertEquals("20", risk.get("score"));
        assertEquals("red", risk.get("band"));
        assertEquals("10", risk.get("residual_score"));
        assertEquals("Priya Raman", risk.get("owner"));
        assertEquals("true", risk.get("triggered"));
        assertEquals("SSO-7 “SCIM GA” is forecast for 2099-01-19, after 2099-01-15.", risk.get("why_triggered"));
        assertEquals("SSO-7 “SCIM GA”", risk.get("milestones"));
        CSVRecord assumption = rows.get(1);
        assertEquals("3", assumption.get("score"));
        assertEquals("green", assumption.get("band"));
        assertEquals("false", assumption.get("triggered"));
    }

    @Test
    void tableAndJson() {
        Run table = cli("--db", db, "risks", "SSO-7");
        Run json = cli("--db", db, "risks", "SSO-7", "--format", "json");

        assertEquals(0, table.exit(), table.toString());
        assertTrue(table.out().startsWith("ref"), table.out());
        assertTrue(table.out().contains("SCIM GA misses the renewal date"), table.out());
        assertEquals(0, json.exit(), json.toString());
        assertTrue(json.out().contains("\"score\" : \"20\""), json.out());
        assertTrue(json.out().contains("\"triggered\" : \"true\""), json.out());
    }

    @Test
    void anUnknownProgramIsBadInput() {
        Run run = cli("--db", db, "risks", "NOPE-9");

        assertEquals(2, run.exit(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("throughline:") && run.err().contains("NOPE-9"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aBadFormatIsBadUsage() {
        assertEquals(2, cli("--db", db, "risks", "SSO-7", "--format", "xml").exit());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            return parser.getRecords();
        }
    }
}
