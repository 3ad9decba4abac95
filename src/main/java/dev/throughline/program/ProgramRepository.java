package dev.throughline.program;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** All SQL about programs. */
public final class ProgramRepository implements RowTable<Program> {

    private static final String COLUMNS = "id, key, name, objective, status, health, health_reason, tpgm_id,"
            + " sponsor_id, start_date, target_date, priority, channel, links, archived";

    public List<ProgramSummary> summaries(Sql sql) throws SQLException {
        return sql.list("select p.id, p.key, p.name, p.status, p.health, p.health_reason, t.name as tpgm_name,"
                + " p.target_date, p.priority, p.archived from programs p join people t on t.id = p.tpgm_id"
                + " order by p.key", r -> new ProgramSummary(r.getLong("id"), r.getString("key"), r.getString("name"),
                r.getEnum("status", ProgramStatus.class), r.getEnum("health", Health.class),
                r.getString("health_reason"), r.getString("tpgm_name"), r.getDate("target_date"),
                r.getEnum("priority", Priority.class), r.getBoolean("archived")));
    }

    public List<Program> all(Sql sql) throws SQLException {
        return sql.list("select " + COLUMNS + " from programs order by key", ProgramRepository::map);
    }

    public Optional<Program> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from programs where id = ?", ProgramRepository::map, id);
    }

    public List<String> keys(Sql sql) throws SQLException {
        return sql.list("select key from programs", r -> r.getString("key"));
    }

    @Override
    public long insert(Sql sql, Program p) throws SQLException {
        return sql.insert("insert into programs (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id() == 0 ? null : p.id(), p.key(), p.name(), p.objective(), p.status(), p.health(),
                p.healthReason(), p.tpgmId(), p.sponsorId(), p.start(), p.target(), p.priority(), p.channel(),
                String.join("\n", p.links()), p.archived());
    }

    @Override
    public void update(Sql sql, Program p) throws SQLException {
        sql.update("update programs set key = ?, name = ?, objective = ?, status = ?, health = ?, health_reason = ?,"
                        + " tpgm_id = ?, sponsor_id = ?, start_date = ?, target_date = ?, priority = ?, channel = ?,"
                        + " links = ?, archived = ? where id = ?",
                p.key(), p.name(), p.objective(), p.status(), p.health(), p.healthReason(), p.tpgmId(),
                p.sponsorId(), p.start(), p.target(), p.priority(), p.channel(), String.join("\n", p.links()),
                p.archived(), p.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from programs where id = ?", id);
    }

    @Override
    public long idOf(Program row) {
        return row.id();
    }

    @Override
    public Program withId(Program row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.PROGRAM;
    }

    private static Program map(Sql.Row r) throws SQLException {
        String links = r.getString("links");
        return new Program(r.getLong("id"), r.getString("key"), r.getString("name"), r.getString("objective"),
                r.getEnum("status", ProgramStatus.class), r.getEnum("health", Health.class),
                r.getString("health_reason"), r.getLong("tpgm_id"), r.getNullableLong("sponsor_id"),
                r.getDate("start_date"), r.getDate("target_date"), r.getEnum("priority", Priority.class),
                r.getString("channel"), links == null || links.isBlank() ? List.of() : List.of(links.split("\n")),
                r.getBoolean("archived"));
    }
}
