package dev.throughline.store;

import java.sql.SQLException;

/** A unit of SQL work run by the {@link Store} on its connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Sql sql) throws SQLException;
}
