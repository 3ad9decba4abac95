package dev.throughline.milestone;

import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dependency graph read lazily from the store inside one transaction, each row at most once. */
final class GraphRepository implements Schedule.Graph {

    /** Carries a SQLException out of the Graph interface; unwrapped by {@link #unwrap}. */
    static final class SqlFailure extends RuntimeException {
        SqlFailure(SQLException cause) {
            super(cause);
        }
    }

    private final Sql sql;
    private final MilestoneRepository milestones = new MilestoneRepository();
    private final DependencyRepository dependencies = new DependencyRepository();
    private final Map<Long, Milestone> milestoneCache = new HashMap<>();
    private final Map<Long, List<Dependency>> successors = new HashMap<>();
    private final Map<Long, List<Dependency>> predecessors = new HashMap<>();

    GraphRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Milestone milestone(long id) {
        return milestoneCache.computeIfAbsent(id, key -> call(() -> milestones.find(sql, key)
                .orElseThrow(() -> new IllegalStateException("milestone " + key + " is missing"))));
    }

    @Override
    public List<Dependency> successorsOf(long id) {
        return successors.computeIfAbsent(id, key -> call(() -> dependencies.successorsOf(sql, key)));
    }

    @Override
    public List<Dependency> predecessorsOf(long id) {
        return predecessors.computeIfAbsent(id, key -> call(() -> dependencies.predecessorsOf(sql, key)));
    }

    interface SqlCall<T> {
        T run() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }

    static SQLException unwrap(SqlFailure failure) {
        return (SQLException) failure.getCause();
    }

}
