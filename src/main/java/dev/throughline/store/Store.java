package dev.throughline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The only owner of a workspace file. Opens it (refusing what is not ours, or is newer than us, or
 * is open elsewhere), migrates it, and runs every write as one transaction on its single writer
 * connection.
 *
 * <p>Methods are synchronized so the CLI and tests may call them directly; the app confines all
 * calls to the workspace executor so that the FX thread never waits on disk.
 */
public final class Store implements AutoCloseable {

    /** "THLN": marks a SQLite file as a Throughline workspace. */
    public static final int APPLICATION_ID = 0x54484C4E;
    private static final int BUSY_TIMEOUT_MS = 5_000;

    public enum Mode { READ_WRITE, READ_ONLY }

    private final Path file;
    private final Mode mode;
    private final Connection connection;
    private final Sql sql;
    private final WorkspaceLock lock;
    private final List<Path> migrationBackups;
    private boolean checkedAfterUncleanExit;
    private ReadOnlyLeftovers readOnlyLeftovers;
    private long writes;

    private Store(Path file, Mode mode, Connection connection, WorkspaceLock lock, List<Path> migrationBackups) {
        this.file = file;
        this.mode = mode;
        this.connection = connection;
        this.sql = new Sql(connection);
        this.lock = lock;
        this.migrationBackups = migrationBackups;
    }

    /** Opens (creating if absent) and migrates a workspace for reading and writing. */
    public static Store open(Path file) {
        return open(file, Mode.READ_WRITE);
    }

    public static Store open(Path file, Mode mode) {
        Path path = file.toAbsolutePath().normalize();
        if (mode == Mode.READ_ONLY) {
            if (!WorkspaceLock.isHeldByThisProcess(path)) {
                InterruptedRestore.finishIfUnlocked(path);
            }
            WorkspaceInspection inspection = WorkspaceInspection.of(path);
            inspection.refuseIfUnusable(Migrations.latestVersion());
            return openReadOnly(path, inspection);
        }
        WorkspaceLock.refuseIfHeldHere(path);
        InterruptedRestore.finishIfUnlocked(path);
        WorkspaceInspection inspection = WorkspaceInspection.of(path);
        inspection.refuseIfUnusable(Migrations.latestVersion());
        boolean existed = Files.exists(path);
        boolean hadCompanions = Files.exists(companion(path, "-wal")) || Files.exists(companion(path, "-shm"));
        WorkspaceLock lock = WorkspaceLock.acquire(path);
        Connection connection = null;
        try {
            boolean uncleanExit = hasLeftoverWal(path);
            if (uncleanExit) {
                refuseIfDamaged(path);
            }
            connection = connect(path, false);
            holdSqliteSharedLock(connection);
            // SQLite unlocks the whole file whenever its own lock count here drops to zero (the checks above,
            // the switch to WAL): take ours again now that the writer connection keeps SQLite's shared lock.
            lock.reassert();
            List<Path> backups = Migrations.migrate(connection, path, inspection.isNew());
            Store store = new Store(path, mode, connection, lock, backups);
            store.checkedAfterUncleanExit = uncleanExit;
            return store;
        } catch (SQLException e) {
            closeQuietly(connection);
            releaseAfterFailure(lock, path, existed, hadCompanions);
            throw StoreErrors.translate(e, path, "opening");
        } catch (RuntimeException e) {
            closeQuietly(connection);
            releaseAfterFailure(lock, path, existed, hadCompanions);
            throw e;
        }
    }

    /**
     * A refused open leaves nothing behind: not even the empty file the lock created. It goes while the
     * lock is still held; a process waiting on it sees the file gone and locks the next one.
     */
    private static void releaseAfterFailure(WorkspaceLock lock, Path path, boolean existed, boolean hadCompanions) {
        try {
            Path wal = companion(path, "-wal");
            if (!hadCompanions && (!Files.exists(wal) || Files.size(wal) == 0)) {
                Files.deleteIfExists(wal);
                Files.deleteIfExists(companion(path, "-shm"));
            }
            if (!existed && Files.exists(path) && Files.size(path) == 0) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // Empty companions and an empty file are what a new workspace starts with anyway.
        } finally {
            lock.release();
        }
    }

