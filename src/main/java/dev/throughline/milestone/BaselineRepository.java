package dev.throughline.milestone;

import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** All SQL about named baselines. */
public final class BaselineRepository {

    public List<Baseline> ofProgram(Sql sql, long programId) throws SQLException {
        return sql.list("select id, program_id, name, taken_at from baselines where program_id = ? order by id desc",
                r -> new Baseline(r.getLong("id"), r.getLong("program_id"), r.getString("name"),
                        Instant.parse(r.getString("taken_at"))), programId);
    }

    public boolean nameTaken(Sql sql, long programId, String name) throws SQLException {
        return sql.count("select count(*) from baselines where program_id = ? and name = ? collate nocase", programId, name) > 0;
    }

    /** Milestone id to its date in the baseline. */
    public Map<Long, LocalDate> dates(Sql sql, long baselineId) throws SQLException {
        Map<Long, LocalDate> dates = new HashMap<>();
        for (var row : sql.list("select milestone_id, date from baseline_dates where baseline_id = ?",
                r -> Map.entry(r.getLong("milestone_id"), r.getDate("date")), baselineId)) {
            dates.put(row.getKey(), row.getValue());
        }
        return dates;
    }

    public List<Map.Entry<Long, LocalDate>> datesOfMilestone(Sql sql, long milestoneId) throws SQLException {
        return sql.list("select baseline_id, date from baseline_dates where milestone_id = ?",
                r -> Map.entry(r.getLong("baseline_id"), r.getDate("date")), milestoneId);
    }

    public long insert(Sql sql, Baseline b) throws SQLException {
        return sql.insert("insert into baselines (id, program_id, name, taken_at) values (?, ?, ?, ?)",
                b.id() == 0 ? null : b.id(), b.programId(), b.name(), b.takenAt().toString());
    }

    public void insertDate(Sql sql, long baselineId, long milestoneId, LocalDate date) throws SQLException {
        sql.update("insert into baseline_dates (baseline_id, milestone_id, date) values (?, ?, ?)", baselineId, milestoneId, date);
    }

    public void delete(Sql sql, long baselineId) throws SQLException {
        sql.update("delete from baselines where id = ?", baselineId);
    }
}
