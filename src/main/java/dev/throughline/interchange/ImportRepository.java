package dev.throughline.interchange;

import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.Workstream;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The bulk SQL of an import: batched inserts with ids chosen up front, and their removal on undo. */
public final class ImportRepository {

    private static final int CHUNK = 500;

    /** The first id above every row of the table, so an import can number its rows itself. */
    public long nextId(Sql sql, String table) throws SQLException {
        return sql.count("select coalesce(max(id), 0) + 1 from " + checked(table));
    }

    public void insertWorkstreams(Sql sql, List<Workstream> rows) throws SQLException {
        List<Object[]> params = new ArrayList<>(rows.size());
        for (Workstream w : rows) {
            params.add(new Object[] {w.id(), w.programId(), w.position(), w.name()});
        }
        sql.batch("insert into workstreams (id, program_id, position, name) values (?, ?, ?, ?)", params);
    }

    public void insertMilestones(Sql sql, List<Milestone> rows) throws SQLException {
        List<Object[]> params = new ArrayList<>(rows.size());
        for (Milestone m : rows) {
            params.add(new Object[] {m.id(), m.programId(), m.workstreamId(), m.title(), m.ownerId(), m.start(),
                    m.baseline(), m.forecast(), m.actual(), m.deadline(), m.status(), m.notes()});
        }
        sql.batch("insert into milestones (id, program_id, workstream_id, title, owner_id, start_date, baseline_date,"
                + " forecast_date, actual_date, deadline, status, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params);
    }

    public void insertDependencies(Sql sql, List<Dependency> rows) throws SQLException {
        List<Object[]> params = new ArrayList<>(rows.size());
        for (Dependency d : rows) {
            params.add(new Object[] {d.id(), d.predecessorId(), d.successorId(), d.type(), d.lagDays()});
        }
        sql.batch("insert into dependencies (id, predecessor_id, successor_id, type, lag_days) values (?, ?, ?, ?, ?)",
                params);
    }

    /** Deletes rows of {@code table} by id, a chunk of ids per statement. */
    public void delete(Sql sql, String table, List<Long> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            sql.update("delete from " + checked(table) + " where id in (" + marks + ")", chunk.toArray());
        }
    }

    private static String checked(String table) {
        return switch (table) {
            case "people", "programs", "workstreams", "milestones", "dependencies", "raid_items" -> table;
            default -> throw new IllegalArgumentException("not an import table: " + table);
        };
    }
}
