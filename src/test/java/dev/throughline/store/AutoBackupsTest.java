package dev.throughline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.testing.MutableClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups of an open workspace: only after changes, at most every interval, always on quit. */
class AutoBackupsTest {

    private static final Duration INTERVAL = Duration.ofHours(3);
    private static final String ADD_PERSON = "insert into people (name, function, zone, work_start, work_end)"
            + " values (?, 'PM', 'UTC', '09:00', '17:00')";

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private Path db;
    private Store store;

    @BeforeEach
    void openWorkspace() {
        db = folder.resolve("workspace.db");
        store = Store.open(db);
    }

    @AfterEach
    void closeWorkspace() {
        store.close();
    }

    @Test
    void nothingIsTakenWhileTheWorkspaceIsUnchanged() throws IOException {
        AutoBackups auto = new AutoBackups(store, clock, INTERVAL);

        clock.advance(Duration.ofDays(2));
        assertEquals(Optional.empty(), auto.takeIfDue(false));
        assertEquals(Optional.empty(), auto.takeIfDue(true), "quitting without changes takes nothing either");

        assertEquals(List.of(), backupFiles());
    }

    @Test
    void aChangeIsBackedUpOnceTheIntervalHasPassed() throws IOException {
        AutoBackups auto = new AutoBackups(store, clock, INTERVAL);
        addPerson("Maya Okafor");

        Path first = auto.takeIfDue(false).orElseThrow(() -> new AssertionError("the first change is backed up"));

        assertEquals("auto-20260302T090000Z.db", first.getFileName().toString());
        assertEquals(List.of(first), backupFiles());
        assertEquals(List.of("0 programs, 0 milestones, 1 people"), holds());

        addPerson("Jonas Lindqvist");
        clock.advance(INTERVAL);
        Path second = auto.takeIfDue(false).orElseThrow(() -> new AssertionError("due after " + INTERVAL));

        assertEquals("auto-20260302T120000Z.db", second.getFileName().toString());
        assertEquals(List.of(second, first), backupFiles());
        assertEquals(List.of("0 programs, 0 milestones, 2 people", "0 programs, 0 milestones, 1 people"), holds(), "newest first");
    }

    @Test
    void noSecondBackupBeforeTheIntervalHasPassed() throws IOException {
        AutoBackups auto = new AutoBackups(store, clock, INTERVAL);
        addPerson("Maya Okafor");
        Path first = auto.takeIfDue(false).orElseThrow();

        addPerson("Jonas Lindqvist");
        clock.advance(INTERVAL.minusSeconds(1));
        assertEquals(Optional.empty(), auto.takeIfDue(false));
        addPerson("Ana Souza");
        assertEquals(Optional.empty(), auto.takeIfDue(false), "more changes do not shorten the interval");

        assertEquals(List.of(first), backupFiles());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(auto.takeIfDue(false).isPresent(), "due exactly when the interval has passed");
        assertEquals("0 programs, 0 milestones, 3 people", holds().get(0));
    }

    @Test
    void noBackupAfterTheIntervalWhenNothingChangedSinceTheLastOne() throws IOException {
        AutoBackups auto = new AutoBackups(store, clock, INTERVAL);
        addPerson("Maya Okafor");
        auto.takeIfDue(false).orElseThrow();

        clock.advance(INTERVAL.multipliedBy(5));

        assertEquals(Optional.empty(), auto.takeIfDue(false));
        assertEquals(1, backupFiles().size());
    }

    @Test
    void quittingBacksUpAnyChangeRegardlessOfTheInterval() throws IOException {
        AutoBackups auto = new AutoBackups(store, clock, INTERVAL);
        addPerson("Maya Okafor");
        auto.takeIfDue(false).orElseThrow();

        addPerson("Jonas Lindqvist");
        clock.advance(Duration.ofMinutes(1));
        Path onQuit = auto.takeIfDue(true).orElseThrow(() -> new AssertionError("a change is backed up on quit"));

        assertEquals(onQuit, backupFiles().get(0));
        assertEquals("0 programs, 0 milestones, 2 people", holds().get(0), "the quit backup holds the last change");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), auto.takeIfDue(true), "quitting again without a change takes nothing");
        assertEquals(2, backupFiles().size());
    }

    @Test
    void aReopenedWorkspaceRemembersWhenItsLastAutomaticBackupWasTaken() throws IOException {
        AutoBackups auto = new AutoBackups(store, clock, INTERVAL);
        addPerson("Maya Okafor");
        auto.takeIfDue(false).orElseThrow();
        store.close();

        clock.advance(Duration.ofHours(1));
        store = Store.open(db);
        AutoBackups afterRestart = new AutoBackups(store, clock, INTERVAL);
        addPerson("Jonas Lindqvist");

        assertEquals(Optional.empty(), afterRestart.takeIfDue(false), "restarting does not restart the interval");
        clock.advance(Duration.ofHours(2));
        assertTrue(afterRestart.takeIfDue(false).isPresent(), "three hours after the backup taken before the restart");
        assertEquals(2, backupFiles().size());
    }

    @Test
    void automaticBackupsAreSoundCopiesThatOpenOnTheirOwn() throws IOException {
        AutoBackups auto = new AutoBackups(store, clock, INTERVAL);
        addPerson("Maya Okafor");

        Path backup = auto.takeIfDue(true).orElseThrow();

        assertEquals(Backups.folderFor(db), backup.getParent());
        assertFalse(Files.exists(Path.of(backup + "-wal")), "a backup is a single self-contained file");
        try (Store copy = Store.open(backup, Store.Mode.READ_ONLY)) {
            assertEquals(List.of("Maya Okafor"),
                    copy.read(sql -> sql.list("select name from people", r -> r.getString(1))));
            assertEquals(List.of(), copy.integrityProblems(true));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void addPerson(String name) {
        store.write(sql -> sql.insert(ADD_PERSON, name));
    }

    /** The backup files on disk, newest name first. */
    private List<Path> backupFiles() throws IOException {
        Path backups = Backups.folderFor(db);
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }

    /** What the backups list says each backup holds, newest first. */
    private List<String> holds() {
        return new BackupCatalog(db, clock).list(true).stream().map(BackupInfo::counts).toList();
    }

    /** A clock the test moves by hand. */
}
