package dev.throughline.people;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** All SQL about people. */
public final class PersonRepository implements RowTable<Person> {

    private static final String ME_SETTING = "me.person_id";
    private static final String COLUMNS = "id, name, role, function, email, slack, gitlab, zone, work_start, work_end";

    public List<Person> all(Sql sql) throws SQLException {
        return sql.list("select " + COLUMNS + " from people order by name collate nocase", PersonRepository::map);
    }

    public Optional<Person> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from people where id = ?", PersonRepository::map, id);
    }

    /** Keys and names of programs in which this person is TPgM or sponsor (they block deletion). */
    public List<String> programsLedBy(Sql sql, long personId) throws SQLException {
        return sql.list("select key from programs where tpgm_id = ? or sponsor_id = ? order by key",
                r -> r.getString("key"), personId, personId);
    }

    /** Titles of milestones this person owns (they block deletion). */
    public List<String> milestonesOwnedBy(Sql sql, long personId) throws SQLException {
        return sql.list("select p.key || ' “' || m.title || '”' as label from milestones m join programs p on p.id = m.program_id"
                + " where m.owner_id = ? order by p.key, m.forecast_date", r -> r.getString("label"), personId);
    }

    /** Keys of programs whose RACI has this person as a column or holds a letter of theirs (they block deletion). */
    /** Initiatives of the intake requests this person made (they stay the requester of record). */
    public List<String> intakeRequestsBy(Sql sql, long personId) throws SQLException {
        return sql.list("select initiative from intake_requests where requester_id = ? order by id",
                r -> r.getString("initiative"), personId);
    }

    public List<String> programsWithRaciRoles(Sql sql, long personId) throws SQLException {
        return sql.list("select key from programs where id in (select program_id from raci_members where person_id = ?"
                + " union select d.program_id from raci_assignments a join deliverables d on d.id = a.deliverable_id"
                + " where a.person_id = ?) order by key", r -> r.getString("key"), personId, personId);
    }

    /** The id of the person who uses this workspace ("me"), kept in the workspace's settings. */
    public Optional<Long> meId(Sql sql) throws SQLException {
        return sql.one("select value from settings where key = ?", r -> r.getString("value"), ME_SETTING)
                .map(Long::valueOf);
    }

    public void setMe(Sql sql, Long personId) throws SQLException {
        if (personId == null) {
            sql.update("delete from settings where key = ?", ME_SETTING);
        } else {
            sql.update("insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value",
                    ME_SETTING, String.valueOf(personId));
        }
    }

    /** True when the workspace holds no person and no program: a first start. */
    public boolean isEmpty(Sql sql) throws SQLException {
        return sql.count("select (select count(*) from people) + (select count(*) from programs)") == 0;
    }

    @Override
    public long insert(Sql sql, Person p) throws SQLException {
        return sql.insert("insert into people (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id() == 0 ? null : p.id(), p.name(), p.role(), p.function(), blankToNull(p.email()),
                blankToNull(p.slack()), blankToNull(p.gitlab()), p.zone().getId(), p.workStart(), p.workEnd());
    }

    @Override
    public void update(Sql sql, Person p) throws SQLException {
        sql.update("update people set name = ?, role = ?, function = ?, email = ?, slack = ?, gitlab = ?, zone = ?,"
                        + " work_start = ?, work_end = ? where id = ?",
                p.name(), p.role(), p.function(), blankToNull(p.email()), blankToNull(p.slack()),
                blankToNull(p.gitlab()), p.zone().getId(), p.workStart(), p.workEnd(), p.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from people where id = ?", id);
    }

    @Override
    public long idOf(Person row) {
        return row.id();
    }

    @Override
    public Person withId(Person row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.PERSON;
    }

    private static Person map(Sql.Row r) throws SQLException {
        return new Person(r.getLong("id"), r.getString("name"), r.getString("role"),
                r.getEnum("function", Function.class), nullToBlank(r.getString("email")),
                nullToBlank(r.getString("slack")), nullToBlank(r.getString("gitlab")), ZoneId.of(r.getString("zone")),
                r.getTime("work_start"), r.getTime("work_end"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
