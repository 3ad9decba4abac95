package dev.throughline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a file holds the schema its version promises: Throughline's application id, a version this
 * Throughline wrote, and exactly the tables and columns the migrations up to that version create
 * (built once per version in memory from the same migration scripts).
 */
final class SchemaCheck {

    private static final Map<Integer, Map<String, List<String>>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    static List<String> problems(Sql sql) throws SQLException {
        List<String> problems = new ArrayList<>();
        long applicationId = sql.count("pragma application_id");
        int version = (int) sql.count("pragma user_version");
        if (applicationId != Store.APPLICATION_ID) {
            problems.add("the application id is " + applicationId + ", not Throughline's");
        }
        if (version < 1 || version > Migrations.latestVersion()) {
            problems.add("schema version " + version + " is not one this Throughline wrote (1 to "
                    + Migrations.latestVersion() + ")");
            return problems;
        }
        Map<String, List<String>> expected = expected(version);
        Map<String, List<String>> actual = columns(sql);
        expected.forEach((table, columns) -> {
            List<String> present = actual.get(table);
            if (present == null) {
                problems.add("table " + table + " is missing");
                return;
            }
            columns.stream().filter(c -> !present.contains(c)).forEach(c -> problems.add("table " + table + " has no column " + c));
            present.stream().filter(c -> !columns.contains(c)).forEach(c -> problems.add("table " + table + " has an unexpected column " + c));
        });
        actual.keySet().stream().filter(t -> !expected.containsKey(t)).forEach(t -> problems.add("unexpected table " + t));
        return problems;
    }

    private static Map<String, List<String>> expected(int version) throws SQLException {
        Map<String, List<String>> cached = EXPECTED.get(version);
        if (cached != null) {
            return cached;
        }
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.migrate(memory, null, true, version);
            Map<String, List<String>> columns = columns(new Sql(memory));
            EXPECTED.put(version, columns);
            return columns;
        }
    }

    private static Map<String, List<String>> columns(Sql sql) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : sql.list("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'"
                + " order by name", r -> r.getString(1))) {
            tables.put(table, sql.list("select name from pragma_table_info(?)", r -> r.getString(1), table));
        }
        return tables;
    }
}
