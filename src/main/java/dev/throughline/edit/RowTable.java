package dev.throughline.edit;

import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;

/** What the generic row commands need from a repository: rows that keep their id across undo/redo. */
public interface RowTable<T> {

    /** Inserts the row, reusing its id when it has one (redo), and returns the id. */
    long insert(Sql sql, T row) throws SQLException;

    void update(Sql sql, T row) throws SQLException;

    void delete(Sql sql, long id) throws SQLException;

    long idOf(T row);

    T withId(T row, long id);

    EntityChanged.Entity entity();

    default EntityChanged changed(long id) {
        return new EntityChanged(entity(), id);
    }
}
