package dev.throughline.milestone;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Freezes every milestone's forecast of a program under a name and makes it the current baseline.
 * Undo removes the baseline and puts each milestone's previous baseline date back.
 */
final class TakeBaselineCommand implements Command {

    private final MilestoneRepository milestones = new MilestoneRepository();
    private final BaselineRepository baselines = new BaselineRepository();
    private final long programId;
    private final String name;
    private final Instant takenAt;
    private long baselineId;
    private List<Milestone> before = List.of();

    TakeBaselineCommand(long programId, String name, Instant takenAt) {
        this.programId = programId;
        this.name = name;
        this.takenAt = takenAt;
    }

    long baselineId() {
        return baselineId;
    }

    @Override
    public String description() {
        return "take baseline " + name;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        before = milestones.ofProgram(sql, programId);
        baselineId = baselines.insert(sql, new Baseline(baselineId, programId, name, takenAt));
        List<WorkspaceEvent> events = new ArrayList<>();
        for (Milestone m : before) {
            baselines.insertDate(sql, baselineId, m.id(), m.forecast());
            milestones.update(sql, m.withBaseline(m.forecast()));
            events.add(new EntityChanged(EntityChanged.Entity.MILESTONE, m.id()));
        }
        events.add(new EntityChanged(EntityChanged.Entity.BASELINE, baselineId));
        return events;
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        baselines.delete(sql, baselineId);
        List<WorkspaceEvent> events = new ArrayList<>();
        for (Milestone m : before) {
            milestones.update(sql, m);
            events.add(new EntityChanged(EntityChanged.Entity.MILESTONE, m.id()));
        }
        events.add(new EntityChanged(EntityChanged.Entity.BASELINE, baselineId));
        return events;
    }
}
