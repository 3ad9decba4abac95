package dev.throughline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Thin helper over the store's connection for repositories: parameter binding (dates as ISO-8601
 * text, enums by name) and row mapping. Every statement is closed before returning, which keeps
 * sqlite-jdbc from reporting "statements in progress" at commit.
 */
public final class Sql {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    public <T> List<T> list(String query, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(query, params); ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            Row row = new Row(rs);
            while (rs.next()) {
                out.add(mapper.map(row));
            }
            return out;
        }
    }

    public <T> Optional<T> one(String query, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> rows = list(query, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String query, Object... params) throws SQLException {
        return one(query, r -> r.getLong(1), params).orElse(0L);
    }

    public int update(String statement, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(statement, params)) {
            return st.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the new row id. */
    public long insert(String statement, Object... params) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(statement, Statement.RETURN_GENERATED_KEYS)) {
            bind(st, params);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("insert returned no row id");
                }
                return keys.getLong(1);
            }
        }
    }

    /** Runs one statement for each row of parameters as a JDBC batch; returns how many rows ran. */
    public int batch(String statement, List<Object[]> rows) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(statement)) {
            int pending = 0;
            for (Object[] params : rows) {
                bind(st, params);
                st.addBatch();
                if (++pending == 1_000) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                st.executeBatch();
            }
            return rows.size();
        }
    }

    /** Runs a script of statements separated by semicolons at line ends (migrations). */
    void script(String script) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String statement : SqlScript.split(script)) {
                st.execute(statement);
            }
        }
    }

    private PreparedStatement prepare(String query, Object... params) throws SQLException {
        PreparedStatement st = connection.prepareStatement(query);
        try {
            bind(st, params);
            return st;
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            if (value == null) {
                st.setNull(index, Types.NULL);
            } else if (value instanceof LocalDate || value instanceof LocalTime) {
                st.setString(index, value.toString());
            } else if (value instanceof Enum<?> e) {
                st.setString(index, e.name());
            } else if (value instanceof Boolean b) {
                st.setInt(index, b ? 1 : 0);
            } else {
                st.setObject(index, value);
            }
        }
    }

    /** A read-only view of the current row with typed getters for Throughline's storage conventions. */
    public static final class Row {
        private final ResultSet rs;

        Row(ResultSet rs) {
            this.rs = rs;
        }

        public long getLong(int column) throws SQLException {
            return rs.getLong(column);
        }

        public long getLong(String column) throws SQLException {
            return rs.getLong(column);
        }

        public Long getNullableLong(String column) throws SQLException {
            long value = rs.getLong(column);
            return rs.wasNull() ? null : value;
        }

        public int getInt(String column) throws SQLException {
            return rs.getInt(column);
        }

        public String getString(String column) throws SQLException {
            return rs.getString(column);
        }

        public String getString(int column) throws SQLException {
            return rs.getString(column);
        }

        public boolean getBoolean(String column) throws SQLException {
            return rs.getInt(column) != 0;
        }

        public LocalDate getDate(String column) throws SQLException {
            String text = rs.getString(column);
            return text == null ? null : LocalDate.parse(text);
        }

        public LocalTime getTime(String column) throws SQLException {
            String text = rs.getString(column);
            return text == null ? null : LocalTime.parse(text);
        }

        public <E extends Enum<E>> E getEnum(String column, Class<E> type) throws SQLException {
            String text = rs.getString(column);
            return text == null ? null : Enum.valueOf(type, text);
        }
    }
}
