package dev.throughline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Moves a workspace aside and puts a backup in its place. Never deletes or overwrites a user's file:
 * the current file (with its -wal and -shm) is renamed first, and the restored copy arrives by an
 * atomic move of a fully written temporary file.
 */
public final class Recovery {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Recovery() {
    }

    /** What a restore did, in words and paths. */
    public record Restored(Path workspace, Path from, Path previousKeptAt) {
        public String describe() {
            return "Restored " + workspace + " from " + from
                    + (previousKeptAt == null ? "." : "; the previous file is kept at " + previousKeptAt + ".");
        }
    }

    /**
     * Renames {@code file} and its -wal/-shm to {@code <file>.<label>-<stamp>}; returns the new main path,
     * or null when there was no file.
     */
    public static Path setAside(Path file, String label, Clock clock) {
        String suffix = "." + label + "-" + STAMP.format(clock.instant());
        Path target = file.resolveSibling(file.getFileName() + suffix);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + suffix + "-" + n);
        }
        try {
            for (String companion : new String[] {"-wal", "-shm"}) {
                Path side = file.resolveSibling(file.getFileName() + companion);
                if (Files.exists(side)) {
                    Files.move(side, target.resolveSibling(target.getFileName() + companion));
                }
            }
            if (!Files.exists(file)) {
                return null; // only a stale -wal/-shm was left, now moved away from the restored file
            }
            Files.move(file, target);
            return target;
        } catch (IOException e) {
            throw new StoreException("Could not move " + file + " aside (" + e.getMessage() + "); nothing was changed.", e);
        }
    }

    /** Replaces the closed workspace by a verified copy of {@code backup}. Refused while the workspace is open. */
    public static Restored restore(Path workspace, Path backup, Clock clock) {
        Path file = workspace.toAbsolutePath();
        verifyBackup(backup);
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".restore-", ".tmp");
            try {
                Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
                Path previous = setAside(file, "before-restore", clock);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                return new Restored(file, backup.toAbsolutePath(), previous);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + " (" + e.getMessage() + "); the workspace was not changed.", e);
        } finally {
            lock.release();
        }
    }

    private static void verifyBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("There is no backup at " + backup + ".");
        }
        WorkspaceInspection inspection = WorkspaceInspection.of(backup.toAbsolutePath());
        inspection.refuseIfUnusable(Migrations.latestVersion());
        if (inspection.isNew()) {
            throw new StoreException(backup + " is empty, not a Throughline backup.");
        }
        try (Connection c = Store.connect(backup.toAbsolutePath(), true)) {
            var problems = Integrity.problems(new Sql(c), true);
            if (!problems.isEmpty()) {
                throw new StoreException(backup + " fails SQLite's integrity check (" + problems.get(0)
                        + "); choose another backup.");
            }
        } catch (SQLException e) {
            throw new StoreException(backup + " cannot be read (" + StoreErrors.reason(e) + "); choose another backup.", e);
        }
    }
}
