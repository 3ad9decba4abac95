package dev.throughline.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.throughline.store.OutputTarget.IfExists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one guard every output goes through: what it refuses, and how it writes what it allows. */
class OutputTargetTest {

    @TempDir
    Path folder;

    private Path workspace;

    @BeforeEach
    void aWorkspaceWithACrashLeftover() throws IOException {
        workspace = folder.resolve("ws.db");
        try (Store store = Store.open(workspace)) {
            store.write(sql -> sql.update("insert into people (name, function, zone, work_start, work_end)"
                    + " values ('Ada', 'PM', 'UTC', '09:00', '17:00')"));
        }
        Files.createDirectories(Backups.folderFor(workspace));
        Files.writeString(folder.resolve("ws.db-wal"), "pretend WAL");
        Files.writeString(folder.resolve("ws.db.lock"), "123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws.db", "ws.db-wal", "ws.db-shm", "ws.db-journal", "ws.db.lock", "ws.backups",
            "ws.backups/new.md", "ws.db.damaged-20261201T000000Z", "ws.db.before-restore-20261201T000000Z",
            "./ws.db", "sub/../ws.db", "sub/../ws.db-wal", "WS.DB", "Ws.Db-Wal", "throughline-settings.properties"})
    void refusesEverySpellingOfWhatTheStoreOwns(String spelling) throws IOException {
        Files.createDirectories(folder.resolve("sub"));
        byte[] before = Files.readAllBytes(workspace);

        for (IfExists mode : IfExists.values()) {
            OutputRefusedException refused = assertThrows(OutputRefusedException.class,
                    () -> OutputTarget.of(folder.resolve(spelling), workspace, mode).writeText("# export\n"), spelling);
            assertOneLine(refused.getMessage());
        }

        assertArrayEquals(before, Files.readAllBytes(workspace));
        assertEquals("pretend WAL", Files.readString(folder.resolve("ws.db-wal")));
        assertNoTemporaryFilesIn(folder);
    }

    @Test
    void refusesLinksToTheWorkspaceAndItsFiles() throws IOException {
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Path symlink = Files.createSymbolicLink(elsewhere.resolve("report.md"), workspace);
        Path walLink = Files.createSymbolicLink(elsewhere.resolve("wal.md"), folder.resolve("ws.db-wal"));
        Path folderLink = Files.createSymbolicLink(elsewhere.resolve("here"), folder);
        Path hardLink = Files.createLink(elsewhere.resolve("copy.db"), workspace);
        Path hardWal = Files.createLink(elsewhere.resolve("notes.txt"), folder.resolve("ws.db-wal"));
        byte[] before = Files.readAllBytes(workspace);

        for (Path target : List.of(symlink, walLink, folderLink.resolve("ws.db"), folderLink.resolve("ws.db-shm"),
                folderLink.resolve("ws.backups/a.md"), hardLink, hardWal)) {
            assertThrows(OutputRefusedException.class,
                    () -> OutputTarget.of(target, workspace, IfExists.REPLACE).writeText("x"), target.toString());
        }

        assertArrayEquals(before, Files.readAllBytes(workspace));
        assertEquals("pretend WAL", Files.readString(folder.resolve("ws.db-wal")));
        assertTrue(Files.isSymbolicLink(symlink), "the link itself is left alone too");
    }

    @Test
    void refusesAWorkspaceReachedThroughALinkedWorkspacePath() throws IOException {
        Path linkedWorkspace = Files.createSymbolicLink(folder.resolve("alias.db"), workspace);

        OutputRefusedException refused = assertThrows(OutputRefusedException.class,
                () -> OutputTarget.of(folder.resolve("ws.db-wal"), linkedWorkspace, IfExists.REPLACE).writeText("x"));

        assertTrue(refused.getMessage().contains("write-ahead log"), refused.getMessage());
    }

    @Test
    void refusesFoldersPipesDevicesAndDanglingLinks() throws Exception {
        Path fifo = folder.resolve("pipe.md");
        assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is needed");
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Path dangling = Files.createSymbolicLink(folder.resolve("dangling.md"), folder.resolve("nowhere/x.md"));
        List<Path> targets = new java.util.ArrayList<>(List.of(fifo, sub, folder, dangling, folder.resolve("missing/x.md")));
        // A private device node: the same kind of file as /dev/null, without touching the machine's own.
        Path device = folder.resolve("null-device");
        if (run("mknod", device.toString(), "c", "1", "3") == 0) {
            targets.add(device);
        }

        for (Path target : targets) {
            for (IfExists mode : IfExists.values()) {
                OutputRefusedException refused = assertThrows(OutputRefusedException.class,
                        () -> OutputTarget.of(target, workspace, mode).writeText("x"), target + " " + mode);
                assertOneLine(refused.getMessage());
            }
        }

        assertFalse(Files.isRegularFile(fifo), "the pipe is still a pipe");
        assertTrue(Files.isDirectory(sub));
        if (Files.exists(device)) {
            assertFalse(Files.isRegularFile(device), "the device node is still a device");
        }
        assertFalse(Files.exists(folder.resolve("nowhere")));
        assertNoTemporaryFilesIn(folder);
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAllowedAndASqliteFileNever() throws IOException {
        Path report = Files.writeString(folder.resolve("report.md"), "old");
        Path otherWorkspace = folder.resolve("other.db");
        Store.open(otherWorkspace).close();
        byte[] otherBefore = Files.readAllBytes(otherWorkspace);

        OutputRefusedException refused = assertThrows(OutputRefusedException.class,
                () -> OutputTarget.of(report, workspace, IfExists.REFUSE).writeText("new"));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
        assertThrows(OutputRefusedException.class, () -> OutputTarget.of(report, workspace, IfExists.NEVER).writeText("new"));
        assertEquals("old", Files.readString(report));

        OutputTarget.of(report, workspace, IfExists.REPLACE).writeText("new");
        assertEquals("new", Files.readString(report));

        assertThrows(OutputRefusedException.class, () -> OutputTarget.of(otherWorkspace, workspace, IfExists.REPLACE).writeText("x"));
        assertArrayEquals(otherBefore, Files.readAllBytes(otherWorkspace));
    }

    @Test
    void writingThroughALinkReplacesTheFileItPointsToAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(Files.createDirectories(folder.resolve("real")).resolve("status.md"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("status.md"), real);

        Path written = OutputTarget.of(link, workspace, IfExists.REPLACE).writeText("new");

        assertEquals(real.toRealPath(), written);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFailingWriteLeavesNeitherHalfAFileNorATemporary() throws IOException {
        Path report = Files.writeString(folder.resolve("report.md"), "the last good export");

        OutputRefusedException failed = assertThrows(OutputRefusedException.class,
                () -> OutputTarget.of(report, workspace, IfExists.REPLACE).write(out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));

        assertEquals("Could not write " + report + ": the disk is full; nothing was written there.", failed.getMessage());
        assertEquals("the last good export", Files.readString(report));
        assertNoTemporaryFilesIn(folder);
    }

    @Test
    void aNewFileIsCreatedWholeAndShareable() throws IOException {
        Path written = OutputTarget.of(folder.resolve("new.md"), workspace, IfExists.REFUSE).writeText("hello");

        assertEquals("hello", Files.readString(written));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        assertNoTemporaryFilesIn(folder);
    }

    static void assertOneLine(String message) {
        assertFalse(message.isBlank());
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.contains("Exception"), message);
    }

    private static void assertNoTemporaryFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> temporary = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            assertTrue(temporary.isEmpty(), temporary.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
