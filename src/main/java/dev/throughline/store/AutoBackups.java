package dev.throughline.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Automatic backups of an open workspace: taken when it changed, at most every {@code interval}
 * while working, and always on quit. Call from the thread that owns the store.
 */
public final class AutoBackups {

    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(3);

    private final Store store;
    private final BackupCatalog catalog;
    private final Clock clock;
    private final Duration interval;
    private long writesAtLastBackup;
    private Instant lastBackup;

    public AutoBackups(Store store, Clock clock, Duration interval) {
        this.store = store;
        this.catalog = new BackupCatalog(store.file(), clock);
        this.clock = clock;
        this.interval = interval;
        this.writesAtLastBackup = store.writes();
        this.lastBackup = catalog.list(false).stream().filter(b -> b.kind().equals("auto"))
                .map(BackupInfo::takenAt).findFirst().orElse(Instant.EPOCH);
    }

    /** Backs up when the workspace changed and the interval passed (or {@code quitting}); returns the file. */
    public Optional<Path> takeIfDue(boolean quitting) {
        boolean changed = store.writes() > writesAtLastBackup;
        boolean due = quitting || Duration.between(lastBackup, clock.instant()).compareTo(interval) >= 0;
        if (!changed || !due) {
            return Optional.empty();
        }
        long writes = store.writes();
        Path file = catalog.backUp(store, "auto");
        writesAtLastBackup = writes;
        lastBackup = clock.instant();
        return Optional.of(file);
    }

    public BackupCatalog catalog() {
        return catalog;
    }
}
