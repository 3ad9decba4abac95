package dev.throughline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A read-only connection to a WAL workspace creates its -wal and -shm but, being read-only, cannot
 * remove them when it closes. When neither was there before the open and the -wal is still empty
 * afterwards, a plain connection is opened and closed: if it is the last one on the file, SQLite
 * (under its own locks, so never while another process uses them) removes both. Nothing is written.
 */
final class ReadOnlyLeftovers {

    private final Path workspace;
    private final boolean companionsWereThere;

    private ReadOnlyLeftovers(Path workspace, boolean companionsWereThere) {
        this.workspace = workspace;
        this.companionsWereThere = companionsWereThere;
    }

    static ReadOnlyLeftovers before(Path workspace) {
        return new ReadOnlyLeftovers(workspace, Files.exists(companion("-wal", workspace))
                || Files.exists(companion("-shm", workspace)));
    }

    void tidyAfterClose() {
        Path wal = companion("-wal", workspace);
        if (companionsWereThere || !Files.exists(wal) || !empty(wal)) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace);
             Statement st = c.createStatement()) {
            st.executeQuery("select count(*) from sqlite_schema").close();
        } catch (SQLException ignored) {
            // Busy, or a read-only folder: the companions stay, as SQLite would leave them.
        }
    }

    private static boolean empty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path companion(String suffix, Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + suffix);
    }
}
