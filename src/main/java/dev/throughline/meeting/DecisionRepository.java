package dev.throughline.meeting;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about a program's decision log. */
public final class DecisionRepository implements RowTable<Decision> {

    private static final String COLUMNS = "id, program_id, occurrence_id, title, rationale, decided_on, status, supersedes_id";

    /** The program's decisions, newest first, each with its sync's date and what superseded it. */
    public List<DecisionRow> rows(Sql sql, long programId) throws SQLException {
        return sql.list("select d.id, d.program_id, d.occurrence_id, d.title, d.rationale, d.decided_on, d.status,"
                        + " d.supersedes_id, o.occurrence_date,"
                        + " (select max(n.id) from decisions n where n.supersedes_id = d.id) as superseded_by"
                        + " from decisions d left join meeting_occurrences o on o.id = d.occurrence_id"
                        + " where d.program_id = ? order by d.decided_on desc, d.id desc",
                r -> new DecisionRow(map(r), r.getDate("occurrence_date"), r.getNullableLong("superseded_by")), programId);
    }

    public List<Decision> ofOccurrence(Sql sql, long occurrenceId) throws SQLException {
        return sql.list("select " + COLUMNS + " from decisions where occurrence_id = ? order by id",
                DecisionRepository::map, occurrenceId);
    }

    public Optional<Decision> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from decisions where id = ?", DecisionRepository::map, id);
    }

    @Override
    public long insert(Sql sql, Decision d) throws SQLException {
        return sql.insert("insert into decisions (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                d.id() == 0 ? null : d.id(), d.programId(), d.occurrenceId(), d.title(), d.rationale(), d.decidedOn(),
                d.status(), d.supersedesId());
    }

    @Override
    public void update(Sql sql, Decision d) throws SQLException {
        sql.update("update decisions set title = ?, rationale = ?, decided_on = ?, status = ?, supersedes_id = ?"
                + " where id = ?", d.title(), d.rationale(), d.decidedOn(), d.status(), d.supersedesId(), d.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from decisions where id = ?", id);
    }

    @Override
    public long idOf(Decision row) {
        return row.id();
    }

    @Override
    public Decision withId(Decision row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.DECISION;
    }

    private static Decision map(Sql.Row r) throws SQLException {
        return new Decision(r.getLong("id"), r.getLong("program_id"), r.getNullableLong("occurrence_id"),
                r.getString("title"), r.getString("rationale"), r.getDate("decided_on"),
                r.getEnum("status", DecisionStatus.class), r.getNullableLong("supersedes_id"));
    }
}
