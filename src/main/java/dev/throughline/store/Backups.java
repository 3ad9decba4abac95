package dev.throughline.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sqlite.SQLiteConnection;

/**
 * Verified copies of a workspace: written by SQLite's online backup API to a temporary file,
 * reopened and quick-checked, then moved into place. A half-written backup is never left under the
 * final name.
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

    static void copyVerified(Connection connection, Path target) throws IOException, SQLException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "a file is already there; choose another name");
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".backup-", ".tmp");
        try {
            ((SQLiteConnection) connection).getDatabase().backup("main", temporary.toString(), null);
            verify(temporary);
            moveIntoPlace(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reopens the copy, makes it a self-contained rollback-journal file (no -wal/-shm beside it) and
     * quick-checks it.
     */
    private static void verify(Path copy) throws SQLException, IOException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            Sql sql = new Sql(c);
            sql.list("pragma journal_mode = delete", r -> r.getString(1));
            List<String> problems = Integrity.problems(sql, false);
            if (!problems.isEmpty()) {
                throw new StoreException("The backup copy failed its check (" + problems.get(0) + "); it was discarded.");
            }
        } finally {
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-wal"));
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-shm"));
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target);
        }
    }
}
