package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.store.HoldWorkspaceOpen;
import dev.throughline.testing.SmallDisk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, items 2-6, through the command line on real files: the writer lock, verified backups on a
 * full disk, readable workspaces on a full disk or read-only folder, restore, and foreign files.
 */
class StoreSafetyCliTest {

    @TempDir
    Path folder;

    // ---- item 2: the single-writer lock ------------------------------------------------------------------

    @Test
    void deletingOrReplacingTheOldLockFileDoesNotLetASecondWriterIn() throws Exception {
        Path db = demoWorkspace();
        Path backup = folder.resolve("backup.db");
        assertEquals(0, cli("--db", db.toString(), "backup", "--out", backup.toString()).exit());
        long snapshots = count(db, "snapshots");
        Process holder = startHolder(db);
        try {
            waitUntilOpen(holder);
            Path lockFile = folder.resolve("workspace.db.lock");
            Files.deleteIfExists(lockFile);
            Run save = cli("--db", db.toString(), "snapshot", "SSO-7", "--save");
            Files.writeString(lockFile, "not a lock");
            Run restore = cli("--db", db.toString(), "restore", backup.toString());

            assertEquals(2, save.exit(), save.toString());
            assertTrue(save.err().contains("already open"), save.err());
            assertEquals(2, restore.exit(), restore.toString());
            assertTrue(restore.err().contains("already open"), restore.err());
            try (Stream<Path> files = Files.list(folder)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("before-restore")),
                        "restore moved nothing aside");
            }
            assertTrue(holder.isAlive(), "the writer still holds the workspace");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(snapshots, count(db, "snapshots"), "no snapshot was saved by the second writer");
        assertEquals(17, count(db, "people"), "the holder's own write is there");
    }

    // ---- item 3: every backup verified -------------------------------------------------------------------

    @Test
    void backupOntoANearlyFullDiskFailsClearlyAndLeavesNoFile() throws Exception {
        Path db = demoWorkspace();
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("small"), 1024 * 1024)) {
            disk.fillLeaving(24 * 1024);
            Path out = disk.resolve("copy.db");

            Run backup = cli("--db", db.toString(), "backup", "--out", out.toString());

            assertNotEquals(0, backup.exit(), backup.toString());
            assertFalse(backup.out().contains("Backed up"), backup.out());
            assertTrue(backup.err().contains("full"), "says the disk is full: " + backup.err());
            assertEquals(1, backup.err().lines().count(), backup.err());
            assertFalse(Files.exists(out), "no file under the name asked for");
            try (Stream<Path> files = Files.list(disk.folder())) {
                assertTrue(files.allMatch(f -> f.getFileName().toString().startsWith("filler-")), "no temporary left");
            }
        }
    }

    @Test
    void anImportStopsWhenItsBackupFails() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("small"), 2 * 1024 * 1024)) {
            Path db = disk.resolve("w.db");
            assertEquals(0, cli("--db", db.toString(), "demo").exit());
            long programs = count(db, "programs");
            disk.fillLeaving(160 * 1024);

            Run imported = cli("--db", db.toString(), "import", sample("plan.gan"), "--new", "GAN-1", "--tpgm", "Ana Lima",
                    "--milestones", "milestone,task");

            assertNotEquals(0, imported.exit(), imported.toString());
            assertTrue(imported.err().contains("backup"), "says the backup failed: " + imported.err());
            assertFalse(imported.out().contains("Imported"), imported.out());
            assertEquals(programs, count(db, "programs"), "nothing was imported");
            Path backups = disk.resolve("w.backups");
            if (Files.exists(backups)) {
                try (Stream<Path> files = Files.list(backups)) {
                    assertEquals(List.of(), files.toList(), "no empty or partial backup left");
                }
            }
        }
    }

    // ---- item 4: a full disk or a read-only folder is not damage -------------------------------------------

    @Test
    void onAFullDiskReadingCommandsWorkAndWritingSaysTheDiskIsFull() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("small"), 4 * 1024 * 1024)) {
            Path db = disk.resolve("w.db");
            assertEquals(0, cli("--db", db.toString(), "demo").exit());
            assertFalse(Files.exists(disk.resolve("w.db-shm")), "closed cleanly: no -shm yet");
            disk.fillLeaving(0);

            assertReadableButNotWritable(db, "full");
        }
    }

    @Test
    void inAReadOnlyFolderReadingCommandsWorkAndWritingSaysReadOnly() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("small"), 4 * 1024 * 1024)) {
            Path db = disk.resolve("w.db");
            assertEquals(0, cli("--db", db.toString(), "demo").exit());
            disk.makeReadOnly();
            try {
                assertReadableButNotWritable(db, "read-only");
            } finally {
                disk.makeWritable();
            }
        }
    }

    private void assertReadableButNotWritable(Path db, String cause) throws IOException, SQLException {
        byte[] before = Files.readAllBytes(db);
        Run check = cli("--db", db.toString(), "check");
        assertEquals(0, check.exit(), check.toString());
        assertTrue(check.out().contains("integrity: ok"), check.out());
        assertFalse(check.err().contains("damaged"), check.err());

        Run programs = cli("--db", db.toString(), "programs", "--format", "csv");
        assertEquals(0, programs.exit(), programs.toString());
        assertEquals(6, programs.out().lines().count(), programs.out());

        Path copy = Files.createDirectories(folder.resolve("elsewhere")).resolve("copy.db");
        Run backup = cli("--db", db.toString(), "backup", "--out", copy.toString());
        assertEquals(0, backup.exit(), backup.toString());
        assertEquals(5, count(copy, "programs"), "the copy on another disk holds the workspace");

        Run save = cli("--db", db.toString(), "snapshot", "SSO-7", "--save");
        assertNotEquals(0, save.exit(), save.toString());
        assertTrue(save.err().contains(cause), "says what is wrong (" + cause + "): " + save.err());
        assertFalse(save.err().contains("damaged") || save.err().contains("SQLITE_"), save.err());
        assertEquals(1, save.err().lines().count(), save.err());
        assertArrayEquals(before, Files.readAllBytes(db), "the workspace is unchanged");
    }

    // ---- item 5: restore ------------------------------------------------------------------------------------

    @Test
    void restoreKeepsTheRowsStillInTheSourcesWal() throws Exception {
        Path db = demoWorkspace();
        Path source = folder.resolve("crashed.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.execute("pragma wal_autocheckpoint = 0");
            for (int i = 0; i < 50; i++) {
                st.execute("insert into people (name, function, zone, work_start, work_end)"
                        + " values ('In the wal " + i + "', 'PM', 'UTC', '09:00', '17:00')");
            }
            // As a crash leaves it: the file and a -wal holding 50 committed people.
            Files.copy(db, source);
            Files.copy(folder.resolve("workspace.db-wal"), folder.resolve("crashed.db-wal"));
        }
        assertEquals(66, count(source, "people"));
        Path target = folder.resolve("target.db");
        assertEquals(0, cli("--db", target.toString(), "demo").exit());

        Run restore = cli("--db", target.toString(), "restore", source.toString());

        assertEquals(0, restore.exit(), restore.toString());
        assertEquals(66, count(target, "people"), "the 50 people in the source's -wal came along");
        Run check = cli("--db", target.toString(), "check");
        assertEquals(0, check.exit(), check.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".restore-")), "no temporary left");
        }
    }

    @Test
    void restoreRefusesAFolderAsTheWorkspace() throws Exception {
        Path db = demoWorkspace();
        Path backup = folder.resolve("backup.db");
        assertEquals(0, cli("--db", db.toString(), "backup", "--out", backup.toString()).exit());
        Path userFolder = Files.createDirectories(folder.resolve("adir"));
        Files.writeString(userFolder.resolve("notes.txt"), "mine");

        Run restore = cli("--db", userFolder.toString(), "restore", backup.toString());

        assertEquals(2, restore.exit(), restore.toString());
        assertTrue(restore.err().contains("folder"), restore.err());
        assertEquals("mine", Files.readString(userFolder.resolve("notes.txt")), "the folder is where it was");
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("adir.")), "nothing renamed");
        }
    }

    // ---- item 6: a file that is not ours is never written ------------------------------------------------

    @Test
    void anotherApplicationsFileWithOnlyAViewIsNeverWritten() throws Exception {
        Path foreign = folder.resolve("viewonly.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement st = c.createStatement()) {
            st.execute("create view answer as select 42 as value");
            st.execute("pragma user_version = 2");
        }
        byte[] before = Files.readAllBytes(foreign);

        for (String[] command : List.of(new String[] {"demo"}, new String[] {"programs"}, new String[] {"check"},
                new String[] {"snapshot", "SSO-7", "--save"}, new String[] {"people"})) {
            String[] args = Stream.concat(Stream.of("--db", foreign.toString()), Stream.of(command)).toArray(String[]::new);
            Run run = cli(args);
            assertEquals(2, run.exit(), String.join(" ", command) + ": " + run);
            assertTrue(run.err().contains("another application"), String.join(" ", command) + ": " + run.err());
            assertArrayEquals(before, Files.readAllBytes(foreign), String.join(" ", command) + " changed the file");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(foreign), files.toList(), "nothing left beside it");
        }
    }

    @Test
    void checkFindsASchemaThatIsNotWhatItsVersionSays() throws Exception {
        Path db = demoWorkspace();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            st.execute("alter table people drop column gitlab");
            st.execute("create table scratch (x)");
        }

        Run check = cli("--db", db.toString(), "check");

        assertEquals(1, check.exit(), check.toString());
        assertTrue(check.out().contains("integrity: ok"), "SQLite's own check passes: " + check.out());
        assertTrue(check.out().contains("table people has no column gitlab"), check.out());
        assertTrue(check.out().contains("unexpected table scratch"), check.out());
        assertEquals(1, check.err().lines().count(), check.err());
        assertTrue(check.err().contains("schema"), check.err());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new Run(exit, out.toString(), err.toString());
    }

    private Path demoWorkspace() {
        Path db = folder.resolve("workspace.db");
        Run demo = cli("--db", db.toString(), "demo");
        assertEquals(0, demo.exit(), demo.toString());
        return db;
    }

    private static String sample(String name) {
        return Path.of("src/test/resources/interchange", name).toAbsolutePath().toString();
    }

    private static long count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement st = c.createStatement();
             var rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Process startHolder(Path db) throws IOException {
        return new ProcessBuilder(System.getProperty("throughline.testJava", "java"), "-cp",
                System.getProperty("java.class.path"), HoldWorkspaceOpen.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void waitUntilOpen(Process holder) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertTrue(line != null && line.startsWith("open "), "the holder opened the workspace: " + line);
    }
}
