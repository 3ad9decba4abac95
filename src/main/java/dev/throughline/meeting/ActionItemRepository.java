package dev.throughline.meeting;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about action items. */
public final class ActionItemRepository implements RowTable<ActionItem> {

    private static final String COLUMNS = "a.id, a.program_id, a.occurrence_id, a.title, a.owner_id, a.due, a.created_on,"
            + " a.status, a.closed_on";
    private static final String ROWS = "select " + COLUMNS + ", p.key as program_key, coalesce(o.name, '') as owner_name"
            + " from action_items a join programs p on p.id = a.program_id left join people o on o.id = a.owner_id";
    private static final String ORDER = " order by case when a.due is null then 1 else 0 end, a.due, a.id";

    public List<ActionRow> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list(ROWS + " where a.program_id = ?" + ORDER, ActionItemRepository::row, programId);
    }

    /** Open action items of every program that is not archived, soonest due first. */
    public List<ActionRow> open(Sql sql) throws SQLException {
        return sql.list(ROWS + " where a.status = 'OPEN' and p.archived = 0" + ORDER, ActionItemRepository::row);
    }

    public List<ActionRow> ofOccurrence(Sql sql, long occurrenceId) throws SQLException {
        return sql.list(ROWS + " where a.occurrence_id = ? order by a.id", ActionItemRepository::row, occurrenceId);
    }

    public Optional<ActionItem> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from action_items a where a.id = ?", ActionItemRepository::map, id);
    }

    @Override
    public long insert(Sql sql, ActionItem a) throws SQLException {
        return sql.insert("insert into action_items (id, program_id, occurrence_id, title, owner_id, due, created_on,"
                        + " status, closed_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id() == 0 ? null : a.id(),
                a.programId(), a.occurrenceId(), a.title(), a.ownerId(), a.due(), a.createdOn(), a.status(), a.closedOn());
    }

    @Override
    public void update(Sql sql, ActionItem a) throws SQLException {
        sql.update("update action_items set title = ?, owner_id = ?, due = ?, status = ?, closed_on = ? where id = ?",
                a.title(), a.ownerId(), a.due(), a.status(), a.closedOn(), a.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from action_items where id = ?", id);
    }

    @Override
    public long idOf(ActionItem row) {
        return row.id();
    }

    @Override
    public ActionItem withId(ActionItem row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.ACTION_ITEM;
    }

    private static ActionRow row(Sql.Row r) throws SQLException {
        return new ActionRow(map(r), r.getString("program_key"), r.getString("owner_name"));
    }

    private static ActionItem map(Sql.Row r) throws SQLException {
        return new ActionItem(r.getLong("id"), r.getLong("program_id"), r.getNullableLong("occurrence_id"),
                r.getString("title"), r.getNullableLong("owner_id"), r.getDate("due"), r.getDate("created_on"),
                r.getEnum("status", ActionStatus.class), r.getDate("closed_on"));
    }
}
