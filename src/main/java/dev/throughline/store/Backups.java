package dev.throughline.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * Verified copies of a workspace: written by SQLite's online backup API to a temporary file, then
 * reopened and checked against the source (integrity check, version, every table's row count, all
 * from the same snapshot) before they are moved into place. A half-written or empty backup is never
 * left under the final name, and never reported as good.
 */
public final class Backups {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** {@code /dir/workspace.db} keeps its backups in {@code /dir/workspace.backups/}. */
    public static Path folderFor(Path workspace) {
        String name = workspace.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return workspace.resolveSibling(stem + ".backups");
    }

    static Path beforeMigration(Connection connection, Path workspace, int fromVersion) throws IOException, SQLException {
        Path target = folderFor(workspace).resolve(
                "pre-migration-v" + fromVersion + "-" + STAMP.format(Instant.now(Clock.systemUTC())) + ".db");
        copyVerified(connection, target);
        return target;
    }

    /** Writes a verified copy of {@code source} at {@code target}, which must not exist yet. */
    static void copyVerified(Connection source, Path target) throws IOException, SQLException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "a file is already there; choose another name");
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".backup-", ".tmp");
        try {
            writeVerifiedCopy(source, temporary);
            placeWithoutOverwriting(temporary, absolute);
        } finally {
            deleteWithCompanions(temporary);
        }
    }

    /**
     * Copies {@code source} into {@code copy} (an empty or absent file) and checks the copy: it opens,
     * passes SQLite's full integrity check, and holds the same schema version and the same number of
     * rows in every table as the source had in the snapshot that was copied. Throws otherwise.
     */
    static void writeVerifiedCopy(Connection source, Path copy) throws SQLException, IOException {
        Sql sql = new Sql(source);
        TableCounts expected;
        sql.update("begin deferred");
        try {
            // One read transaction: the counts and the pages copied come from the same snapshot.
            expected = TableCounts.of(sql);
            int rc = ((SQLiteConnection) source).getDatabase().backup("main", copy.toString(), null);
            if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                throw failed(copy, SQLiteErrorCode.getErrorCode(rc));
            }
        } finally {
            sql.update("rollback");
        }
        verify(copy, expected);
    }

    private static StoreException failed(Path copy, SQLiteErrorCode code) {
        String around = StoreErrors.environmentProblem(copy).orElse(null);
        if (code == SQLiteErrorCode.SQLITE_FULL || around != null) {
            return new StoreException("The backup was not written: " + (around != null ? around
                    : "the disk holding " + copy.getParent() + " is full") + ". Nothing was left behind.");
        }
        return new StoreException("The backup was not written (" + code.name() + "). Nothing was left behind.");
    }

    /** Reopens the copy, makes it a self-contained rollback-journal file (no -wal/-shm) and checks it. */
    private static void verify(Path copy, TableCounts expected) throws SQLException, IOException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            Sql sql = new Sql(c);
            sql.list("pragma journal_mode = delete", r -> r.getString(1));
            var problems = Integrity.problems(sql, true);
            if (!problems.isEmpty()) {
                throw new StoreException("The backup copy failed its integrity check (" + problems.get(0)
                        + "); it was discarded.");
            }
            TableCounts actual = TableCounts.of(sql);
            if (!actual.equals(expected)) {
                throw new StoreException("The backup copy does not match the workspace (" + expected.difference(actual)
                        + "); it was discarded.");
            }
        } catch (SQLException e) {
            if (StoreErrors.isEnvironmental(e)) {
                throw failed(copy, SQLiteErrorCode.SQLITE_FULL);
            }
            throw new StoreException("The backup copy cannot be read (" + StoreErrors.reason(e) + "); it was discarded.", e);
        } finally {
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-wal"));
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-shm"));
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-journal"));
        }
    }

    /** A hard link fails if the name is taken, so a file that appeared meanwhile is never replaced. */
    private static void placeWithoutOverwriting(Path temporary, Path target) throws IOException {
        try {
            Files.createLink(target, temporary);
        } catch (UnsupportedOperationException | IOException e) {
            if (e instanceof FileAlreadyExistsException taken) {
                throw taken;
            }
            Files.move(temporary, target);
        }
    }

    static void deleteWithCompanions(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
