package dev.throughline.edit;

import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/** Create, update and delete of one row as undoable commands. */
public final class RowEdits {

    private RowEdits() {
    }

    /** Creates a row; after execution {@link Create#created()} holds it with its id. */
    public static <T> Create<T> create(String description, RowTable<T> table, T row) {
        return new Create<>(description, table, row);
    }

    public static <T> Command update(String description, RowTable<T> table, T before, T after) {
        return new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
                table.update(sql, after);
                return List.of(table.changed(table.idOf(after)));
            }

            @Override
            public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
                table.update(sql, before);
                return List.of(table.changed(table.idOf(before)));
            }
        };
    }

    public static <T> Command delete(String description, RowTable<T> table, T row) {
        return new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
                table.delete(sql, table.idOf(row));
                return List.of(table.changed(table.idOf(row)));
            }

            @Override
            public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
                table.insert(sql, row);
                return List.of(table.changed(table.idOf(row)));
            }
        };
    }

    public static final class Create<T> implements Command {
        private final String description;
        private final RowTable<T> table;
        private T row;

        private Create(String description, RowTable<T> table, T row) {
            this.description = description;
            this.table = table;
            this.row = row;
        }

        public T created() {
            return row;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
            long id = table.insert(sql, row);
            row = table.withId(row, id);
            return List.of(table.changed(id));
        }

        @Override
        public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
            table.delete(sql, table.idOf(row));
            return List.of(table.changed(table.idOf(row)));
        }
    }
}
