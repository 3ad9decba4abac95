package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.people.Function;
import dev.throughline.people.PersonInput;
import dev.throughline.validation.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that must be refused with a message naming the file and the place, leaving the workspace as it was. */
class BadInputTest {

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        workspace.people().create(new PersonInput("Ana Lima", "", Function.ENGINEERING, "ana@example.com", "", "",
                "Europe/Lisbon", "09:00", "17:00"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Reads, plans and imports like the wizard; returns the refusal. */
    private String refusal(Path file) {
        InterchangeService service = workspace.interchange();
        ValidationException e = assertThrows(ValidationException.class, () -> service.importSource(
                service.source(service.inspect(file), null),
                new ImportOptions(new ImportTarget.NewProgram("BAD-1", null, "Ana Lima"), ImportOptions.defaultKinds())));
        assertEquals(0, workspace.programs().all().size(), "nothing was written");
        assertEquals(1, workspace.people().all().size(), "nothing was written");
        assertFalse(Files.exists(folder.resolve("w.backups")) && hasImportBackup(), "no backup for a refused file");
        return e.getMessage();
    }

    private boolean hasImportBackup() {
        try (Stream<Path> files = Files.list(folder.resolve("w.backups"))) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("pre-import"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void truncatedXmlNamesTheLine() {
        String message = refusal(ProjectImportTest.sample("truncated.xml"));
        assertTrue(message.startsWith("truncated.xml, line "), message);
        assertTrue(message.contains("not well-formed XML"), message);
    }

    @Test
    void garbageIsNotAPlan() {
        String mpp = refusal(ProjectImportTest.sample("garbage.mpp"));
        assertTrue(mpp.startsWith("garbage.mpp: "), mpp);
        String xml = refusal(ProjectImportTest.sample("garbage.xml"));
        assertTrue(xml.startsWith("garbage.xml: "), xml);
        assertTrue(xml.contains("not a project plan") || xml.contains("cannot be read"), xml);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.xml"));
        assertEquals("empty.xml: the file is empty", refusal(empty));
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String original = Files.readString(ProjectImportTest.sample("plan.xml"));
        String hostile = original.replace("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Project [ <!ENTITY xxe SYSTEM \""
                        + secret.toUri() + "\"> ]>").replace("<Title>Checkout redesign</Title>", "<Title>&xxe;</Title>");
        Path file = Files.writeString(folder.resolve("xxe.xml"), hostile);

        String message = refusal(file);

        assertTrue(message.startsWith("xxe.xml, line 2"), message);
        assertTrue(message.contains("DOCTYPE"), message);
        assertFalse(message.contains("TOP-SECRET"), message);
        assertTrue(workspace.programs().all().stream().noneMatch(p -> p.name().contains("TOP-SECRET")));
    }

    @Test
    void anExternalEntityIsNotResolvedByMpxjEither() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String hostile = Files.readString(ProjectImportTest.sample("plan.xml"))
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Project [ <!ENTITY xxe SYSTEM \""
                                + secret.toUri() + "\"> ]>").replace("<Title>Checkout redesign</Title>", "<Title>&xxe;</Title>");
        Path file = Files.writeString(folder.resolve("xxe.xml"), hostile);
        // Past our guard, MPXJ's own reader must refuse or ignore the entity too (defence in depth).
        try {
            var project = new net.sf.mpxj.reader.UniversalProjectReader().read(file.toFile());
            assertTrue(project == null || project.getProjectProperties().getProjectTitle() == null
                    || !project.getProjectProperties().getProjectTitle().contains("TOP-SECRET"));
        } catch (net.sf.mpxj.MPXJException refused) {
            assertFalse(String.valueOf(refused.getMessage()).contains("TOP-SECRET"));
        }
    }

    @Test
    void aGanttProjectDependencyOnAMissingTaskIsRefused() {
        String message = refusal(ProjectImportTest.sample("missing-dependency.gan"));
        assertTrue(message.startsWith("missing-dependency.gan, line 40"), message);
        assertTrue(message.contains("task 6 has a dependency on task 99, which is not in the file"), message);
    }

    @Test
    void aCsvWithABadDateOnLine37IsRefusedWhole() {
        String message = refusal(ProjectImportTest.sample("bad-date.csv"));
        assertEquals("bad-date.csv, line 37, column “forecast”: “2026-02-30” is not a date in ISO form (YYYY-MM-DD);"
                + " nothing was imported", message);
    }

    @Test
    void aCsvThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = Files.write(folder.resolve("latin1.csv"), "title,forecast\nCaf\u00e9,2026-01-01\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        String message = refusal(latin1);
        assertTrue(message.startsWith("latin1.csv: is not UTF-8"), message);
    }
}
