package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.InterchangeService.ExportFormat;
import dev.throughline.milestone.Milestone;
import dev.throughline.people.Function;
import dev.throughline.people.PersonInput;
import dev.throughline.text.SharedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 8: a NUL (or any other control character) in a CSV cell never reaches the workspace,
 * and text stored before that rule still exports as MS Project XML that a strict parser and the app's
 * own import read back.
 */
class ControlCharacterRoundTripTest {

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        workspace.people().create(new PersonInput("Ana Lima", "", Function.PM, "ana@example.com", "", "",
                "Europe/Lisbon", "09:00", "17:00"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNulInACsvTitleIsDroppedOnImportAndTheMspdiExportReadsBack() throws Exception {
        Path csv = folder.resolve("milestones.csv");
        Files.writeString(csv, "title,forecast,notes\n\"Launch\u0000 beta\",2027-03-01,\"bell\u0007 and\u001b escape\"\n",
                StandardCharsets.UTF_8);
        long program = importInto(csv, "NUL-1");

        Milestone stored = workspace.milestones().milestones(program).get(0);
        assertEquals("Launch beta", stored.title(), "the NUL was dropped at the edge");
        assertEquals("bell and escape", stored.notes());

        Path xml = folder.resolve("nul.xml");
        workspace.interchange().export(program, ExportFormat.MSPDI, xml);
        assertWellFormed(xml);
        assertEquals(List.of("Launch beta"), titlesOf(reimport(xml, "NUL-2")));
    }

    @Test
    void textStoredBeforeTheEdgeRuleStillExportsAsXmlThatReadsBack() throws Exception {
        Path csv = folder.resolve("plain.csv");
        Files.writeString(csv, "title,forecast\nLaunch,2027-03-01\n", StandardCharsets.UTF_8);
        long program = importInto(csv, "OLD-1");
        String legacy = "Launch\u0000 \u202Eateb\u202C \uFFFEdone";
        workspace.store().write(sql -> sql.update("update milestones set title = ?, notes = ? where program_id = ?",
                legacy, "note\u0001", program));
        assertEquals(legacy, workspace.milestones().milestones(program).get(0).title(), "the row holds the old text");

        Path xml = folder.resolve("legacy.xml");
        workspace.interchange().export(program, ExportFormat.MSPDI, xml);
        String text = Files.readString(xml, StandardCharsets.UTF_8);

        assertWellFormed(xml);
        assertTrue(text.codePoints().noneMatch(SharedText::isBidiControl), "no bidi control in the XML");
        assertEquals(List.of("Launch ateb done"), titlesOf(reimport(xml, "OLD-2")));
    }

    // ---- helpers

    private long importInto(Path file, String key) {
        InterchangeService service = workspace.interchange();
        return service.importSource(service.source(service.inspect(file), null),
                new ImportOptions(new ImportTarget.NewProgram(key, null, "Ana Lima"), ImportOptions.defaultKinds())).programId();
    }

    private long reimport(Path xml, String key) {
        return importInto(xml, key);
    }

    private List<String> titlesOf(long program) {
        return workspace.milestones().milestones(program).stream().map(Milestone::title).toList();
    }

    private static void assertWellFormed(Path xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(xml.toFile()); // throws on any character XML 1.0 cannot hold
        String text = Files.readString(xml, StandardCharsets.UTF_8);
        assertFalse(text.contains("&#0;") || text.contains("\u0000"), "no NUL, raw or as a reference");
    }
}
