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

    /**
     * True when {@code file} opens read-only and passes SQLite's full integrity check and the schema check:
     * such a file is never offered to be replaced by a fresh workspace.
     */
    public static boolean passesChecks(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || WorkspaceLock.isHeldByThisProcess(path)) {
            return false;
        }
        try (Connection c = Store.connectForReading(path)) {
            Sql sql = new Sql(c);
            return Integrity.problems(sql, true).isEmpty() && SchemaCheck.problems(sql).isEmpty();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Replaces the closed workspace by a verified copy of {@code backup}. Refused while the workspace is open. */
    public static Restored restore(Path workspace, Path backup, Clock clock) {
        return restore(workspace, backup, clock, "before-restore");
    }

    /**
     * Replaces the closed workspace by a verified copy of {@code backup}, read through SQLite (so rows
     * still in the backup's -wal come along), and keeps the previous file as
     * {@code <workspace>.<asideLabel>-<time>}. Order, so that a kill at any moment loses nothing: the
     * copy is written and verified under a temporary name; the previous file gets a second name (a hard
     * link, else a copy), its -wal and -shm follow it; the copy is renamed over the workspace. The next
     * open finishes or undoes a restore a kill interrupted ({@link InterruptedRestore}).
     */
    public static Restored restore(Path workspace, Path backup, Clock clock, String asideLabel) {
        Path file = workspace.toAbsolutePath().normalize();
        Path from = backup.toAbsolutePath().normalize();
        refuseAsRestoreTarget(file, from);
        verifyBackup(from);
        boolean existed = Files.exists(file);
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        boolean restored = false;
        try {
            if (InterruptedRestore.finish(file)) {
                lock.release();
                lock = WorkspaceLock.acquire(file);
            }
            boolean hasPrevious = Files.size(file) > 0;
            String token = freeToken(file, asideLabel, clock);
            Path aside = file.resolveSibling(file.getFileName() + "." + token);
            Path temporary = InterruptedRestore.temporaryFor(file, token);
            try {
                writeVerifiedCopy(from, temporary);
                if (hasPrevious) {
                    keepAside(file, aside);
                    lock.reassert(); // a copy (no hard links) read the file through a second descriptor
                }
                InterruptedRestore.moveCompanionsAside(file, aside);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                restored = true;
                return new Restored(file, from, hasPrevious ? aside : null);
            } finally {
                Backups.deleteWithCompanions(temporary);
            }
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + " (" + StoreErrors.cannotWrite(file, e)
                    + "); the workspace was not changed.", e);
        } finally {
            if (!restored && !existed) {
                deleteIfEmpty(file);
            }
            lock.release();
        }
    }

    /** The empty file the lock created for a restore into a missing workspace goes again if the restore failed. */
    private static void deleteIfEmpty(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // An empty file opens as a new workspace; nothing is lost.
        }
    }

    /** Only a workspace file (or nothing yet) can be replaced: never a folder, a device or another program's file. */
    private static void refuseAsRestoreTarget(Path file, Path from) {
        if (Files.isDirectory(file)) {
            throw new StoreException("Cannot restore into " + file + ": it is a folder, not a workspace file. Nothing was changed.");
        }
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException("Cannot restore into " + file + ": it is not a regular file. Nothing was changed.");
        }
        try {
            if (Files.exists(from) && Files.isSameFile(file, from)) {
                throw new StoreException("Cannot restore " + from + " onto itself; choose a backup. Nothing was changed.");
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
        if (WorkspaceLock.isHeldByThisProcess(file)) {
            WorkspaceLock.acquire(file); // refuses: already open here
        }
        try {
            WorkspaceInspection.of(file).refuseIfUnusable(Migrations.latestVersion());
        } catch (WorkspaceRefusedException e) {
            if (e.reason() != WorkspaceRefusedException.Reason.DAMAGED && e.reason() != WorkspaceRefusedException.Reason.UNREADABLE) {
                throw new StoreException("Cannot restore into " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static String freeToken(Path file, String label, Clock clock) {
        String token = label + "-" + STAMP.format(clock.instant());
        String candidate = token;
        for (int n = 2; Files.exists(file.resolveSibling(file.getFileName() + "." + candidate))
                || Files.exists(file.resolveSibling(file.getFileName() + "." + candidate + "-wal")); n++) {
            candidate = token + "-" + n;
        }
        return candidate;
    }

    /** Reads the backup through SQLite (its -wal included) into a verified temporary copy. */
    private static void writeVerifiedCopy(Path from, Path temporary) throws IOException {
        try (Connection source = Store.connectForReading(from)) {
            Backups.writeVerifiedCopy(source, temporary);
        } catch (SQLException e) {
            throw new StoreException(from + " cannot be read (" + StoreErrors.reason(e) + "); choose another backup.", e);
        }
    }

    /** A second name for the previous file while it stays in place: a hard link, else a complete copy. */
    private static void keepAside(Path file, Path aside) throws IOException {
        try {
            Files.createLink(aside, file);
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (noLinks instanceof java.nio.file.FileAlreadyExistsException taken) {
                throw taken;
            }
            Path partial = aside.resolveSibling(aside.getFileName() + ".partial");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, aside, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void verifyBackup(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException("There is no backup at " + backup + ".");
        }
        if (WorkspaceLock.isHeldByThisProcess(backup)) {
            throw new StoreException(backup + " is the workspace open in this Throughline; choose a backup.");
        }
        WorkspaceInspection inspection = WorkspaceInspection.of(backup.toAbsolutePath());
        inspection.refuseIfUnusable(Migrations.latestVersion());
        if (inspection.isNew()) {
            throw new StoreException(backup + " is empty, not a Throughline backup.");
        }
        try (Connection c = Store.connectForReading(backup.toAbsolutePath())) {
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
