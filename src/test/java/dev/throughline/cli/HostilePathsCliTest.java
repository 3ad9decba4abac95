package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.throughline.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20, items 1, 10 and 11, through the jar's entry point on real files: no output lands on the
 * workspace or anything beside it, every error is one line in plain words, and read-only commands,
 * the backups listing and an interrupted {@code generate} leave nothing in the way.
 */
class HostilePathsCliTest {

    @TempDir
    Path folder;

    // ---- item 1: outputs never land on what the store owns ------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"ws.db", "ws.db-wal", "ws.db-shm", "ws.db.lock", "ws.backups", "ws.backups/x.md", "sub/../ws.db",
            "WS.db"})
    void noExportCommandWritesOntoTheWorkspaceOrItsFiles(String spelling) throws Exception {
        Path db = demo();
        Files.createDirectories(folder.resolve("sub"));
        Files.createDirectories(folder.resolve("ws.backups"));
        byte[] before = Files.readAllBytes(db);
        String out = folder.resolve(spelling).toString();

        for (List<String> command : exportCommands(out)) {
            Run run = cli(db, command);
            assertEquals(2, run.exit(), command + " " + run);
            assertOneLine(run);
            assertTrue(run.err().contains("never replaces"), run.err());
        }

        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(16, count(db, "people"));
        assertEquals(0, cli(db, List.of("check")).exit());
    }

    @Test
    void anOutputOntoTheWalOfAWorkspaceWithUncheckpointedCommitsKeepsThem() throws Exception {
        Path db = demo();
        try (Store open = Store.open(db)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                open.write(sql -> sql.update("insert into people (name, function, zone, work_start, work_end)"
                        + " values ('Extra " + n + "', 'PM', 'UTC', '09:00', '17:00')"));
            }
            assertTrue(Files.size(folder.resolve("ws.db-wal")) > 0, "the new people are only in the -wal");

            Run run = cli(db, List.of("snapshot", "CHK-12", "--format", "md", "--out", folder.resolve("ws.db-wal").toString()));

            assertEquals(2, run.exit(), run.toString());
            assertOneLine(run);
        }
        assertEquals(66, count(db, "people"));
    }

    @Test
    void devicesPipesAndFoldersAreRefusedWithoutBlocking() throws Exception {
        Path db = demo();
        List<Path> targets = new ArrayList<>(List.of(folder, Files.createDirectories(folder.resolve("reports"))));
        Path fifo = folder.resolve("pipe.md");
        if (shell("mkfifo", fifo.toString()) == 0) {
            targets.add(fifo);
        }
        // Private device nodes, the same devices as /dev/null and /dev/full: the machine's own are never risked.
        for (String[] device : new String[][] {{"null", "3"}, {"full", "7"}}) {
            Path node = folder.resolve(device[0]);
            if (shell("mknod", node.toString(), "c", "1", device[1]) == 0) {
                targets.add(node);
            }
        }
        for (Path target : targets) {
            for (List<String> command : exportCommands(target.toString())) {
                List<String> forced = new ArrayList<>(command);
                if (!command.get(0).equals("backup") && !command.get(0).equals("generate")) {
                    forced.add("--force");
                }
                Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli(db, forced));
                assertEquals(2, run.exit(), forced + " " + run);
                assertOneLine(run);
            }
            assertFalse(Files.isRegularFile(target), target + " is still what it was");
        }
        assertEquals(0, cli(db, List.of("check")).exit());
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path db = demo();
        Path report = Files.writeString(folder.resolve("status.md"), "last week's status");

        Run refused = cli(db, List.of("snapshot", "CHK-12", "--format", "md", "--out", report.toString()));
        assertEquals(2, refused.exit(), refused.toString());
        assertOneLine(refused);
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("last week's status", Files.readString(report));

        Run forced = cli(db, List.of("snapshot", "CHK-12", "--format", "md", "--out", report.toString(), "--force"));
        assertEquals(0, forced.exit(), forced.toString());
        assertTrue(Files.readString(report).contains("CHK-12"));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    // ---- item 10: every error is one line in the user's words --------------------------------

    @Test
    void anImpossibleDateIsNamedWithoutJavaClassNames() {
        Path db = demo();

        Run run = cli(db, List.of("agenda", "CHK-12", "--date", "2026-02-30"));

        assertEquals(2, run.exit(), run.toString());
        assertOneLine(run);
        assertFalse(run.err().contains("java."), run.err());
        assertTrue(run.err().contains("'2026-02-30' is not a date"), run.err());
    }

    @Test
    void usageErrorsAreOneLine() {
        Path db = demo();
        for (List<String> command : List.of(List.of("programs", "--bogus"), List.of("import"), List.of("nosuchcommand"),
                List.of("snapshot"), List.of("generate", "--programs", "many", "--out", "x.db"))) {
            Run run = cli(db, command);
            assertEquals(2, run.exit(), command + " " + run);
            assertOneLine(run);
            assertTrue(run.err().contains("--help"), run.err());
        }
    }

    @Test
    void aWalFromAnotherWorkspaceIsReportedOnOneLine() throws Exception {
        Path other = demo("other.db");
        Path db = folder.resolve("ws.db");
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("pragma wal_autocheckpoint = 0");
            st.executeUpdate("update milestones set title = title || ' (a much longer title that moves rows around the pages)'");
            st.executeUpdate("update people set name = name || ' Jr.'");
            Files.copy(Path.of(other + "-wal"), Path.of(db + "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }

        Run run = cli(db, List.of("snapshot", "CHK-12", "--save"));

        assertEquals(2, run.exit(), run.toString());
        assertOneLine(run);
        assertTrue(run.err().contains("damaged"), run.err());
        assertFalse(run.err().contains("***"), run.err());
    }

    @Test
    void anMspdiExportOntoAFullDiskSaysTheDiskIsFull() throws Exception {
        Path db = demo();
        Path small = Files.createDirectories(folder.resolve("small"));
        assumeTrue(shell("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString()) == 0,
                "needs a small tmpfs (root, mount allowed); skipped here");
        try {
            Files.write(small.resolve("filler"), new byte[40 * 1024]);

            Run run = cli(db, List.of("export", "CHK-12", "--format", "mspdi", "--out", small.resolve("chk.xml").toString()));

            assertEquals(2, run.exit(), run.toString());
            assertOneLine(run);
            assertTrue(run.err().contains("the disk is full"), run.err());
            try (Stream<Path> files = Files.list(small)) {
                assertEquals(List.of(small.resolve("filler")), files.toList(), "no half file, no temporary");
            }
        } finally {
            shell("umount", small.toString());
        }
    }

    @Test
    void aPlanThatTripsTheReaderIsNotReportedWithItsInternals() throws IOException {
        Path db = demo();
        Path gan = Files.writeString(folder.resolve("deep.gan"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project name=\"deep\" version=\"2.8.11\" locale=\"en_US\"><tasks empty-milestones=\"true\">"
                + "<task id=\"1\" name=\"a\" meeting=\"false\" start=\"2026-01-01\" duration=\"1\" complete=\"0\" expand=\"true\">"
                + "<task id=\"2\" name=\"b\" meeting=\"false\" start=\"2026-01-01\" duration=\"1\" complete=\"0\" expand=\"true\"/>"
                + "</task></tasks><resources/><allocations/></project>", StandardCharsets.UTF_8);

        Run run = cli(db, List.of("import", gan.toString(), "--new", "DEEP-1", "--dry-run"));

        assertEquals(2, run.exit(), run.toString());
        assertOneLine(run);
        assertFalse(run.err().contains("Cannot invoke"), run.err());
        assertFalse(run.err().contains("net.sf."), run.err());
        assertTrue(run.err().contains("deep.gan"), run.err());
    }

    @Test
    void aTitleWithALineBreakStaysOnOneLine() throws IOException {
        Path db = demo();
        Path ics = Files.writeString(folder.resolve("bad.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Weekly\\nsync\r\n"
                + "RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        Run imported = cli(db, List.of("import-ics", "SSO-7", ics.toString()));
        Run series = cli(db, List.of("export-ics", "SSO-7", "--series", "Weekly\nsync", "--out", folder.resolve("x.ics").toString()));

        for (Run run : List.of(imported, series)) {
            assertEquals(2, run.exit(), run.toString());
            assertOneLine(run);
        }
    }

    // ---- item 11: nothing left in the way -----------------------------------------------------

    @Test
    void backupsSkipsAPipeInTheBackupsFolder() throws Exception {
        Path db = demo();
        Path backups = Files.createDirectories(folder.resolve("ws.backups"));
        try (Store store = Store.open(db)) {
            store.backupTo(backups.resolve("auto-20261201T080000Z.db"));
        }
        assumeTrue(shell("mkfifo", backups.resolve("auto-20261202T080000Z.db").toString()) == 0, "needs mkfifo");

        Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cli(db, List.of("backups", "--format", "csv")));

        assertEquals(0, run.exit(), run.toString());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("auto-20261201T080000Z.db"), run.out());
    }

    @Test
    void readOnlyCommandsLeaveNoWalOrShmBehind() throws Exception {
        Path db = demo();
        assertFalse(Files.exists(folder.resolve("ws.db-wal")), "a clean close removes them");

        for (List<String> command : List.of(List.of("programs"), List.of("people", "--format", "csv"), List.of("check"),
                List.of("snapshot", "CHK-12", "--format", "json"), List.of("rollup"), List.of("agenda", "CHK-12"),
                List.of("backups"), List.of("backup", "--out", folder.resolve("copy.db").toString()))) {
            Run run = cli(db, command);
            assertEquals(0, run.exit(), command + " " + run);
            assertFalse(Files.exists(folder.resolve("ws.db-wal")), command + " left a -wal");
            assertFalse(Files.exists(folder.resolve("ws.db-shm")), command + " left a -shm");
        }
    }

    @Test
    void aKilledGenerateLeavesNothingThatBlocksTheRerun() throws Exception {
        Path out = folder.resolve("big.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.throughline.Main", "--db", folder.resolve("ws.db").toString(),
                "generate", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!writingStarted(out) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(child.isAlive(), "the child is killed while it writes: " + Files.readString(folder.resolve("child.log")));
            Thread.sleep(300);
        } finally {
            child.toHandle().destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(out), "a killed generate never leaves a half workspace under the asked name");

        Run rerun = cli(folder.resolve("ws.db"), List.of("generate", "--out", out.toString(), "--programs", "2", "--milestones", "4",
                "--people", "10", "--raid", "2", "--meetings", "1", "--snapshots", "1"));

        assertEquals(0, rerun.exit(), rerun.toString());
        assertEquals(2, count(out, "programs"));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(".big.db.generating") && !n.contains("-" + child.pid() + ".")).toList(),
                    "the rerun leaves no partial file of its own");
        }
    }

    private boolean writingStarted(Path out) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("." + out.getFileName() + ".generating")
                    || f.equals(out));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Every command that writes a file, aimed at {@code out}. */
    static List<List<String>> exportCommands(String out) {
        return List.of(
                List.of("snapshot", "CHK-12", "--format", "md", "--out", out),
                List.of("snapshot", "CHK-12", "--format", "pdf", "--out", out),
                List.of("export", "CHK-12", "--format", "mspdi", "--out", out),
                List.of("export", "CHK-12", "--format", "csv", "--what", "raid", "--out", out),
                List.of("export-ics", "CHK-12", "--out", out),
                List.of("rollup", "--format", "csv", "--out", out),
                List.of("backup", "--out", out),
                List.of("generate", "--out", out, "--programs", "1", "--milestones", "1", "--people", "10", "--raid", "0",
                        "--meetings", "0", "--snapshots", "0"));
    }

    record Run(int exit, String out, String err) {
    }

    static Run cli(Path db, List<String> command) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        args.addAll(command);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new Run(exit, out.toString(), err.toString());
    }

    static void assertOneLine(Run run) {
        assertTrue(run.err().startsWith("throughline: "), run.toString());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private Path demo() {
        return demo("ws.db");
    }

    private Path demo(String name) {
        Path db = folder.resolve(name);
        Run run = cli(db, List.of("demo"));
        assertEquals(0, run.exit(), run.toString());
        return db;
    }

    static long count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro", new java.util.Properties());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int shell(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
