package dev.throughline.milestone;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about dependencies between milestones. */
public final class DependencyRepository implements RowTable<Dependency> {

    private static final String COLUMNS = "id, predecessor_id, successor_id, type, lag_days";

    public List<Dependency> successorsOf(Sql sql, long milestoneId) throws SQLException {
        return sql.list("select " + COLUMNS + " from dependencies where predecessor_id = ?", DependencyRepository::map,
                milestoneId);
    }

    public List<Dependency> predecessorsOf(Sql sql, long milestoneId) throws SQLException {
        return sql.list("select " + COLUMNS + " from dependencies where successor_id = ?", DependencyRepository::map,
                milestoneId);
    }

    /** Dependencies touching any milestone of the program (either end). */
    public List<Dependency> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select " + COLUMNS + " from dependencies where predecessor_id in (select id from milestones"
                        + " where program_id = ?) or successor_id in (select id from milestones where program_id = ?)",
                DependencyRepository::map, programId, programId);
    }

    public List<Dependency> all(Sql sql) throws SQLException {
        return sql.list("select " + COLUMNS + " from dependencies", DependencyRepository::map);
    }

    public Optional<Dependency> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from dependencies where id = ?", DependencyRepository::map, id);
    }

    public Optional<Dependency> between(Sql sql, long predecessorId, long successorId) throws SQLException {
        return sql.one("select " + COLUMNS + " from dependencies where predecessor_id = ? and successor_id = ?",
                DependencyRepository::map, predecessorId, successorId);
    }

    @Override
    public long insert(Sql sql, Dependency d) throws SQLException {
        return sql.insert("insert into dependencies (" + COLUMNS + ") values (?, ?, ?, ?, ?)",
                d.id() == 0 ? null : d.id(), d.predecessorId(), d.successorId(), d.type(), d.lagDays());
    }

    @Override
    public void update(Sql sql, Dependency d) throws SQLException {
        sql.update("update dependencies set type = ?, lag_days = ? where id = ?", d.type(), d.lagDays(), d.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from dependencies where id = ?", id);
    }

    @Override
    public long idOf(Dependency row) {
        return row.id();
    }

    @Override
    public Dependency withId(Dependency row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.DEPENDENCY;
    }

    private static Dependency map(Sql.Row r) throws SQLException {
        return new Dependency(r.getLong("id"), r.getLong("predecessor_id"), r.getLong("successor_id"),
                r.getEnum("type", DependencyType.class), r.getInt("lag_days"));
    }
}
