package dev.throughline.milestone;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about milestones. */
public final class MilestoneRepository implements RowTable<Milestone> {

    static final String COLUMNS = "id, program_id, workstream_id, title, owner_id, start_date, baseline_date,"
            + " forecast_date, actual_date, deadline, status, notes";

    public List<Milestone> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select " + COLUMNS + " from milestones where program_id = ? order by forecast_date, id",
                MilestoneRepository::map, programId);
    }

    public List<Milestone> all(Sql sql) throws SQLException {
        return sql.list("select " + COLUMNS + " from milestones order by program_id, forecast_date, id",
                MilestoneRepository::map);
    }

    public Optional<Milestone> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from milestones where id = ?", MilestoneRepository::map, id);
    }

    @Override
    public long insert(Sql sql, Milestone m) throws SQLException {
        return sql.insert("insert into milestones (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id() == 0 ? null : m.id(), m.programId(), m.workstreamId(), m.title(), m.ownerId(), m.start(),
                m.baseline(), m.forecast(), m.actual(), m.deadline(), m.status(), m.notes());
    }

    @Override
    public void update(Sql sql, Milestone m) throws SQLException {
        sql.update("update milestones set workstream_id = ?, title = ?, owner_id = ?, start_date = ?, baseline_date = ?,"
                        + " forecast_date = ?, actual_date = ?, deadline = ?, status = ?, notes = ? where id = ?",
                m.workstreamId(), m.title(), m.ownerId(), m.start(), m.baseline(), m.forecast(), m.actual(),
                m.deadline(), m.status(), m.notes(), m.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from milestones where id = ?", id);
    }

    @Override
    public long idOf(Milestone row) {
        return row.id();
    }

    @Override
    public Milestone withId(Milestone row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.MILESTONE;
    }

    static Milestone map(Sql.Row r) throws SQLException {
        return new Milestone(r.getLong("id"), r.getLong("program_id"), r.getNullableLong("workstream_id"),
                r.getString("title"), r.getNullableLong("owner_id"), r.getDate("start_date"),
                r.getDate("baseline_date"), r.getDate("forecast_date"), r.getDate("actual_date"),
                r.getDate("deadline"), r.getEnum("status", MilestoneStatus.class), r.getString("notes"));
    }
}
