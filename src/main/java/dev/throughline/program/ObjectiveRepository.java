package dev.throughline.program;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about objectives. */
public final class ObjectiveRepository implements RowTable<Objective> {

    private static final String COLUMNS = "id, program_id, position, text, measure, target, current";

    public List<Objective> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select " + COLUMNS + " from objectives where program_id = ? order by position, id",
                ObjectiveRepository::map, programId);
    }

    public Optional<Objective> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from objectives where id = ?", ObjectiveRepository::map, id);
    }

    public int nextPosition(Sql sql, long programId) throws SQLException {
        return (int) sql.count("select coalesce(max(position), 0) + 1 from objectives where program_id = ?", programId);
    }

    @Override
    public long insert(Sql sql, Objective o) throws SQLException {
        return sql.insert("insert into objectives (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)",
                o.id() == 0 ? null : o.id(), o.programId(), o.position(), o.text(), o.measure(), o.target(),
                o.current());
    }

    @Override
    public void update(Sql sql, Objective o) throws SQLException {
        sql.update("update objectives set position = ?, text = ?, measure = ?, target = ?, current = ? where id = ?",
                o.position(), o.text(), o.measure(), o.target(), o.current(), o.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from objectives where id = ?", id);
    }

    @Override
    public long idOf(Objective row) {
        return row.id();
    }

    @Override
    public Objective withId(Objective row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.OBJECTIVE;
    }

    private static Objective map(Sql.Row r) throws SQLException {
        return new Objective(r.getLong("id"), r.getLong("program_id"), r.getInt("position"), r.getString("text"),
                r.getString("measure"), r.getString("target"), r.getString("current"));
    }
}
