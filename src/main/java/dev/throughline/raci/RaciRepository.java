package dev.throughline.raci;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.program.Health;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All SQL about the RACI: deliverables, members, assignments, and the workspace settings it reads. */
public final class RaciRepository implements RowTable<Deliverable> {

    private static final String DELIVERABLE_COLUMNS = "id, program_id, workstream_id, milestone_id, position, title";

    // ---- deliverables

    public List<Deliverable> deliverables(Sql sql, long programId) throws SQLException {
        return sql.list("select " + DELIVERABLE_COLUMNS + " from deliverables where program_id = ? order by position, id",
                RaciRepository::mapDeliverable, programId);
    }

    /** Every deliverable of every program (the home screen checks all RACIs at once). */
    public List<Deliverable> allDeliverables(Sql sql) throws SQLException {
        return sql.list("select " + DELIVERABLE_COLUMNS + " from deliverables order by program_id, position, id",
                RaciRepository::mapDeliverable);
    }

    /** Every assignment of every program. */
    public List<RaciAssignment> allAssignments(Sql sql) throws SQLException {
        return sql.list("select deliverable_id, person_id, role from raci_assignments", RaciRepository::mapAssignment);
    }

    public Optional<Deliverable> findDeliverable(Sql sql, long id) throws SQLException {
        return sql.one("select " + DELIVERABLE_COLUMNS + " from deliverables where id = ?",
                RaciRepository::mapDeliverable, id);
    }

    public int nextPosition(Sql sql, long programId) throws SQLException {
        return (int) sql.count("select coalesce(max(position), 0) + 1 from deliverables where program_id = ?", programId);
    }

    @Override
    public long insert(Sql sql, Deliverable d) throws SQLException {
        return sql.insert("insert into deliverables (" + DELIVERABLE_COLUMNS + ") values (?, ?, ?, ?, ?, ?)",
                d.id() == 0 ? null : d.id(), d.programId(), d.workstreamId(), d.milestoneId(), d.position(), d.title());
    }