    private static Path companion(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    /** In WAL mode a connection keeps a shared lock on the file from its first read until it closes. */
    private static void holdSqliteSharedLock(Connection connection) throws SQLException {
        new Sql(connection).count("select count(*) from sqlite_schema");
    }

    private static Store openReadOnly(Path path, WorkspaceInspection inspection) {
        if (inspection.isNew()) {
            throw new StoreException("There is no workspace at " + path + ".");
        }
        try {
            ReadOnlyLeftovers leftovers = ReadOnlyLeftovers.before(path);
            Store store = new Store(path, Mode.READ_ONLY, connectForReading(path), null, List.of());
            store.readOnlyLeftovers = leftovers;
            return store;
        } catch (SQLException e) {
            throw StoreErrors.translate(e, path, "opening");
        }
    }

    /** A -wal file with content while nobody holds the lock: the last writer did not close cleanly. */
    private static boolean hasLeftoverWal(Path path) {
        try {
            Path wal = path.resolveSibling(path.getFileName() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    /**
     * Full check through a read-only connection, which reads the leftover WAL without merging it: a
     * damaged file and its WAL stay exactly as the crash left them, and stay refused on every open.
     */
    private static void refuseIfDamaged(Path path) {
        List<String> problems;
        try (Connection reader = connectForReading(path)) {
            problems = Integrity.problems(new Sql(reader), true);
        } catch (SQLException e) {
            if (StoreErrors.isEnvironmental(e)) {
                throw StoreErrors.translate(e, path, "checking");
            }
            problems = List.of(StoreErrors.reason(e));
        }
        if (!problems.isEmpty()) {
            throw new WorkspaceRefusedException(WorkspaceRefusedException.Reason.DAMAGED, path, path
                    + " is damaged (" + problems.get(0) + (problems.size() > 1 ? " and " + (problems.size() - 1)
                    + " more" : "") + "). It was left as it was.");
        }
    }

    /**
     * A read-only connection that also works where SQLite cannot create the {@code -shm} index beside
     * the file (a full disk, a read-only folder): then, if no {@code -wal} holds unsaved pages, the file
     * is read as immutable. Other failures are thrown as they are.
     */
    static Connection connectForReading(Path path) throws SQLException {
        Connection connection = null;
        try {
            connection = connect(path, true);
            new Sql(connection).count("select count(*) from sqlite_schema");
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            if (!StoreErrors.isEnvironmental(e) || walHasContent(path)) {
                throw e;
            }
            Connection immutable = DriverManager.getConnection("jdbc:sqlite:" + path.toUri() + "?immutable=1",
                    readOnlyConfig().toProperties());
            try {
                new Sql(immutable).count("select count(*) from sqlite_schema");
                return immutable;
            } catch (SQLException again) {
                closeQuietly(immutable);
                throw e;
            }
        }
    }

    private static boolean walHasContent(Path path) {
        try {
            Path wal = path.resolveSibling(path.getFileName() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static SQLiteConfig readOnlyConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        return config;
    }

    static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    }

    public Path file() {
        return file;
    }

    /** A read-only store may sit on an older schema (so that {@code check} can report on it). */
    public void requireCurrentSchema() {
        int version = schemaVersion();
        if (version < Migrations.latestVersion()) {
            throw new StoreException(file + " uses an older schema (version " + version
                    + "); open it once in Throughline to upgrade it.");
        }
    }

    public Mode mode() {
        return mode;
    }

    /** Backups written just before this open migrated the file (empty when none was needed). */
    public List<Path> migrationBackups() {
        return migrationBackups;
    }

    /** True when this open found a leftover WAL (an unclean exit) and ran the full integrity check. */
    public boolean checkedAfterUncleanExit() {
        return checkedAfterUncleanExit;
    }

    /** How many transactions this store committed since it was opened (automatic backups use it). */
    public synchronized long writes() {
        return writes;
    }

    /** Runs work in one transaction: all of it is durable on return, or none of it is written. */
    public synchronized <T> T write(SqlWork<T> work) {
        if (mode == Mode.READ_ONLY) {
            throw new StoreException(file + " is open read-only; nothing was changed.");
        }
        try {
            connection.setAutoCommit(false);
            T result = work.run(sql);
            connection.commit();
            writes++;
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw StoreErrors.translate(e, file, "saving");
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    /** After SQLite rolled back by itself (disk full), switching back may fail; the first error is the one to show. */
    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // No transaction is left open either way.
        }
    }

    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(sql);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file, "reading");
        }
    }

    /**
     * Runs several reads as one read transaction: every read inside {@code work} (nested {@link #read}
     * calls included, on this thread) sees the same committed state, even while another process writes.
     * {@code work} must not write.
     */
    public synchronized <T> T readConsistent(java.util.function.Supplier<T> work) {
        try {
            sql.update("begin deferred");
        } catch (SQLException e) {
            throw StoreErrors.translate(e, file, "reading");
        }
        try {
            // A deferred transaction takes its snapshot at the first read, so take it now.
            read(s -> s.count("select count(*) from sqlite_schema"));
            return work.get();
        } finally {
            try {
                sql.update("rollback");
            } catch (SQLException ignored) {
                // Nothing was written; SQLite has already ended the transaction if this fails.
            }
        }
    }

    public synchronized int schemaVersion() {
        return read(s -> (int) s.count("pragma user_version"));
    }

    /** Runs SQLite's integrity_check (full) or quick_check; an empty list means the file is sound. */
    public synchronized List<String> integrityProblems(boolean full) {
        return read(s -> Integrity.problems(s, full));
    }

    /** Tables, columns, version and application id against what the migrations create; empty when all match. */
    public synchronized List<String> schemaProblems() {
        return read(SchemaCheck::problems);
    }

    /** Copies the live workspace to {@code target} through SQLite's online backup API, verified. */
    public synchronized void backupTo(Path target) {
        try {
            Backups.copyVerified(connection, target);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new StoreException("Not backed up: " + target.toAbsolutePath() + " is already there; choose another name.", e);
        } catch (SQLException e) {
            throw StoreErrors.translate(e, target, "backing up");
        } catch (IOException e) {
            throw new StoreException("The backup was not written: " + StoreErrors.cannotWrite(target, e), e);
        }
    }

    SQLiteConnection sqliteConnection() {
        return (SQLiteConnection) connection;
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
        if (readOnlyLeftovers != null) {
            readOnlyLeftovers.tidyAfterClose();
            readOnlyLeftovers = null;
        }
        if (lock != null) {
            lock.release();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction is gone either way; SQLite rolls back on close too.
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // Closing a broken connection: nothing more to save.
        }
    }

    static boolean exists(Path path) {
        return Files.exists(Objects.requireNonNull(path));
    }
}
