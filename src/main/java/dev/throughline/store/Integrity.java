package dev.throughline.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own checks; "ok" alone means sound. */
final class Integrity {

    private Integrity() {
    }

    static List<String> problems(Sql sql, boolean full) throws SQLException {
        List<String> rows = sql.list(full ? "pragma integrity_check" : "pragma quick_check", r -> r.getString(1));
        List<String> problems = new ArrayList<>();
        for (String row : rows) {
            if (!"ok".equalsIgnoreCase(row)) {
                problems.add(row);
            }
        }
        try {
            problems.addAll(sql.list("pragma foreign_key_check",
                    r -> "Broken reference in " + r.getString(1) + " row " + r.getString(2) + " to " + r.getString(3)));
        } catch (SQLException e) {
            // A damaged table can make the reference check itself fail; keep what integrity_check found.
            problems.add("The reference check could not run (" + StoreErrors.reason(e) + ")");
        }
        return problems;
    }
}
