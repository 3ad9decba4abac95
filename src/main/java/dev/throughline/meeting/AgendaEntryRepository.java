package dev.throughline.meeting;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about the stored agenda items of occurrences. */
public final class AgendaEntryRepository implements RowTable<AgendaEntry> {

    private static final String COLUMNS = "id, occurrence_id, position, section, kind, text, source, minutes,"
            + " spent_seconds, state, outcome, carried_from_item, carried_from_date";

    public List<AgendaEntry> ofOccurrence(Sql sql, long occurrenceId) throws SQLException {
        return sql.list("select " + COLUMNS + " from occurrence_items where occurrence_id = ? order by position, id",
                AgendaEntryRepository::map, occurrenceId);
    }

    public Optional<AgendaEntry> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from occurrence_items where id = ?", AgendaEntryRepository::map, id);
    }

    @Override
    public long insert(Sql sql, AgendaEntry e) throws SQLException {
        return sql.insert("insert into occurrence_items (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id() == 0 ? null : e.id(), e.occurrenceId(), e.position(), e.section(), e.kind(), e.text(), e.source(),
                e.minutes(), e.spentSeconds(), e.state(), e.outcome(), e.carriedFromItem(), e.carriedFromDate());
    }

    @Override
    public void update(Sql sql, AgendaEntry e) throws SQLException {
        sql.update("update occurrence_items set position = ?, section = ?, kind = ?, text = ?, source = ?, minutes = ?,"
                        + " spent_seconds = ?, state = ?, outcome = ? where id = ?", e.position(), e.section(), e.kind(),
                e.text(), e.source(), e.minutes(), e.spentSeconds(), e.state(), e.outcome(), e.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from occurrence_items where id = ?", id);
    }

    @Override
    public long idOf(AgendaEntry row) {
        return row.id();
    }

    @Override
    public AgendaEntry withId(AgendaEntry row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.OCCURRENCE;
    }

    private static AgendaEntry map(Sql.Row r) throws SQLException {
        return new AgendaEntry(r.getLong("id"), r.getLong("occurrence_id"), r.getInt("position"), r.getString("section"),
                r.getEnum("kind", SectionKind.class), r.getString("text"), r.getString("source"), r.getInt("minutes"),
                r.getLong("spent_seconds"), r.getEnum("state", ItemState.class), r.getString("outcome"),
                r.getNullableLong("carried_from_item"), r.getDate("carried_from_date"));
    }
}
