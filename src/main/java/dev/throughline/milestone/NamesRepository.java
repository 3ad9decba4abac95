package dev.throughline.milestone;

import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads the names that milestone rows show: program keys, workstreams, people. */
final class NamesRepository {

    private NamesRepository() {
    }

    static Names load(Sql sql) throws SQLException {
        return new Names(map(sql, "select id, key from programs"), map(sql, "select id, name from workstreams"),
                map(sql, "select id, name from people"));
    }

    private static Map<Long, String> map(Sql sql, String query) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        for (var e : sql.list(query, r -> Map.entry(r.getLong(1), r.getString(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
