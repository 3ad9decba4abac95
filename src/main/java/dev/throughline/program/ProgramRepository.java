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

    /** The latest snapshot of each program joined in, so that the health shown is its one current health. */
    private static final String HEALTH_FACTS = " p.health, p.health_reason, p.health_set_at, s.health as snapshot_health,"
            + " s.reason as snapshot_reason, s.summary as snapshot_summary, s.taken_at as snapshot_taken_at";
    private static final String LATEST_SNAPSHOT = " left join snapshots s on s.id = (select l.id from snapshots l"
            + " where l.program_id = p.id order by l.taken_at desc, l.id desc limit 1)";

    public List<ProgramSummary> summaries(Sql sql) throws SQLException {
        return sql.list("select p.id, p.key, p.name, p.status, t.name as tpgm_name, p.target_date, p.priority,"
                + " p.archived," + HEALTH_FACTS + " from programs p join people t on t.id = p.tpgm_id" + LATEST_SNAPSHOT
                + " order by p.key", r -> {
                    ProgramHealth health = ProgramHealth.of(healthFacts(r));
                    return new ProgramSummary(r.getLong("id"), r.getString("key"), r.getString("name"),
                            r.getEnum("status", ProgramStatus.class), health.health(), health.reason(),
                            r.getString("tpgm_name"), r.getDate("target_date"), r.getEnum("priority", Priority.class),
                            r.getBoolean("archived"), health);
                });
    }

    /** The current health of every program, by id. */
    public java.util.Map<Long, ProgramHealth> healthOfEach(Sql sql) throws SQLException {
        java.util.Map<Long, ProgramHealth> out = new java.util.HashMap<>();
        for (var entry : sql.list("select p.id," + HEALTH_FACTS + " from programs p" + LATEST_SNAPSHOT,
                r -> java.util.Map.entry(r.getLong("id"), ProgramHealth.of(healthFacts(r))))) {
            out.put(entry.getKey(), entry.getValue());
        }
        return out;
    }

    public Optional<ProgramHealth> healthOf(Sql sql, long programId) throws SQLException {
        return sql.one("select" + HEALTH_FACTS + " from programs p" + LATEST_SNAPSHOT + " where p.id = ?",
                r -> ProgramHealth.of(healthFacts(r)), programId);
    }

    public Optional<java.time.Instant> healthSetAt(Sql sql, long programId) throws SQLException {
        List<java.time.Instant> at = sql.list("select health_set_at from programs where id = ?",
                r -> instant(r.getString("health_set_at")), programId);
        return at.isEmpty() ? Optional.empty() : Optional.ofNullable(at.get(0));
    }

    public void setHealthSetAt(Sql sql, long programId, java.time.Instant at) throws SQLException {
        sql.update("update programs set health_set_at = ? where id = ?", at == null ? null : at.toString(), programId);
    }

    private static ProgramHealth.Facts healthFacts(Sql.Row r) throws SQLException {
        String snapshotHealth = r.getString("snapshot_health");
        return new ProgramHealth.Facts(r.getEnum("health", Health.class), r.getString("health_reason"),
                instant(r.getString("health_set_at")), snapshotHealth == null ? null : Health.valueOf(snapshotHealth),
                snapshotReason(r.getString("snapshot_reason"), r.getString("snapshot_summary")),
                instant(r.getString("snapshot_taken_at")));
    }

    /** A snapshot's reason, or the first line of its summary when the suggested health needed none. */
    private static String snapshotReason(String reason, String summary) {
        if (reason != null && !reason.isBlank()) {
            return reason.strip();
        }
        String text = summary == null ? "" : summary.strip();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replaceFirst("^- ", "").strip();
    }

    private static java.time.Instant instant(String text) {
        return text == null ? null : java.time.Instant.parse(text);
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
