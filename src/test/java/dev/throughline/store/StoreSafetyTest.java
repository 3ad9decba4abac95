package dev.throughline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.cli.Cli;
import dev.throughline.testing.SmallDisk;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20, items 2-6, at the store: lock semantics in one JVM, backups, interrupted restores, foreign files. */
class StoreSafetyTest {

    private static final String ADD_PERSON = "insert into people (name, function, zone, work_start, work_end)"
            + " values (?, 'PM', 'UTC', '09:00', '17:00')";

    @TempDir
    Path folder;

    // ---- item 2: the lock holds while this process reads its own workspace -----------------------------------

    /**
     * POSIX locks belong to the process: closing any descriptor of the file drops them, and SQLite unlocks
     * the whole file when its own count falls to zero. Reading the open workspace through other
     * connections and commands of the same process must not hand the lock to another process.
     */
    @Test
    void readingTheOpenWorkspaceInTheSameProcessKeepsTheWriterLock() throws Exception {
        Path db = folder.resolve("workspace.db");
        try (Store store = Store.open(db)) {
            store.write(sql -> sql.insert(ADD_PERSON, "Maya Okafor"));
            try (Store reader = Store.open(db, Store.Mode.READ_ONLY)) {
                assertEquals(1L, (long) reader.read(sql -> sql.count("select count(*) from people")));
            }
            assertThrows(WorkspaceRefusedException.class, () -> Store.open(db).close());
            assertThrows(StoreException.class, () -> Recovery.restore(db, db, Clock.systemUTC()));
            assertEquals(0, cli("--db", db.toString(), "programs"));
            assertEquals(0, cli("--db", db.toString(), "check"));
            assertEquals(0, cli("--db", db.toString(), "backup", "--out", folder.resolve("copy.db").toString()));
            assertTrue(Recovery.passesChecks(folder.resolve("copy.db")));

            ChildRun child = runMain("--db", db.toString(), "demo");

            assertEquals(2, child.exit(), child.toString());
            assertTrue(child.stderr().contains("already open in another Throughline (process "
                    + ProcessHandle.current().pid() + ")"), "names the holder: " + child);
            assertEquals(1L, (long) store.read(sql -> sql.count("select count(*) from people")), "the child wrote nothing");
        }
        try (Store again = Store.open(db)) {
            assertEquals(1L, (long) again.read(sql -> sql.count("select count(*) from people")));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".lock")), "no lock file at all");
        }
    }

    // ---- item 3: a migration stops when its backup fails ---------------------------------------------------

    @Test
    void aMigrationStopsWhenItsBackupCannotBeWritten() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(folder.resolve("small"), 1024 * 1024)) {
            Path db = disk.resolve("workspace-v8.db");
            try (InputStream in = StoreSafetyTest.class.getResourceAsStream("/fixtures/schema-v8.db")) {
                assertNotNull(in);
                Files.copy(in, db);
            }
            disk.fillLeaving(48 * 1024);

            StoreException e = assertThrows(StoreException.class, () -> Store.open(db).close());

            assertTrue(e.getMessage().contains("not upgraded"), e.getMessage());
            assertTrue(e.getMessage().contains("full"), "says why: " + e.getMessage());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?immutable=1");
                 Statement st = c.createStatement(); var rs = st.executeQuery("pragma user_version")) {
                assertEquals(8, rs.getInt(1), "still on schema 8");
            }
            Path backups = Backups.folderFor(db);
            if (Files.exists(backups)) {
                try (Stream<Path> files = Files.list(backups)) {
                    assertEquals(List.of(), files.toList(), "no empty or partial backup");
                }
            }
        }
    }

    // ---- item 5: an interrupted restore is finished or undone on the next open --------------------------------

    @Test
    void aRestoreKilledAfterItsCopyWasVerifiedIsFinishedOnTheNextOpen() throws Exception {
        Path db = workspaceWithPeople("workspace.db", 3);
        Path backup = workspaceWithPeople("backup.db", 7);
        // As a kill leaves it between keeping the previous file aside and renaming the copy into place.
        Path aside = folder.resolve("workspace.db.before-restore-20261202T080000Z");
        Path temporary = InterruptedRestore.temporaryFor(db, "before-restore-20261202T080000Z");
        Files.copy(backup, temporary);
        Files.createLink(aside, db);

        try (Store store = Store.open(db, Store.Mode.READ_ONLY)) {
            assertEquals(7L, (long) store.read(sql -> sql.count("select count(*) from people")),
                    "even a read-only command sees the restored workspace");
        }
        assertFalse(Files.exists(temporary));
        try (Store kept = Store.open(aside, Store.Mode.READ_ONLY)) {
            assertEquals(3L, (long) kept.read(sql -> sql.count("select count(*) from people")), "the previous file is kept");
        }
    }

    @Test
    void aRestoreKilledWhileWritingItsCopyIsUndoneOnTheNextOpen() throws Exception {
        Path db = workspaceWithPeople("workspace.db", 3);
        Path temporary = InterruptedRestore.temporaryFor(db, "before-restore-20261202T080000Z");
        Files.write(temporary, new byte[] {'S', 'Q', 'L'});

        try (Store store = Store.open(db)) {
            assertEquals(3L, (long) store.read(sql -> sql.count("select count(*) from people")));
        }
        assertFalse(Files.exists(temporary), "the half-written copy is gone");
    }

    @Test
    void aRestoreVerifiesItsCopyAndLeavesNothingWhenTheSourceIsNotAWorkspace() throws Exception {
        Path db = workspaceWithPeople("workspace.db", 3);
        Path foreign = folder.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("create view v as select 1");
        }

        StoreException e = assertThrows(StoreException.class, () -> Recovery.restore(db, foreign, Clock.systemUTC()));

        assertTrue(e.getMessage().contains("another application"), e.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("foreign.db", "workspace.db"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    // ---- item 6: files that are not ours ------------------------------------------------------------------

    @Test
    void aFileWithOnlyAViewIsAnotherApplicationsDatabase() throws Exception {
        Path foreign = folder.resolve("viewonly.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement st = c.createStatement()) {
            st.execute("create view answer as select 42");
            st.execute("pragma user_version = 2");
        }
        byte[] before = Files.readAllBytes(foreign);

        WorkspaceRefusedException e = assertThrows(WorkspaceRefusedException.class, () -> Store.open(foreign).close());

        assertEquals(WorkspaceRefusedException.Reason.FOREIGN_DATABASE, e.reason());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(foreign)));
    }

    @Test
    void theSchemaCheckFindsMissingTablesAndColumnsAndAcceptsEveryVersionWeWrote() throws Exception {
        for (int version = 1; version <= 8; version++) {
            Path db = folder.resolve("v" + version + ".db");
            try (InputStream in = StoreSafetyTest.class.getResourceAsStream("/fixtures/schema-v" + version + ".db")) {
                Files.copy(in, db);
            }
            try (Store store = Store.open(db, Store.Mode.READ_ONLY)) {
                assertEquals(List.of(), store.schemaProblems(), "fixture v" + version);
            }
        }
        Path db = workspaceWithPeople("workspace.db", 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("drop table intake_requests");
        }
        try (Store store = Store.open(db, Store.Mode.READ_ONLY)) {
            assertEquals(List.of("table intake_requests is missing"), store.schemaProblems());
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Path workspaceWithPeople(String name, int people) {
        Path db = folder.resolve(name);
        try (Store store = Store.open(db)) {
            store.write(sql -> {
                for (int i = 0; i < people; i++) {
                    sql.insert(ADD_PERSON, "Person " + i);
                }
                return null;
            });
        }
        return db;
    }

    private static int cli(String... args) {
        return Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).exitCode();
    }

    private record ChildRun(int exit, String stdout, String stderr) {
    }

    private ChildRun runMain(String... args) throws Exception {
        Path out = Files.createTempFile(folder, "child", ".out");
        Path err = Files.createTempFile(folder, "child", ".err");
        List<String> command = Stream.concat(Stream.of(System.getProperty("throughline.testJava", "java"),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "dev.throughline.Main"),
                Stream.of(args)).toList();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish");
        }
        ChildRun run = new ChildRun(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
