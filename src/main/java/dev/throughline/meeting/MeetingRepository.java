package dev.throughline.meeting;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** All SQL about meeting series, their attendees and agenda templates. A series row carries its children. */
public final class MeetingRepository implements RowTable<MeetingSeries> {

    private static final String COLUMNS = "id, program_id, title, rrule, first_date, start_time, duration_minutes, zone,"
            + " async_first, exdates";

    public List<MeetingSeries> ofProgram(Sql sql, long programId) throws SQLException {
        List<MeetingSeries> out = new ArrayList<>();
        for (MeetingSeries s : sql.list("select " + COLUMNS + " from meeting_series where program_id = ? order by title, id",
                MeetingRepository::map, programId)) {
            out.add(withChildren(sql, s));
        }
        return out;
    }

    public Optional<MeetingSeries> find(Sql sql, long id) throws SQLException {
        Optional<MeetingSeries> s = sql.one("select " + COLUMNS + " from meeting_series where id = ?",
                MeetingRepository::map, id);
        return s.isPresent() ? Optional.of(withChildren(sql, s.get())) : Optional.empty();
    }

    public boolean programExists(Sql sql, long programId) throws SQLException {
        return sql.count("select count(*) from programs where id = ?", programId) > 0;
    }

    /** Ids of the given people that are in the directory. */
    public List<Long> existingPeople(Sql sql, List<Long> ids) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (Long id : ids) {
            if (sql.count("select count(*) from people where id = ?", id) > 0) {
                out.add(id);
            }
        }
        return out;
    }

    @Override
    public long insert(Sql sql, MeetingSeries s) throws SQLException {
        long id = sql.insert("insert into meeting_series (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id() == 0 ? null : s.id(), s.programId(), s.title(), s.rrule(), s.firstDate(), s.startTime(),
                s.durationMinutes(), s.zone().getId(), s.asyncFirst(), exdates(s));
        writeChildren(sql, id, s);
        return id;
    }

    @Override
    public void update(Sql sql, MeetingSeries s) throws SQLException {
        sql.update("update meeting_series set title = ?, rrule = ?, first_date = ?, start_time = ?, duration_minutes = ?,"
                        + " zone = ?, async_first = ?, exdates = ? where id = ?", s.title(), s.rrule(), s.firstDate(),
                s.startTime(), s.durationMinutes(), s.zone().getId(), s.asyncFirst(), exdates(s), s.id());
        sql.update("delete from meeting_attendees where series_id = ?", s.id());
        sql.update("delete from meeting_agenda_sections where series_id = ?", s.id());
        writeChildren(sql, s.id(), s);
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from meeting_series where id = ?", id);
    }

    @Override
    public long idOf(MeetingSeries row) {
        return row.id();
    }

    @Override
    public MeetingSeries withId(MeetingSeries row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.MEETING_SERIES;
    }

    private static void writeChildren(Sql sql, long id, MeetingSeries s) throws SQLException {
        int position = 0;
        for (Long person : s.attendeeIds()) {
            sql.insert("insert into meeting_attendees (series_id, person_id, position) values (?, ?, ?)", id, person,
                    position++);
        }
        position = 0;
        for (AgendaSection section : s.sections()) {
            sql.insert("insert into meeting_agenda_sections (series_id, position, kind, title, minutes) values (?, ?, ?, ?, ?)",
                    id, position++, section.kind(), section.title(), section.minutes());
        }
    }

    private static MeetingSeries withChildren(Sql sql, MeetingSeries s) throws SQLException {
        List<Long> attendees = sql.list("select person_id from meeting_attendees where series_id = ? order by position",
                r -> r.getLong(1), s.id());
        List<AgendaSection> sections = sql.list("select kind, title, minutes from meeting_agenda_sections"
                        + " where series_id = ? order by position",
                r -> new AgendaSection(r.getEnum("kind", SectionKind.class), r.getString("title"), r.getInt("minutes")),
                s.id());
        return new MeetingSeries(s.id(), s.programId(), s.title(), s.rrule(), s.firstDate(), s.startTime(),
                s.durationMinutes(), s.zone(), s.asyncFirst(), s.skipped(), attendees, sections);
    }

    private static String exdates(MeetingSeries s) {
        return String.join(",", s.skipped().stream().map(LocalDate::toString).toList());
    }

    private static MeetingSeries map(Sql.Row r) throws SQLException {
        String ex = r.getString("exdates");
        List<LocalDate> skipped = ex == null || ex.isBlank() ? List.of()
                : Arrays.stream(ex.split(",")).map(LocalDate::parse).toList();
        return new MeetingSeries(r.getLong("id"), r.getLong("program_id"), r.getString("title"), r.getString("rrule"),
                r.getDate("first_date"), LocalTime.parse(r.getString("start_time")), r.getInt("duration_minutes"),
                ZoneId.of(r.getString("zone")), r.getBoolean("async_first"), skipped, List.of(), List.of());
    }
}
