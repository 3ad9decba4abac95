package dev.throughline.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The schema version and each table's row count: what a copy must match to stand for its source. */
record TableCounts(long schemaVersion, Map<String, Long> rows) {

    static TableCounts of(Sql sql) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : sql.list("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'",
                r -> r.getString(1))) {
            rows.put(table, sql.count("select count(*) from \"" + table.replace("\"", "\"\"") + "\""));
        }
        return new TableCounts(sql.count("pragma user_version"), rows);
    }

    /** The first few differences, in words, for a message. */
    String difference(TableCounts other) {
        List<String> differences = new ArrayList<>();
        if (schemaVersion != other.schemaVersion) {
            differences.add("schema version " + schemaVersion + " became " + other.schemaVersion);
        }
        for (var entry : rows.entrySet()) {
            Long theirs = other.rows.get(entry.getKey());
            if (!entry.getValue().equals(theirs)) {
                differences.add(entry.getKey() + ": " + entry.getValue() + " rows, copy " + (theirs == null ? "has no such table" : theirs));
            }
        }
        other.rows.keySet().stream().filter(t -> !rows.containsKey(t)).forEach(t -> differences.add("unexpected table " + t));
        return String.join("; ", differences.subList(0, Math.min(3, differences.size())));
    }
}
