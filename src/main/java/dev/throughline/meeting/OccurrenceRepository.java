package dev.throughline.meeting;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** All SQL about stored occurrences and their attendance. */
public final class OccurrenceRepository implements RowTable<OccurrenceRecord> {

    private static final String COLUMNS = "id, series_id, occurrence_date, starts_at, state, started_at, ended_at,"
            + " current_item_id, item_started_at, notes, minutes";

    public Optional<OccurrenceRecord> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from meeting_occurrences where id = ?", OccurrenceRepository::map, id);
    }

    public Optional<OccurrenceRecord> find(Sql sql, long seriesId, LocalDate date) throws SQLException {
        return sql.one("select " + COLUMNS + " from meeting_occurrences where series_id = ? and occurrence_date = ?",
                OccurrenceRepository::map, seriesId, date);
    }

    public List<OccurrenceRecord> ofSeries(Sql sql, long seriesId) throws SQLException {
        return sql.list("select " + COLUMNS + " from meeting_occurrences where series_id = ? order by occurrence_date",
                OccurrenceRepository::map, seriesId);
    }

    /** The newest ended occurrence of the series before {@code date}. */
    public Optional<OccurrenceRecord> lastEndedBefore(Sql sql, long seriesId, LocalDate date) throws SQLException {
        return sql.one("select " + COLUMNS + " from meeting_occurrences where series_id = ? and state = 'ENDED'"
                + " and occurrence_date < ? order by occurrence_date desc limit 1", OccurrenceRepository::map, seriesId, date);
    }

    /** The soonest stored, not yet run occurrence of the series after {@code date}. */
    public Optional<OccurrenceRecord> nextPlannedAfter(Sql sql, long seriesId, LocalDate date) throws SQLException {
        return sql.one("select " + COLUMNS + " from meeting_occurrences where series_id = ? and state = 'PLANNED'"
                + " and occurrence_date > ? order by occurrence_date limit 1", OccurrenceRepository::map, seriesId, date);
    }

    public List<Long> present(Sql sql, long occurrenceId) throws SQLException {
        return sql.list("select person_id from occurrence_attendance where occurrence_id = ? and present = 1"
                + " order by person_id", r -> r.getLong(1), occurrenceId);
    }

    /** Sets one person's attendance; null removes the row (attendance not recorded). */
    public void setPresent(Sql sql, long occurrenceId, long personId, Boolean present) throws SQLException {
        sql.update("delete from occurrence_attendance where occurrence_id = ? and person_id = ?", occurrenceId, personId);
        if (present != null) {
            sql.insert("insert into occurrence_attendance (occurrence_id, person_id, present) values (?, ?, ?)",
                    occurrenceId, personId, present);
        }
    }

    /** Attendance of one person: null when not recorded. */
    public Boolean attendance(Sql sql, long occurrenceId, long personId) throws SQLException {
        return sql.one("select present from occurrence_attendance where occurrence_id = ? and person_id = ?",
                r -> r.getBoolean("present"), occurrenceId, personId).orElse(null);
    }

    @Override
    public long insert(Sql sql, OccurrenceRecord o) throws SQLException {
        return sql.insert("insert into meeting_occurrences (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                o.id() == 0 ? null : o.id(), o.seriesId(), o.date(), text(o.startsAt()), o.state(), text(o.startedAt()),
                text(o.endedAt()), o.currentItemId(), text(o.itemStartedAt()), o.notes(), o.minutes());
    }

    @Override
    public void update(Sql sql, OccurrenceRecord o) throws SQLException {
        sql.update("update meeting_occurrences set state = ?, started_at = ?, ended_at = ?, current_item_id = ?,"
                        + " item_started_at = ?, notes = ?, minutes = ? where id = ?", o.state(), text(o.startedAt()),
                text(o.endedAt()), o.currentItemId(), text(o.itemStartedAt()), o.notes(), o.minutes(), o.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from meeting_occurrences where id = ?", id);
    }

    @Override
    public long idOf(OccurrenceRecord row) {
        return row.id();
    }

    @Override
    public OccurrenceRecord withId(OccurrenceRecord row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.OCCURRENCE;
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(Sql.Row r, String column) throws SQLException {
        String text = r.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    private static OccurrenceRecord map(Sql.Row r) throws SQLException {
        return new OccurrenceRecord(r.getLong("id"), r.getLong("series_id"), r.getDate("occurrence_date"),
                instant(r, "starts_at"), r.getEnum("state", OccurrenceState.class), instant(r, "started_at"),
                instant(r, "ended_at"), r.getNullableLong("current_item_id"), instant(r, "item_started_at"),
                r.getString("notes"), r.getString("minutes"));
    }
}
