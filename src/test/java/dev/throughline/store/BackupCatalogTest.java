package dev.throughline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.testing.MutableClock;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups folder of a workspace as the backups list shows it: names, contents, checks, rotation. */
class BackupCatalogTest {

    private static final String ADD_PERSON = "insert into people (name, function, zone, work_start, work_end)"
            + " values (?, 'PM', 'UTC', '09:00', '17:00')";
    private static final String ADD_PROGRAM = "insert into programs (key, name, status, health, tpgm_id)"
            + " values (?, ?, 'ACTIVE', 'ON_TRACK', 1)";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);

    // ---- listing ---------------------------------------------------------------------------------

    @Test
    void listingWithInspectionReportsWhatEachBackupHoldsNewestFirst() throws IOException {
        Path db = folder.resolve("workspace.db");
        BackupCatalog catalog = new BackupCatalog(db, clock);
        try (Store store = Store.open(db)) {
            store.write(sql -> {
                sql.insert(ADD_PERSON, "Maya Okafor");
                sql.insert(ADD_PERSON, "Jonas Lindqvist");
                return sql.insert(ADD_PROGRAM, "CHK-12", "Checkout rewrite");
            });
            catalog.backUp(store, "manual");
            clock.advance(Duration.ofHours(2));
            store.write(sql -> {
                sql.insert(ADD_PERSON, "Ana Souza");
                return sql.insert(ADD_PROGRAM, "SSO-7", "Single sign-on");
            });
            catalog.backUp(store, "auto");
        }

        List<BackupInfo> backups = catalog.list(true);

        assertEquals(2, backups.size(), backups.toString());
        BackupInfo newest = backups.get(0);
        assertEquals("auto", newest.kind());
        assertEquals(Instant.parse("2026-01-01T02:00:00Z"), newest.takenAt());
        assertEquals("2 programs, 0 milestones, 3 people", newest.counts());
        assertTrue(newest.sound(), newest.toString());
        assertEquals(Files.size(newest.file()), newest.sizeBytes());
        assertTrue(newest.sizeBytes() > 0);

        BackupInfo older = backups.get(1);
        assertEquals("manual", older.kind());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), older.takenAt());
        assertEquals("1 programs, 0 milestones, 2 people", older.counts());
        assertTrue(older.sound(), older.toString());
        assertEquals(catalog.folder(), older.file().getParent());
    }

    @Test
    void twoBackupsInTheSameSecondGetDistinctFilesAndBothAreListed() {
        Path db = folder.resolve("workspace.db");
        BackupCatalog catalog = new BackupCatalog(db, clock);
        try (Store store = Store.open(db)) {
            store.write(sql -> sql.insert(ADD_PERSON, "Maya Okafor"));
            Path first = catalog.backUp(store, "manual");
            store.write(sql -> sql.insert(ADD_PERSON, "Jonas Lindqvist"));
            Path second = catalog.backUp(store, "manual");

            assertNotEquals(first, second);
        }

        List<BackupInfo> backups = catalog.list(true);
        assertEquals(2, backups.size());
        assertEquals(Set.of("0 programs, 0 milestones, 1 people", "0 programs, 0 milestones, 2 people"),
                backups.stream().map(BackupInfo::counts).collect(Collectors.toSet()));
    }

    @Test
    void filesThatAreNotBackupsAreNotListed() throws IOException {
        Path db = folder.resolve("workspace.db");
        BackupCatalog catalog = new BackupCatalog(db, clock);
        try (Store store = Store.open(db)) {
            store.write(sql -> sql.insert(ADD_PERSON, "Maya Okafor"));
            catalog.backUp(store, "auto");
        }
        Files.writeString(catalog.folder().resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
        Files.writeString(catalog.folder().resolve("auto-yesterday.db"), "mine", StandardCharsets.UTF_8);

        assertEquals(1, catalog.list(true).size(), catalog.list(true).toString());
        assertEquals(1, catalog.list(false).size());
    }

    @Test
    void aWorkspaceWithoutBackupsListsNone() {
        BackupCatalog catalog = new BackupCatalog(folder.resolve("workspace.db"), clock);

        assertEquals(List.of(), catalog.list(true));
        assertEquals(Optional.empty(), catalog.newestSound());
    }

    // ---- damaged backups ------------------------------------------------------------------------

    @Test
    void aCorruptedBackupIsListedAsNotSoundAndTheNewestSoundOneIsOffered() throws Exception {
        Path db = folder.resolve("workspace.db");
        BackupCatalog catalog = new BackupCatalog(db, clock);
        Path good;
        Path damaged;
        try (Store store = Store.open(db)) {
            populate(store, 40, 30);
            good = catalog.backUp(store, "auto");
            clock.advance(Duration.ofHours(4));
            store.write(sql -> sql.insert(ADD_PERSON, "Ana Souza"));
            damaged = catalog.backUp(store, "auto");
        }
        assertTrue(catalog.list(true).stream().allMatch(BackupInfo::sound), "both sound before the damage");

        overwriteTheMiddleOfATablePage(damaged, "programs");

        List<BackupInfo> backups = catalog.list(true);
        assertEquals(List.of(damaged, good), backups.stream().map(BackupInfo::file).toList());
        assertFalse(backups.get(0).sound(), "the damaged backup is flagged: " + backups.get(0));
        assertTrue(backups.get(1).sound(), backups.get(1).toString());
        assertEquals("30 programs, 0 milestones, 40 people", backups.get(1).counts());

        BackupInfo offered = catalog.newestSound().orElseThrow(() -> new AssertionError("a sound backup exists"));
        assertEquals(good, offered.file(), "the newest backup that passes the check, skipping the damaged one");
    }

    @Test
    void aBackupFileThatIsNotSqliteIsListedAsNotSound() throws IOException {
        Path db = folder.resolve("workspace.db");
        BackupCatalog catalog = new BackupCatalog(db, clock);
        Files.createDirectories(catalog.folder());
        Path junk = catalog.folder().resolve("auto-20260101T000000Z.db");
        Files.writeString(junk, "this is not a database, only text that happens to have the right name");

        List<BackupInfo> backups = catalog.list(true);

        assertEquals(1, backups.size());
        assertFalse(backups.get(0).sound(), backups.toString());
        assertEquals(Optional.empty(), catalog.newestSound());
    }

    // ---- rotation on disk --------------------------------------------------------------------------

    /**
     * Three months of an hourly rhythm: a change every hour and an automatic backup after it. After
     * every backup the catalog rotates; what is left on disk is exactly what BackupRotation keeps, and
     * the manual backup from day one is never touched. About 2,160 verified backups: a minute of work,
     * so it runs with {@code -Dsurefire.excludedGroups=} (the default build skips "slow").
     */
    @Test
    @Tag("slow")
    void threeMonthsOfHourlyAutomaticBackupsLeaveTheRotatedSetOnDisk() throws IOException {
        List<Instant> schedule = new ArrayList<>();
        for (int hour = 1; hour <= 90 * 24; hour++) {
            schedule.add(START.plus(Duration.ofHours(hour)));
        }
        assertRotatedOnDisk(schedule);
    }

    /** The same three months at a working rhythm: hourly from 09:00 to 17:00 on weekdays (~520 backups). */
    @Test
    void threeMonthsOfWorkingDaysWithHourlyBackupsLeaveTheRotatedSetOnDisk() throws IOException {
        List<Instant> schedule = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2026, 4, 1)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                for (int hour = 9; hour <= 17; hour++) {
                    schedule.add(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
                }
            }
        }
        assertRotatedOnDisk(schedule);
    }

    /** Works through {@code schedule} with one change and one due automatic backup at each instant. */
    private void assertRotatedOnDisk(List<Instant> schedule) throws IOException {
        Path db = folder.resolve("workspace.db");
        Set<Instant> expected = new TreeSet<>();
        Path manual;
        try (Store store = Store.open(db)) {
            store.write(sql -> sql.insert(ADD_PERSON, "Maya Okafor"));
            manual = new BackupCatalog(db, clock).backUp(store, "manual");
            AutoBackups auto = new AutoBackups(store, clock, Duration.ofHours(1));
            for (Instant at : schedule) {
                clock.set(at);
                store.write(sql -> sql.update("update people set role = ? where id = 1", "at " + at));
                Path file = auto.takeIfDue(false).orElseThrow(() -> new AssertionError("due at " + at));
                assertEquals("auto-" + STAMP.format(at) + ".db", file.getFileName().toString());
                expected.add(at);
                expected.removeAll(BackupRotation.toDelete(new ArrayList<>(expected), at));
            }
        }

        BackupCatalog catalog = new BackupCatalog(db, clock);
        List<BackupInfo> autos = catalog.list(true).stream().filter(b -> b.kind().equals("auto")).toList();
        Set<Instant> onDisk = autos.stream().map(BackupInfo::takenAt).collect(Collectors.toCollection(TreeSet::new));
        Instant last = schedule.get(schedule.size() - 1);

        assertEquals(expected, onDisk, "the files on disk are the backups the rotation keeps");
        Set<Instant> keptByOneRotation = new HashSet<>(schedule);
        keptByOneRotation.removeAll(BackupRotation.toDelete(schedule, last));
        assertEquals(keptByOneRotation.size(), autos.size(), "as many as one rotation over the whole history keeps");
        assertTrue(autos.size() < 40, autos.size() + " backups left of " + schedule.size());
        assertEquals(last, autos.get(0).takenAt(), "the newest backup is on disk");
        assertTrue(autos.get(0).counts().endsWith("1 people"), autos.get(0).toString());
        assertTrue(autos.stream().anyMatch(b -> b.takenAt().isBefore(Instant.parse("2026-02-01T00:00:00Z"))),
                "January is still represented");
        assertTrue(autos.stream().allMatch(BackupInfo::sound), "every remaining backup passes the check");
        assertTrue(Files.exists(manual), "manual backups are never rotated away");
        try (Stream<Path> files = Files.list(catalog.folder())) {
            assertEquals(autos.size() + 1, files.count(), "no temporary or companion files left in the folder");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static void populate(Store store, int people, int programs) {
        store.write(sql -> {
            for (int i = 1; i <= people; i++) {
                sql.insert(ADD_PERSON, "Person " + i + " " + "x".repeat(60));
            }
            for (int i = 1; i <= programs; i++) {
                sql.insert(ADD_PROGRAM, "PRG-" + i, "Program " + i + " " + "y".repeat(80));
            }
            return null;
        });
    }

    /**
     * Overwrites 256 bytes in the middle of the file, inside the cell area of a table's root page, with
     * 0xFF: the cells' sizes and row ids become garbage, which SQLite's check reports.
     */
    static void overwriteTheMiddleOfATablePage(Path db, String table) throws Exception {
        int pageSize;
        int rootPage;
        try (Connection c = Store.connect(db, true); Statement st = c.createStatement()) {
            pageSize = scalar(st, "pragma page_size");
            rootPage = scalar(st, "select rootpage from sqlite_master where type = 'table' and name = '" + table + "'");
        }
        assertTrue(rootPage > 1, "page 1 holds the schema; damage a data page");
        long pageStart = (long) (rootPage - 1) * pageSize;
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            assertTrue(file.length() >= pageStart + pageSize, "the page is inside the file");
            file.seek(pageStart + 5);
            int cellContentStart = file.readUnsignedShort();
            assertTrue(cellContentStart > 0 && cellContentStart + 256 <= pageSize, "cells at " + cellContentStart);
            byte[] garbage = new byte[256];
            Arrays.fill(garbage, (byte) 0xFF);
            file.seek(pageStart + cellContentStart);
            file.write(garbage);
        }
    }

    private static int scalar(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    /** A clock the test moves by hand. */
}
