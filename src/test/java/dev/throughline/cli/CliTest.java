package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless command line, run in-process through {@link Cli#run}. */
class CliTest {

    private static final Set<String> SAMPLE_KEYS = Set.of("CHK-12", "SSO-7", "EUR-3", "MOB-21", "AIS-4");
    private static final String PROGRAM_COLUMNS = "key,name,status,health,health_reason,tpgm,target,priority,archived,health_from";

    @TempDir
    Path folder;

    // ---- demo and listings ----------------------------------------------------------------------

    @Test
    void demoLoadsTheSamplePortfolio() {
        Path db = folder.resolve("workspace.db");

        Run demo = cli("--db", db.toString(), "demo");

        assertEquals(0, demo.exit(), demo.toString());
        assertTrue(demo.out().contains("5 programs, 16 people"), demo.out());
        assertEquals("", demo.err());
        assertTrue(Files.exists(db));
    }

    @Test
    void programsAsCsvListsTheSampleKeys() throws IOException {
        Path db = demoWorkspace();

        Run run = cli("--db", db.toString(), "programs", "--format", "csv");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(PROGRAM_COLUMNS, run.out().lines().findFirst().orElse(""));
        List<CSVRecord> records = parseCsv(run.out());
        assertEquals(SAMPLE_KEYS.size(), records.size());
        assertEquals(new TreeSet<>(SAMPLE_KEYS), keysOf(records));
        for (CSVRecord record : records) {
            assertFalse(record.get("name").isBlank(), record.toString());
            assertEquals("false", record.get("archived"), record.toString());
        }
    }

    @Test
    void programsAsJsonIsAnArrayOfFiveObjects() throws IOException {
        Path db = demoWorkspace();

        Run run = cli("--db", db.toString(), "programs", "--format", "json");

        assertEquals(0, run.exit(), run.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.isArray(), run.out());
        assertEquals(5, json.size());
        Set<String> keys = new TreeSet<>();
        for (JsonNode program : json) {
            assertTrue(program.isObject(), program.toString());
            assertEquals(List.of(PROGRAM_COLUMNS.split(",")), fieldNames(program));
            keys.add(program.get("key").asText());
        }
        assertEquals(new TreeSet<>(SAMPLE_KEYS), keys);
    }

    @Test
    void peopleAsTableHasAHeaderAndSixteenRows() {
        Path db = demoWorkspace();

        Run run = cli("--db", db.toString(), "people", "--format", "table");

        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("name "), lines.get(0));
        assertTrue(lines.get(0).contains("email"), lines.get(0));
        assertTrue(lines.get(1).matches("-+( +-+)+"), "a rule under the header: " + lines.get(1));
        List<String> rows = lines.subList(2, lines.size());
        assertEquals(16, rows.size(), run.out());
        assertTrue(rows.stream().noneMatch(String::isBlank), run.out());
    }

    @Test
    void demoRefusesAWorkspaceThatHoldsData() {
        Path db = demoWorkspace();
        Snapshot before = Snapshot.of(db);

        Run again = cli("--db", db.toString(), "demo");

        assertEquals(2, again.exit(), again.toString());
        assertCleanError(again);
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().contains("empty workspace"), again.err());
        assertEquals(16, cli("--db", db.toString(), "people", "--format", "csv").out().lines().count() - 1,
                "still the 16 sample people, not twice as many");
        before.assertSameContent();
    }

    // ---- bad usage --------------------------------------------------------------------------------

    @Test
    void anUnknownSubcommandIsBadUsage() {
        assertBadUsage(cli("--db", folder.resolve("workspace.db").toString(), "frobnicate"));
        assertFalse(Files.exists(folder.resolve("workspace.db")));
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        Path db = demoWorkspace();
        Run run = cli("--db", db.toString(), "programs", "--format", "xml");
        assertBadUsage(run);
        assertTrue(run.err().contains("xml"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void backupWithoutOutIsBadUsage() {
        Path db = demoWorkspace();
        Run run = cli("--db", db.toString(), "backup");
        assertBadUsage(run);
        assertTrue(run.err().contains("--out"), run.err());
    }

    // ---- check ------------------------------------------------------------------------------------

    @Test
    void checkReportsASoundWorkspace() {
        Path db = demoWorkspace();

        Run run = cli("--db", db.toString(), "check");

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("integrity: ok"), run.out());
        assertTrue(run.out().contains("schema version"), run.out());
    }

    @Test
    void checkRefusesAFileThatIsNotSqlite() throws IOException {
        Path file = textFile("notes.txt", "hello");
        Snapshot before = Snapshot.of(file);

        Run run = cli("--db", file.toString(), "check");

        assertEquals(2, run.exit(), run.toString());
        assertCleanError(run);
        assertTrue(run.err().contains("not a SQLite database"), run.err());
        before.assertUnchanged();
    }

    @Test
    void checkOnAMissingFileSaysThereIsNoWorkspace() {
        Path missing = folder.resolve("missing.db");

        Run run = cli("--db", missing.toString(), "check");

        assertNotEquals(0, run.exit(), run.toString());
        assertCleanError(run);
        assertTrue(run.err().contains("no workspace"), run.err());
        assertTrue(run.err().contains("missing.db"), run.err());
        assertFalse(Files.exists(missing), "check does not create the file");
    }

    @Test
    void checkFindsADamagedPage() throws Exception {
        Path db = demoWorkspace();
        corruptTableRootPage(db, "programs");

        Run run = cli("--db", db.toString(), "check");

        assertEquals(1, run.exit(), run.toString());
        assertFalse(run.out().contains("integrity: ok"), run.out());
        assertCleanError(run);
    }

    @Test
    void checkListsWhatIsWrongWithADamagedPage() throws Exception {
        Path db = demoWorkspace();
        corruptTableRootPage(db, "programs");

        Run run = cli("--db", db.toString(), "check");

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("schema version"), run.out());
        assertTrue(run.out().contains("problem(s)"), run.out());
        assertFalse(run.err().contains("run 'check'"), "check does not tell the user to run check: " + run.err());
    }

    // ---- backup -----------------------------------------------------------------------------------

    @Test
    void backupWritesAVerifiedCopyAndNeverOverwrites() throws Exception {
        Path db = demoWorkspace();
        Path copy = Files.createDirectories(folder.resolve("backups")).resolve("copy.db");

        Run first = cli("--db", db.toString(), "backup", "--out", copy.toString());

        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().contains(copy.getFileName().toString()), first.out());
        assertEquals(5, countRows(copy, "programs"));
        assertEquals(16, countRows(copy, "people"));
        Snapshot written = Snapshot.of(copy);

        Run second = cli("--db", db.toString(), "backup", "--out", copy.toString());

        assertEquals(2, second.exit(), second.toString());
        assertCleanError(second);
        assertTrue(second.err().contains("already there"), second.err());
        written.assertUnchanged();
    }

    @Test
    void programsOnAFileThatIsNotSqliteLeavesItUnchanged() throws IOException {
        Path file = textFile("notes.db", "hello, this is not a workspace\n");
        Snapshot before = Snapshot.of(file);

        Run run = cli("--db", file.toString(), "programs");

        assertEquals(2, run.exit(), run.toString());
        assertCleanError(run);
        assertEquals("", run.out());
        before.assertUnchanged();
        assertFalse(Files.exists(folder.resolve("notes.db-wal")));
        assertFalse(Files.exists(folder.resolve("notes.db-shm")));
    }

    // ---- helpers ----------------------------------------------------------------------------------

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

    private Path textFile(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertBadUsage(Run run) {
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().lines().findFirst().orElse("").startsWith("throughline:"), run.err());
        assertCleanError(run);
    }

    /** A message for a person: no Java stack trace, no exception class names. */
    private static void assertCleanError(Run run) {
        assertFalse(run.err().isBlank(), "an explanation on stderr: " + run);
        assertFalse(run.err().contains("at dev."), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(run.err().startsWith("throughline:"), run.err());
    }

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            return parser.getRecords();
        }
    }

    private static Set<String> keysOf(List<CSVRecord> records) {
        Set<String> keys = new TreeSet<>();
        records.forEach(r -> keys.add(r.get("key")));
        return keys;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long countRows(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Overwrites 64 bytes at the start of the cell content of a table's root page with 0xFF, so the
     * first cells' sizes and row ids are garbage: a damaged b-tree page that integrity_check reports.
     */
    private static void corruptTableRootPage(Path db, String table) throws Exception {
        int pageSize;
        int rootPage;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            pageSize = scalar(st, "pragma page_size");
            rootPage = scalar(st, "select rootpage from sqlite_master where type = 'table' and name = '" + table + "'");
        }
        assertFalse(Files.exists(Path.of(db + "-wal")), "the workspace is checkpointed and closed");
        assertTrue(rootPage > 1, "page 1 holds the schema; damage a data page");
        long pageStart = (long) (rootPage - 1) * pageSize;
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek(pageStart + 5);
            int cellContentStart = file.readUnsignedShort();
            assertTrue(cellContentStart > 0 && cellContentStart + 64 <= pageSize, "cells at " + cellContentStart);
            byte[] garbage = new byte[64];
            Arrays.fill(garbage, (byte) 0xFF);
            file.seek(pageStart + cellContentStart);
            file.write(garbage);
        }
    }

    private static int scalar(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private record Snapshot(Path file, byte[] bytes, FileTime modified) {
        static Snapshot of(Path file) {
            try {
                return new Snapshot(file, Files.readAllBytes(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        void assertSameContent() {
            try {
                assertArrayEquals(bytes, Files.readAllBytes(file), file + " content changed");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        void assertUnchanged() {
            assertSameContent();
            try {
                assertEquals(modified, Files.getLastModifiedTime(file), file + " was modified");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
