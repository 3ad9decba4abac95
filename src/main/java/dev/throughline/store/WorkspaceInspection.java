package dev.throughline.store;

import dev.throughline.store.WorkspaceRefusedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * What a file is, found out without changing it: its header, then a read-only look at the SQLite
 * application id, schema version and tables.
 */
record WorkspaceInspection(Path file, boolean isNew, boolean isSqlite, int applicationId, int schemaVersion,
                           long schemaObjects) {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static WorkspaceInspection of(Path file) {
        if (!Files.exists(file)) {
            return new WorkspaceInspection(file, true, true, 0, 0, 0);
        }
        if (Files.isDirectory(file)) {
            throw new WorkspaceRefusedException(Reason.UNREADABLE, file, file + " is a folder, not a workspace file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceRefusedException(Reason.UNREADABLE, file, file
                    + " is not a regular file (a device, pipe or socket), not a workspace file. It was left as it was.");
        }
        try {
            if (Files.size(file) == 0) {
                return new WorkspaceInspection(file, true, true, 0, 0, 0);
            }
            // Reading through a second descriptor would drop this process's own lock on a file it holds.
            if (!WorkspaceLock.isHeldByThisProcess(file) && !hasSqliteHeader(file)) {
                return new WorkspaceInspection(file, false, false, 0, 0, 0);
            }
        } catch (IOException e) {
            throw new WorkspaceRefusedException(Reason.UNREADABLE, file,
                    "Cannot read " + file + ": " + e.getMessage() + ". The file was left as it was.");
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        boolean hadWal = Files.exists(wal);
        boolean hadShm = Files.exists(shm);
        try (Connection c = Store.connectForReading(file)) {
            Sql sql = new Sql(c);
            int applicationId = (int) sql.count("pragma application_id");
            int version = (int) sql.count("pragma user_version");
            long objects = sql.count("select count(*) from sqlite_master");
            return new WorkspaceInspection(file, false, true, applicationId, version, objects);
        } catch (SQLException e) {
            if (StoreErrors.isEnvironmental(e)) {
                throw new WorkspaceRefusedException(Reason.UNREADABLE, file, StoreErrors.environmentProblem(file)
                        .map(problem -> "Cannot read " + file + ": " + problem
                                + ", and its -wal holds changes that need room beside it. The file was left as it was.")
                        .orElse("Cannot read " + file + " (" + StoreErrors.reason(e) + "). The file was left as it was."));
            }
            throw new WorkspaceRefusedException(Reason.DAMAGED, file, file
                    + " is damaged: SQLite cannot read it (" + StoreErrors.reason(e) + "). It was left as it was.");
        } finally {
            removeIfCreatedEmpty(wal, hadWal);
            removeIfCreatedEmpty(shm, hadShm);
        }
    }

    /** A read-only look at a WAL-mode file creates empty -wal/-shm files; leave the folder as we found it. */
    private static void removeIfCreatedEmpty(Path companion, boolean existedBefore) {
        try {
            if (!existedBefore && Files.exists(companion) && (Files.size(companion) == 0 || companion.toString().endsWith("-shm"))) {
                Files.deleteIfExists(companion);
            }
        } catch (IOException ignored) {
            // Only tidiness is at stake.
        }
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(header, SQLITE_HEADER);
        }
    }

    /** Nothing in it at all: no table, view, index or trigger, and no version or application id set. */
    boolean isEmptyDatabase() {
        return isNew || (applicationId == 0 && schemaVersion == 0 && schemaObjects == 0);
    }

    void refuseIfUnusable(int latestVersion) {
        if (!isSqlite) {
            throw new WorkspaceRefusedException(Reason.NOT_SQLITE, file,
                    file + " is not a Throughline workspace (it is not a SQLite database). It was left untouched.");
        }
        if (applicationId != Store.APPLICATION_ID && !isEmptyDatabase()) {
            throw new WorkspaceRefusedException(Reason.FOREIGN_DATABASE, file, file
                    + " is a SQLite database from another application, not a Throughline workspace. It was left untouched.");
        }
        if (schemaVersion > latestVersion) {
            throw new WorkspaceRefusedException(Reason.NEWER_SCHEMA, file, file
                    + " was written by a newer Throughline (schema version " + schemaVersion
                    + "; this version knows up to " + latestVersion
                    + "). Update Throughline to open it. The file was left untouched.");
        }
    }

    @Override
    public boolean isNew() {
        return isNew || isEmptyDatabase();
    }
}
