package dev.throughline.risk;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** All SQL about RAID items, their linked milestones, their history, and the plan facts triggers read. */
public final class RaidRepository implements RowTable<RaidItem> {

    private static final String COLUMNS = "id, program_id, type, title, cause, event, effect, probability, impact,"
            + " residual_probability, residual_impact, owner_id, response, mitigation, trigger_kind,"
            + " trigger_milestone_id, trigger_date, trigger_days, proximity, review_date, status, realised_from_id";

    public List<RaidItem> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select " + COLUMNS + " from raid_items where program_id = ? order by id", RaidRepository::map,
                programId);
    }

    public List<RaidItem> all(Sql sql) throws SQLException {
        return sql.list("select " + COLUMNS + " from raid_items order by program_id, id", RaidRepository::map);
    }

    public Optional<RaidItem> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from raid_items where id = ?", RaidRepository::map, id);
    }

    /** Issues realised from this item. */
    public List<RaidItem> realisedFrom(Sql sql, long id) throws SQLException {
        return sql.list("select " + COLUMNS + " from raid_items where realised_from_id = ?", RaidRepository::map, id);
    }

    @Override
    public long insert(Sql sql, RaidItem r) throws SQLException {
        TriggerRule t = r.trigger();
        return sql.insert("insert into raid_items (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id() == 0 ? null : r.id(), r.programId(), r.type(), r.title(), r.cause(), r.event(), r.effect(),
                r.probability(), r.impact(), r.residualProbability(), r.residualImpact(), r.ownerId(), r.response(),
                r.mitigation(), t == null ? null : t.kind(), t == null ? null : t.milestoneId(),
                t == null ? null : t.date(), t == null ? null : t.days(), r.proximity(), r.reviewDate(), r.status(),
                r.realisedFromId());
    }

    @Override
    public void update(Sql sql, RaidItem r) throws SQLException {
        TriggerRule t = r.trigger();
        sql.update("update raid_items set type = ?, title = ?, cause = ?, event = ?, effect = ?, probability = ?,"
                        + " impact = ?, residual_probability = ?, residual_impact = ?, owner_id = ?, response = ?,"
                        + " mitigation = ?, trigger_kind = ?, trigger_milestone_id = ?, trigger_date = ?, trigger_days = ?,"
                        + " proximity = ?, review_date = ?, status = ?, realised_from_id = ? where id = ?",
                r.type(), r.title(), r.cause(), r.event(), r.effect(), r.probability(), r.impact(),
                r.residualProbability(), r.residualImpact(), r.ownerId(), r.response(), r.mitigation(),
                t == null ? null : t.kind(), t == null ? null : t.milestoneId(), t == null ? null : t.date(),
                t == null ? null : t.days(), r.proximity(), r.reviewDate(), r.status(), r.realisedFromId(), r.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from raid_items where id = ?", id);
    }

    @Override
    public long idOf(RaidItem row) {
        return row.id();
    }

    @Override
    public RaidItem withId(RaidItem row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.RAID_ITEM;
    }

    // ---- linked milestones

    public List<Long> links(Sql sql, long raidId) throws SQLException {
        return sql.list("select milestone_id from raid_milestones where raid_id = ? order by milestone_id",
                r -> r.getLong(1), raidId);
    }

    /** Linked milestone ids per RAID item, for every item of the program (or all programs when null). */
    public Map<Long, List<Long>> linksByItem(Sql sql, Long programId) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        List<long[]> pairs = programId == null
                ? sql.list("select raid_id, milestone_id from raid_milestones order by raid_id, milestone_id",
                        r -> new long[] {r.getLong(1), r.getLong(2)})
                : sql.list("select l.raid_id, l.milestone_id from raid_milestones l join raid_items i on i.id = l.raid_id"
                        + " where i.program_id = ? order by l.raid_id, l.milestone_id",
                        r -> new long[] {r.getLong(1), r.getLong(2)}, programId);
        for (long[] pair : pairs) {
            out.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
        }
        return out;
    }

    public void setLinks(Sql sql, long raidId, Collection<Long> milestoneIds) throws SQLException {
        sql.update("delete from raid_milestones where raid_id = ?", raidId);
        for (Long milestoneId : milestoneIds) {
            sql.update("insert into raid_milestones (raid_id, milestone_id) values (?, ?)", raidId, milestoneId);
        }
    }

    /** Ids among {@code ids} that are milestones of the program. */
    public List<Long> milestonesOfProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select id from milestones where program_id = ?", r -> r.getLong(1), programId);
    }

    // ---- history

    public long insertHistory(Sql sql, RaidHistoryEntry e) throws SQLException {
        return sql.insert("insert into raid_history (id, raid_id, at, field, old, new) values (?, ?, ?, ?, ?, ?)",
                e.id() == 0 ? null : e.id(), e.raidId(), e.at().toString(), e.field(), e.oldValue(), e.newValue());
    }

    public void deleteHistory(Sql sql, long id) throws SQLException {
        sql.update("delete from raid_history where id = ?", id);
    }

    public List<RaidHistoryEntry> history(Sql sql, long raidId) throws SQLException {
        return sql.list("select id, raid_id, at, field, old, new from raid_history where raid_id = ? order by id",
                r -> new RaidHistoryEntry(r.getLong("id"), r.getLong("raid_id"), Instant.parse(r.getString("at")),
                        r.getString("field"), r.getString("old"), r.getString("new")), raidId);
    }

    // ---- names and plan facts

    /** Everything the register needs for its rows, read in one transaction. */
    public record Snapshot(List<RaidItem> items, Map<Long, List<Long>> links, Map<Long, String> people,
                           Map<Long, String> programs, Map<Long, TriggerRules.PlanMilestone> milestones,
                           Map<Long, List<Long>> successors) {
    }

    /** The items of a program (all programs when null) with the names and plan facts their rows show. */
    public Snapshot snapshot(Sql sql, Long programId) throws SQLException {
        List<RaidItem> list = programId == null ? all(sql) : ofProgram(sql, programId);
        Map<Long, List<Long>> links = linksByItem(sql, programId);
        java.util.Set<Long> watched = new java.util.LinkedHashSet<>();
        for (RaidItem item : list) {
            if (item.trigger() != null && item.trigger().milestoneId() != null) {
                watched.add(item.trigger().milestoneId());
            }
            watched.addAll(links.getOrDefault(item.id(), List.of()));
        }
        Map<Long, List<Long>> next = successors(sql, watched);
        java.util.Set<Long> needed = new java.util.LinkedHashSet<>(watched);
        next.values().forEach(needed::addAll);
        return new Snapshot(list, links, peopleNames(sql), programKeys(sql), milestones(sql, needed), next);
    }

    /** People ids by lower-case name (the first of equal names wins). */
    public Map<String, Long> peopleByName(Sql sql) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (var e : sql.list("select id, name from people order by id", r -> Map.entry(r.getString(2), r.getLong(1)))) {
            out.putIfAbsent(RaidInput.key(e.getKey()), e.getValue());
        }
        return out;
    }

    public Map<Long, String> peopleNames(Sql sql) throws SQLException {
        return pairs(sql, "select id, name from people");
    }

    public Map<Long, String> programKeys(Sql sql) throws SQLException {
        return pairs(sql, "select id, key from programs");
    }

    /** Milestones by id with their label ("KEY “title”"), forecast, actual and whether done. */
    public Map<Long, TriggerRules.PlanMilestone> milestones(Sql sql, Collection<Long> ids) throws SQLException {
        Map<Long, TriggerRules.PlanMilestone> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (TriggerRules.PlanMilestone m : sql.list("select m.id, p.key, m.title, m.forecast_date, m.actual_date,"
                        + " m.status from milestones m join programs p on p.id = m.program_id where m.id in ("
                        + placeholders(ids.size()) + ")",
                r -> new TriggerRules.PlanMilestone(r.getLong("id"), r.getString("key") + " “" + r.getString("title") + "”",
                        r.getDate("forecast_date"), r.getDate("actual_date"), "DONE".equals(r.getString("status"))),
                ids.toArray())) {
            out.put(m.id(), m);
        }
        return out;
    }

    /** Successor milestone ids of each of {@code ids}. */
    public Map<Long, List<Long>> successors(Sql sql, Collection<Long> ids) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (long[] pair : sql.list("select predecessor_id, successor_id from dependencies where predecessor_id in ("
                + placeholders(ids.size()) + ")", r -> new long[] {r.getLong(1), r.getLong(2)}, ids.toArray())) {
            out.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
        }
        return out;
    }

    private static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private static Map<Long, String> pairs(Sql sql, String query) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        for (var e : sql.list(query, r -> Map.entry(r.getLong(1), r.getString(2)))) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static RaidItem map(Sql.Row r) throws SQLException {
        TriggerKind kind = r.getEnum("trigger_kind", TriggerKind.class);
        Integer days = r.getNullableLong("trigger_days") == null ? null : r.getInt("trigger_days");
        TriggerRule trigger = kind == null ? null
                : new TriggerRule(kind, r.getNullableLong("trigger_milestone_id"), r.getDate("trigger_date"), days);
        Long rp = r.getNullableLong("residual_probability");
        Long ri = r.getNullableLong("residual_impact");
        return new RaidItem(r.getLong("id"), r.getLong("program_id"), r.getEnum("type", RaidType.class),
                r.getString("title"), r.getString("cause"), r.getString("event"), r.getString("effect"),
                r.getInt("probability"), r.getInt("impact"), rp == null ? null : rp.intValue(),
                ri == null ? null : ri.intValue(), r.getNullableLong("owner_id"), r.getEnum("response", Response.class),
                r.getString("mitigation"), trigger, r.getEnum("proximity", Proximity.class), r.getDate("review_date"),
                r.getEnum("status", RaidStatus.class), r.getNullableLong("realised_from_id"));
    }
}
