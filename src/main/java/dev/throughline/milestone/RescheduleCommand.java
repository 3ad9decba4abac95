package dev.throughline.milestone;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An edit that can move dates (a forecast change, a new dependency) followed by the pushes it causes
 * downstream, as one undoable step. The pushes are computed once, inside the first transaction; redo
 * replays the same dates.
 */
final class RescheduleCommand implements Command {

    /** Computes the milestones to change, after {@code first} ran, from the store as it now is. */
    @FunctionalInterface
    interface Plan {
        Map<Long, Milestone> changes(Schedule.Graph graph);
    }

    private final MilestoneRepository milestones = new MilestoneRepository();
    private final String description;
    private final Command first;
    private final Plan plan;
    private List<Milestone> before;
    private List<Milestone> after;

    RescheduleCommand(String description, Command first, Plan plan) {
        this.description = description;
        this.first = first;
        this.plan = plan;
    }

    /** How many milestones moved, the edited one included. */
    int moved() {
        return after == null ? 0 : after.size();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        List<WorkspaceEvent> events = new ArrayList<>(first == null ? List.of() : first.apply(sql));
        if (after == null) {
            GraphRepository graph = new GraphRepository(sql);
            Map<Long, Milestone> changes;
            try {
                changes = plan.changes(graph);
            } catch (GraphRepository.SqlFailure e) {
                throw GraphRepository.unwrap(e);
            }
            before = new ArrayList<>();
            for (Long id : changes.keySet()) {
                before.add(graph.milestone(id));
            }
            for (Milestone moved : changes.values()) {
                if (moved.forecast().isAfter(PlanDates.LATEST)) {
                    throw new dev.throughline.validation.ValidationException(MilestoneInput.FORECAST, "This would push “"
                            + moved.title() + "” to " + moved.forecast() + ", outside 1900-2200; nothing was changed.");
                }
            }
            after = List.copyOf(changes.values());
        }
        for (Milestone m : after) {
            milestones.update(sql, m);
            events.add(new EntityChanged(EntityChanged.Entity.MILESTONE, m.id()));
        }
        return events;
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        List<WorkspaceEvent> events = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            milestones.update(sql, before.get(i));
            events.add(new EntityChanged(EntityChanged.Entity.MILESTONE, before.get(i).id()));
        }
        if (first != null) {
            events.addAll(first.revert(sql));
        }
        return events;
    }
}
