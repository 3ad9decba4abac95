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
