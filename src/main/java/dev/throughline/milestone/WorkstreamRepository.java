package dev.throughline.milestone;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about workstreams. */
public final class WorkstreamRepository implements RowTable<Workstream> {

    public List<Workstream> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select id, program_id, position, name from workstreams where program_id = ? order by position, id",
                WorkstreamRepository::map, programId);
    }

    public Optional<Workstream> find(Sql sql, long id) throws SQLException {
        return sql.one("select id, program_id, position, name from workstreams where id = ?", WorkstreamRepository::map, id);
    }

    public int nextPosition(Sql sql, long programId) throws SQLException {
        return (int) sql.count("select coalesce(max(position), 0) + 1 from workstreams where program_id = ?", programId);
    }

    public long milestoneCount(Sql sql, long workstreamId) throws SQLException {
        return sql.count("select count(*) from milestones where workstream_id = ?", workstreamId);
    }

    public long deliverableCount(Sql sql, long workstreamId) throws SQLException {
        return sql.count("select count(*) from deliverables where workstream_id = ?", workstreamId);
    }

    @Override
    public long insert(Sql sql, Workstream w) throws SQLException {
        return sql.insert("insert into workstreams (id, program_id, position, name) values (?, ?, ?, ?)",
                w.id() == 0 ? null : w.id(), w.programId(), w.position(), w.name());
    }

    @Override
    public void update(Sql sql, Workstream w) throws SQLException {
        sql.update("update workstreams set position = ?, name = ? where id = ?", w.position(), w.name(), w.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from workstreams where id = ?", id);
    }

    @Override
    public long idOf(Workstream row) {
        return row.id();
    }

    @Override
    public Workstream withId(Workstream row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.WORKSTREAM;
    }

    private static Workstream map(Sql.Row r) throws SQLException {
        return new Workstream(r.getLong("id"), r.getLong("program_id"), r.getInt("position"), r.getString("name"));
    }
}
