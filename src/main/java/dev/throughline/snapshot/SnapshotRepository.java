package dev.throughline.snapshot;

import dev.throughline.program.Health;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * All SQL about status snapshots. There is deliberately no update: a snapshot is frozen when inserted
 * (and the schema's trigger refuses an update anyway). {@link #delete} exists only for undoing "take".
 */
public final class SnapshotRepository {

    private static final String COLUMNS = "id, program_id, taken_at, health, suggested_health, reason, summary,"
            + " accomplishments, next_steps, asks, payload_version, payload";

    public long insert(Sql sql, Snapshot s) throws SQLException {
        return sql.insert("insert into snapshots (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id() == 0 ? null : s.id(), s.programId(), s.takenAt().toString(), s.health(), s.suggestedHealth(),
                s.reason(), s.summary(), s.accomplishments(), s.nextSteps(), s.asks(), s.payload().version(),
                PayloadJson.write(s.payload()));
    }

    void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from snapshots where id = ?", id);
    }

    public Optional<Snapshot> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from snapshots where id = ?", SnapshotRepository::map, id);
    }

    /** The program's snapshots, oldest first. */
    public List<Snapshot> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select " + COLUMNS + " from snapshots where program_id = ? order by taken_at, id",
                SnapshotRepository::map, programId);
    }

    /** The newest snapshot of the program, if any. */
    public Optional<Snapshot> latest(Sql sql, long programId) throws SQLException {
        return sql.one("select " + COLUMNS + " from snapshots where program_id = ? order by taken_at desc, id desc"
                + " limit 1", SnapshotRepository::map, programId);
    }

    /** The newest snapshot of each program that has one, by program id. */
    public java.util.Map<Long, Snapshot> latestOfEachProgram(Sql sql) throws SQLException {
        java.util.Map<Long, Snapshot> out = new java.util.HashMap<>();
        for (Snapshot s : sql.list("select " + COLUMNS + " from snapshots s where id = (select id from snapshots l"
                + " where l.program_id = s.program_id order by taken_at desc, id desc limit 1)", SnapshotRepository::map)) {
            out.put(s.programId(), s);
        }
        return out;
    }

    /** When each program's newest snapshot was taken (programs without one are absent); payloads are not read. */
    public java.util.Map<Long, Instant> latestTimes(Sql sql) throws SQLException {
        java.util.Map<Long, Instant> out = new java.util.HashMap<>();
        for (Object[] row : sql.list("select program_id, max(taken_at) as taken_at from snapshots group by program_id",
                r -> new Object[] {r.getLong("program_id"), Instant.parse(r.getString("taken_at"))})) {
            out.put((Long) row[0], (Instant) row[1]);
        }
        return out;
    }

    /** Every snapshot of the portfolio, newest first, without payloads. */
    public List<SnapshotEntry> entries(Sql sql) throws SQLException {
        return sql.list("select s.id, s.program_id, p.key, p.name, s.taken_at, s.health, s.suggested_health, s.reason,"
                + " s.summary from snapshots s join programs p on p.id = s.program_id order by s.taken_at desc, s.id desc",
                r -> new SnapshotEntry(r.getLong("id"), r.getLong("program_id"), r.getString("key"), r.getString("name"),
                        Instant.parse(r.getString("taken_at")), Health.valueOf(r.getString("health")),
                        Health.valueOf(r.getString("suggested_health")), r.getString("reason"), r.getString("summary")));
    }

    private static Snapshot map(Sql.Row r) throws SQLException {
        return new Snapshot(r.getLong("id"), r.getLong("program_id"), Instant.parse(r.getString("taken_at")),
                Health.valueOf(r.getString("health")), Health.valueOf(r.getString("suggested_health")),
                r.getString("reason"), r.getString("summary"), r.getString("accomplishments"),
                r.getString("next_steps"), r.getString("asks"),
                PayloadJson.read(r.getString("payload"), r.getInt("payload_version")));
    }
}
