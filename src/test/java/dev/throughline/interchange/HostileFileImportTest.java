package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.validation.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 7: an import reads the file it was given and writes nothing outside the workspace. A
 * zip bomb is refused before anything is unpacked, an .mpp that is not a plan leaves no copy behind, a
 * Throughline workspace is refused with what to do instead, and the temporary folder of the importing
 * process (a folder of the test's own, so that other processes on the machine do not matter) is empty
 * afterwards.
 */
class HostileFileImportTest {

    @TempDir
    Path folder;

    @Test
    void hostileFilesLeaveNothingInTheTemporaryFolderAndABombIsRefusedQuickly() throws Exception {
        Path db = folder.resolve("w.db");
        Path otherWorkspace = folder.resolve("other.db");
        Workspace.open(otherWorkspace).close();
        Workspace.open(db).close();
        Path bomb = folder.resolve("bomb.mpp");
        zipOfZeros(bomb, 64L * 1024 * 1024);
        Path notAPlan = folder.resolve("notes.mpp");
        Files.copy(ProjectImportTest.sample("garbage.mpp"), notAPlan);
        Path compound = folder.resolve("memo.mpp");
        Files.write(compound, oleDocumentThatIsNotAPlan());
        Path zipped = folder.resolve("plan.zip");
        zipOf(zipped, "../../escape/plan.xml", Files.readAllBytes(ProjectImportTest.sample("plan.xml")));
        Path temp = Files.createDirectory(folder.resolve("tmp"));

        List<String> lines = runChild(temp, db, otherWorkspace, bomb, notAPlan, compound, zipped);

        assertEquals(5, lines.size(), String.join("\n", lines));
        assertRefused(lines.get(0), "other.db: is a Throughline workspace, not a file to import; open it with"
                + " File › Open workspace");
        assertTrue(lines.get(0).contains("restore"), lines.get(0));
        assertRefused(lines.get(1), "bomb.mpp: is a zip archive that unpacks to more than 6 MB");
        assertTrue(millis(lines.get(1)) < 20_000, "the bomb is refused within 20 s even on a busy machine: " + lines.get(1));
        assertRefused(lines.get(2), "notes.mpp: ");
        assertRefused(lines.get(3), "memo.mpp: not a project plan");
        assertTrue(lines.get(4).startsWith("0 "), "a zipped plan still imports: " + lines.get(4));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "the importing process's temporary folder is empty");
        }
        assertFalse(Files.exists(folder.getParent().resolve("escape")), "no path from inside the zip was used");
    }

    @Test
    void aThroughlineWorkspaceIsNotAnImportSourceWhateverItIsCalled() throws IOException {
        Path other = folder.resolve("other.db");
        Workspace.open(other).close();
        Path renamed = Files.copy(other, folder.resolve("plan.csv"));
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            InterchangeService service = workspace.interchange();
            for (Path file : List.of(other, renamed)) {
                String message = assertThrows(ValidationException.class, () -> service.inspect(file)).getMessage();
                assertTrue(message.startsWith(file.getFileName() + ": is a Throughline workspace, not a file to import;"),
                        message);
                assertTrue(message.contains("File › Open workspace") && message.contains("throughline restore"), message);
                assertFalse(message.contains("\n"), "one line: " + message);
            }
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path huge = folder.resolve("huge.xml");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(SourceFile.MAX_BYTES + 1); // sparse: no disk space used
        }
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            String message = assertThrows(ValidationException.class, () -> workspace.interchange().inspect(huge)).getMessage();
            assertTrue(message.startsWith("huge.xml: is 100 MB; Throughline imports files up to 100 MB"), message);
        }
    }

    @Test
    void theUnpackLimitFollowsTheArchiveSize() {
        assertEquals(1024L * 1024, ZipSource.limitFor(1000), "small archives may always unpack to 1 MB");
        assertEquals(100L * 2_000_000, ZipSource.limitFor(2_000_000), "100 times the archive's size");
        assertEquals(ZipSource.MAX_UNPACKED, ZipSource.limitFor(50_000_000), "and never more than 256 MB");
    }

    // ---- helpers

    private static void assertRefused(String line, String start) {
        assertTrue(line.startsWith("2 "), "refused with exit 2: " + line);
        String message = line.substring(line.indexOf(' ', 2) + 1);
        assertTrue(message.startsWith("throughline: " + start), message);
    }

    private static long millis(String line) {
        return Long.parseLong(line.split(" ")[1]);
    }

    private List<String> runChild(Path temp, Path db, Path... files) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"),
                "-Djava.io.tmpdir=" + temp, "-Dorg.sqlite.tmpdir=" + folder.resolve("sqlite-native"),
                "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), db.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Files.createDirectories(folder.resolve("sqlite-native"));
        Path stderr = folder.resolve("child.err");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child finished");
        assertEquals(0, child.exitValue(), Files.readString(stderr));
        return out.lines().filter(l -> l.matches("\\d+ \\d+ .*")).toList(); // POI's logger may print too
    }

    /** A zip whose one entry inflates to {@code size} zero bytes: about a thousand times its own size. */
    private static void zipOfZeros(Path file, long size) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("Project.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    private static void zipOf(Path file, String entry, byte[] content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
    }

    /** A real OLE compound document (what an .mpp is) that holds no project. */
    private static byte[] oleDocumentThatIsNotAPlan() throws IOException {
        try (var ole = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
             var out = new java.io.ByteArrayOutputStream()) {
            ole.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            ole.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
