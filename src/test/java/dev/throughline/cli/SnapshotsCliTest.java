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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot KEY --take|--show|--diff} and {@code snapshots KEY}. */
class SnapshotsCliTest {

    @TempDir
    Path folder;

    private String db;
    private long milestoneId;
    private LocalDate forecast;

    @BeforeEach
    void workspace() {
        Path file = folder.resolve("w.db");
        db = file.toString();
        try (Workspace w = Workspace.open(file)) {
            Person priya = w.people().create(new PersonInput("Priya Raman", "TPgM", Function.PM, "priya@example.com",
                    "", "", "America/New_York", "09:00", "17:00"));
            Program sso = w.programs().create(new ProgramInput("SSO-7", "SSO <b>", "", ProgramStatus.ACTIVE,
                    Health.ON_TRACK, "", priya.id(), null, null, null, Priority.P1, "", ""));
            forecast = LocalDate.now().plusDays(100);
            Milestone scim = w.milestones().create(sso.id(), new MilestoneInput("SCIM | GA", null, null, null, forecast,
                    forecast, null, null, MilestoneStatus.PLANNED, ""));
            milestoneId = scim.id();
        }
    }

    @Test
    void takeListShowAndDiff() throws Exception {
        Run first = cli("--db", db, "snapshot", "sso-7", "--take", "--summary", "=cmd|' /C calc'!A0");
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().startsWith("Snapshot 1 of SSO-7 taken"), first.out());

