package dev.throughline.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite failures into messages a user can act on. */
final class StoreErrors {

    private StoreErrors() {
    }

    static StoreException translate(SQLException e, Path file, String doing) {
        String what = "while " + doing + " " + file + ": ";
        if (isEnvironmental(e) && code(e) != SQLiteErrorCode.SQLITE_FULL) {
            java.util.Optional<String> around = environmentProblem(file);
            if (around.isPresent()) {
                return new StoreException("Stopped " + what + around.get() + ". The workspace is unchanged"
                        + (around.get().endsWith("full") ? "; free some space and try again." : "."), e);
            }
        }
        return switch (code(e)) {
            case SQLITE_FULL -> new StoreException("The disk is full " + what
                    + "the change was not saved and the workspace is unchanged. Free some space and try again.", e);
            case SQLITE_READONLY, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_ROLLBACK,
                 SQLITE_READONLY_RECOVERY, SQLITE_READONLY_DBMOVED -> new StoreException("The workspace cannot be written "
                    + what + "the file or its folder is read-only. Nothing was changed.", e);
            case SQLITE_BUSY, SQLITE_LOCKED -> new StoreException("The workspace is busy in another program " + what
                    + "nothing was changed. Try again in a moment.", e);
            case SQLITE_CORRUPT, SQLITE_NOTADB -> new StoreException("The workspace file is damaged " + what
                    + "run 'check' or restore a backup.", e);
            case SQLITE_CANTOPEN -> new StoreException("Cannot open " + file
                    + ": the folder is missing or not writable.", e);
            default -> new StoreException("Unexpected storage error " + what + reason(e), e);
        };
    }

    /**
     * Why a file could not be opened or written when the cause lies around it, not in it: the disk is
     * full or the folder is read-only. Empty when neither is the case.
     */
    static java.util.Optional<String> environmentProblem(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return java.util.Optional.empty();
        }
        try {
            if (!java.nio.file.Files.isWritable(folder) || folder.getFileSystem().isReadOnly()
                    || java.nio.file.Files.getFileStore(folder).isReadOnly()) {
                return java.util.Optional.of("the folder " + folder + " is read-only");
            }
            if (java.nio.file.Files.getFileStore(folder).getUsableSpace() < LOW_SPACE_BYTES) {
                return java.util.Optional.of("the disk holding " + folder + " is full");
            }
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** Less than this much room left: SQLite cannot even size its -shm index (32 KiB). */
    static final long LOW_SPACE_BYTES = 64 * 1024;

    /** True for SQLite failures that come from the file system around the file, not from its content. */
    static boolean isEnvironmental(SQLException e) {
        return switch (code(e)) {
            case SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_CANTOPEN_NOTEMPDIR, SQLITE_CANTOPEN_ISDIR,
                 SQLITE_CANTOPEN_FULLPATH, SQLITE_READONLY, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_CANTLOCK,
                 SQLITE_READONLY_ROLLBACK, SQLITE_READONLY_RECOVERY, SQLITE_READONLY_CANTINIT, SQLITE_IOERR,
                 SQLITE_IOERR_SHMSIZE, SQLITE_IOERR_SHMOPEN, SQLITE_IOERR_SHMMAP, SQLITE_IOERR_SHMLOCK,
                 SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, SQLITE_IOERR_TRUNCATE, SQLITE_IOERR_FSTAT
                    -> true;
            default -> false;
        };
    }

    /** A one-line message for a file that cannot be written because of the disk or folder around it. */
    static String cannotWrite(Path file, Exception e) {
        return environmentProblem(file)
                .map(problem -> "Cannot write " + file + ": " + problem + ". Nothing was changed.")
                .orElse("Cannot write " + file + " (" + describe(e) + "). Nothing was changed.");
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e instanceof SQLException sql ? reason(sql) : String.valueOf(e.getMessage());
    }

    /** The SQLite result name, for example "SQLITE_CORRUPT", without SQL text. */
    static String reason(SQLException e) {
        SQLiteErrorCode code = code(e);
        return code == SQLiteErrorCode.UNKNOWN_ERROR ? String.valueOf(e.getMessage()) : code.name();
    }

    private static SQLiteErrorCode code(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            return sqlite.getResultCode();
        }
        return SQLiteErrorCode.getErrorCode(e.getErrorCode());
    }
}