    @Override
    public void update(Sql sql, Deliverable d) throws SQLException {
        sql.update("update deliverables set workstream_id = ?, milestone_id = ?, position = ?, title = ? where id = ?",
                d.workstreamId(), d.milestoneId(), d.position(), d.title(), d.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from deliverables where id = ?", id);
    }

    @Override
    public long idOf(Deliverable row) {
        return row.id();
    }

    @Override
    public Deliverable withId(Deliverable row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.DELIVERABLE;
    }

    /** Removes a program's whole RACI (the sample's undo): assignments, deliverables, members. */
    public void deleteProgramRaci(Sql sql, long programId) throws SQLException {
        sql.update("delete from raci_assignments where deliverable_id in (select id from deliverables where program_id = ?)",
                programId);
        sql.update("delete from deliverables where program_id = ?", programId);
        sql.update("delete from raci_members where program_id = ?", programId);
    }

    // ---- members

    public List<RaciMember> members(Sql sql, long programId) throws SQLException {
        return sql.list("select program_id, person_id, position from raci_members where program_id = ? order by position",
                r -> new RaciMember(r.getLong("program_id"), r.getLong("person_id"), r.getInt("position")), programId);
    }

    public boolean isMember(Sql sql, long programId, long personId) throws SQLException {
        return sql.count("select count(*) from raci_members where program_id = ? and person_id = ?", programId, personId) > 0;
    }

    public int nextMemberPosition(Sql sql, long programId) throws SQLException {
        return (int) sql.count("select coalesce(max(position), 0) + 1 from raci_members where program_id = ?", programId);
    }

    public void insertMember(Sql sql, RaciMember m) throws SQLException {
        sql.update("insert into raci_members (program_id, person_id, position) values (?, ?, ?)",
                m.programId(), m.personId(), m.position());
    }

    public void deleteMember(Sql sql, long programId, long personId) throws SQLException {
        sql.update("delete from raci_members where program_id = ? and person_id = ?", programId, personId);
    }

    // ---- assignments

    public List<RaciAssignment> assignments(Sql sql, long programId) throws SQLException {
        return sql.list("select a.deliverable_id, a.person_id, a.role from raci_assignments a"
                        + " join deliverables d on d.id = a.deliverable_id where d.program_id = ?",
                RaciRepository::mapAssignment, programId);
    }

    public List<RaciAssignment> assignmentsOfCell(Sql sql, long deliverableId, long personId) throws SQLException {
        return sql.list("select deliverable_id, person_id, role from raci_assignments where deliverable_id = ? and person_id = ?",
                RaciRepository::mapAssignment, deliverableId, personId);
    }

    public List<RaciAssignment> assignmentsOfDeliverable(Sql sql, long deliverableId) throws SQLException {
        return sql.list("select deliverable_id, person_id, role from raci_assignments where deliverable_id = ?",
                RaciRepository::mapAssignment, deliverableId);
    }

    public List<RaciAssignment> assignmentsOfMember(Sql sql, long programId, long personId) throws SQLException {
        return sql.list("select a.deliverable_id, a.person_id, a.role from raci_assignments a"
                        + " join deliverables d on d.id = a.deliverable_id where d.program_id = ? and a.person_id = ?",
                RaciRepository::mapAssignment, programId, personId);
    }

    public void insertAssignment(Sql sql, RaciAssignment a) throws SQLException {
        sql.update("insert into raci_assignments (deliverable_id, person_id, role) values (?, ?, ?)",
                a.deliverableId(), a.personId(), a.role());
    }

    public void deleteCell(Sql sql, long deliverableId, long personId) throws SQLException {
        sql.update("delete from raci_assignments where deliverable_id = ? and person_id = ?", deliverableId, personId);
    }

    /** Every A or R in the portfolio (archived programs left out), with program health and milestone slip. */
    public List<LoadFact> loadFacts(Sql sql) throws SQLException {
        return sql.list("select distinct a.person_id, pe.name, d.id as deliverable_id, p.id as program_id, p.key, p.health,"
                        + " case when m.id is not null and m.actual_date is null and m.baseline_date is not null"
                        + " and m.forecast_date > m.baseline_date then 1 else 0 end as slipped"
                        + " from raci_assignments a join deliverables d on d.id = a.deliverable_id"
                        + " join programs p on p.id = d.program_id join people pe on pe.id = a.person_id"
                        + " left join milestones m on m.id = d.milestone_id"
                        + " where a.role in ('A', 'R') and p.archived = 0 and p.status not in ('DONE', 'CANCELLED')",
                r -> new LoadFact(r.getLong("person_id"), r.getString("name"), r.getLong("deliverable_id"),
                        r.getLong("program_id"), r.getString("key"), r.getEnum("health", Health.class),
                        r.getBoolean("slipped")));
    }

    // ---- settings

    public Optional<String> setting(Sql sql, String key) throws SQLException {
        return sql.one("select value from settings where key = ?", r -> r.getString("value"), key);
    }

    public void putSetting(Sql sql, String key, String value) throws SQLException {
        if (value == null) {
            sql.update("delete from settings where key = ?", key);
        } else {
            sql.update("insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value",
                    key, value);
        }
    }

    // ---- mapping

    public static Map<Long, Map<Long, java.util.Set<RaciRole>>> byCell(List<RaciAssignment> assignments) {
        Map<Long, Map<Long, java.util.Set<RaciRole>>> cells = new HashMap<>();
        for (RaciAssignment a : assignments) {
            cells.computeIfAbsent(a.deliverableId(), k -> new HashMap<>())
                    .computeIfAbsent(a.personId(), k -> java.util.EnumSet.noneOf(RaciRole.class)).add(a.role());
        }
        return cells;
    }

    private static Deliverable mapDeliverable(Sql.Row r) throws SQLException {
        return new Deliverable(r.getLong("id"), r.getLong("program_id"), r.getNullableLong("workstream_id"),
                r.getNullableLong("milestone_id"), r.getInt("position"), r.getString("title"));
    }

    private static RaciAssignment mapAssignment(Sql.Row r) throws SQLException {
        return new RaciAssignment(r.getLong("deliverable_id"), r.getLong("person_id"),
                r.getEnum("role", RaciRole.class));
    }
}