        try (Workspace w = Workspace.open(Path.of(db))) {
            w.milestones().moveForecast(milestoneId, forecast.plusDays(15));
        }
        Run refused = cli("--db", db, "snapshot", "SSO-7", "--take", "--health", "on_track");
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("differs from the suggested at risk"), refused.err());
        Run second = cli("--db", db, "snapshot", "SSO-7", "--take", "--health", "on_track", "--reason", "vendor ok");
        assertEquals(0, second.exit(), second.toString());

        Run list = cli("--db", db, "snapshots", "SSO-7", "--format", "csv");
        assertEquals(0, list.exit(), list.toString());
        assertTrue(list.out().contains("'=cmd|' /C calc'!A0"), "spreadsheet-safe:\n" + list.out());
        assertTrue(list.out().contains("on_track,at_risk,vendor ok"), list.out());

        Run diff = cli("--db", db, "snapshot", "SSO-7", "--diff", "1", "2");
        assertTrue(diff.out().contains("“SCIM | GA” moved +15 days"), diff.out());

        Run md = cli("--db", db, "snapshot", "SSO-7", "--show", "2", "--format", "md");
        assertTrue(md.out().contains("| SCIM \\| GA |"), md.out());
        assertTrue(md.out().contains("## What changed"), md.out());

        Path html = folder.resolve("out.html");
        Run written = cli("--db", db, "snapshot", "SSO-7", "--show", "1", "--format", "html", "--out", html.toString());
        assertEquals(0, written.exit(), written.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("SSO &lt;b&gt;"), page);
        assertFalse(page.contains("<b>"), page);
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void badInputGetsAClearMessage() {
        cli("--db", db, "snapshot", "SSO-7", "--take");
        Run unknownProgram = cli("--db", db, "snapshots", "NOPE-1");
        assertEquals(2, unknownProgram.exit());
        Run unknownId = cli("--db", db, "snapshot", "SSO-7", "--show", "42");
        assertEquals(2, unknownId.exit());
        assertTrue(unknownId.err().contains("There is no snapshot 42."), unknownId.err());
        Run twoModes = cli("--db", db, "snapshot", "SSO-7", "--save", "--id", "1");
        assertEquals(2, twoModes.exit());
        assertTrue(twoModes.err().contains("at most one of --save"), twoModes.err());
        Run pdfToConsole = cli("--db", db, "snapshot", "SSO-7", "--format", "pdf");
        assertEquals(2, pdfToConsole.exit());
        assertTrue(pdfToConsole.err().contains("A PDF export needs --out FILE."), pdfToConsole.err());
        Run unwritable = cli("--db", db, "snapshot", "SSO-7", "--show", "1", "--out",
                folder.resolve("missing/dir/x.md").toString());
        assertEquals(2, unwritable.exit(), unwritable.toString());
        assertTrue(unwritable.err().contains("Could not write"), unwritable.err());
        assertTrue(unwritable.err().contains("does not exist"), unwritable.err());
    }

    @Test
    void theLatestSnapshotExportsToEachFormatAndAFailedWriteLeavesTheOldFileWhole() throws Exception {
        Run none = cli("--db", db, "snapshot", "SSO-7", "--format", "md");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("SSO-7 has no snapshot yet; take one with --save."), none.err());
        assertEquals(0, cli("--db", db, "snapshot", "SSO-7", "--save").exit());
        assertEquals(0, cli("--db", db, "snapshot", "SSO-7", "--save", "--summary", "second").exit());

        Run json = cli("--db", db, "snapshot", "SSO-7", "--format", "json");
        assertEquals(0, json.exit(), json.toString());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals(2, tree.get("id").asInt(), "the latest by default");
        assertEquals("second", tree.get("summary").asText());
        assertEquals("SCIM | GA", tree.get("payload").get("milestones").get(0).get("title").asText());

        Path pdf = folder.resolve("status.pdf");
        Run written = cli("--db", db, "snapshot", "SSO-7", "--id", "1", "--format", "pdf", "--out", pdf.toString());
        assertEquals(0, written.exit(), written.toString());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("SCIM | GA"));
        }

        Path folderInTheWay = folder.resolve("taken");
        Files.createDirectory(folderInTheWay);
        Run onFolder = cli("--db", db, "snapshot", "SSO-7", "--format", "csv", "--out", folderInTheWay.toString());
        assertEquals(2, onFolder.exit());
        assertTrue(onFolder.err().contains(folderInTheWay + " is a folder"), onFolder.err());
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void rollupHasOneRowPerProgram() {
        assertEquals(0, cli("--db", db, "snapshot", "SSO-7", "--save").exit());
        Run csv = cli("--db", db, "rollup", "--format", "csv");
        assertEquals(0, csv.exit(), csv.toString());
        List<String> lines = csv.out().lines().toList();
        assertEquals("program,name,status,health,reason,last_snapshot,milestones_slipped,red_risks", lines.get(0));
        assertEquals(2, lines.size(), csv.out());
        assertTrue(lines.get(1).startsWith("SSO-7,SSO <b>,active,ON_TRACK,"), lines.get(1));
        Run md = cli("--db", db, "rollup");
        assertTrue(md.out().contains("| **SSO-7** SSO &lt;b&gt; | On track |"), md.out());
        Run html = cli("--db", db, "rollup", "--format", "html");
        assertTrue(html.out().contains("SSO &lt;b&gt;"), html.out());
    }

    @Test
    void rollupListsTheWorstProgramsFirst(@org.junit.jupiter.api.io.TempDir Path other) {
        String sample = other.resolve("sample.db").toString();
        assertEquals(0, cli("--db", sample, "demo").exit());
        Run csv = cli("--db", sample, "rollup", "--format", "csv");
        assertEquals(0, csv.exit(), csv.toString());
        List<String> healths = csv.out().lines().skip(1).map(l -> l.split(",")[3]).toList();
        assertEquals(5, healths.size(), csv.out());
        List<String> worstFirst = new java.util.ArrayList<>(healths);
        worstFirst.sort(java.util.Comparator.comparingInt(h -> List.of("OFF_TRACK", "AT_RISK", "ON_TRACK").indexOf(h)));
        assertEquals(worstFirst, healths, csv.out());
        assertEquals("OFF_TRACK", healths.get(0), csv.out());
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
