package dev.throughline.milestone;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes a milestone with its dependencies and baseline dates; undo puts all of them back, same ids,
 * and re-attaches the RACI deliverables and RAID items that pointed at it.
 */
final class DeleteMilestoneCommand implements Command {

    private final MilestoneRepository milestones = new MilestoneRepository();
    private final DependencyRepository dependencies = new DependencyRepository();
    private final BaselineRepository baselines = new BaselineRepository();
    private final MilestoneLinksRepository links = new MilestoneLinksRepository();
    private final Milestone milestone;
    private List<Dependency> removedDependencies = List.of();
    private List<Map.Entry<Long, LocalDate>> removedBaselineDates = List.of();
    private MilestoneLinksRepository.Links removedLinks;

    DeleteMilestoneCommand(Milestone milestone) {
        this.milestone = milestone;
    }

    @Override
    public String description() {
        return "delete milestone " + milestone.title();
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        List<Dependency> touching = new ArrayList<>(dependencies.predecessorsOf(sql, milestone.id()));
        touching.addAll(dependencies.successorsOf(sql, milestone.id()));
        removedDependencies = touching;
        removedBaselineDates = baselines.datesOfMilestone(sql, milestone.id());
        removedLinks = links.of(sql, milestone.id());
        milestones.delete(sql, milestone.id());
        return events();
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        milestones.insert(sql, milestone);
        for (Dependency d : removedDependencies) {
            dependencies.insert(sql, d);
        }
        for (Map.Entry<Long, LocalDate> date : removedBaselineDates) {
            baselines.insertDate(sql, date.getKey(), milestone.id(), date.getValue());
        }
        links.restore(sql, milestone.id(), removedLinks);
        return events();
    }

    private List<WorkspaceEvent> events() {
        List<WorkspaceEvent> events = new ArrayList<>(List.of(new EntityChanged(EntityChanged.Entity.MILESTONE, milestone.id())));
        removedLinks.deliverables().forEach(id -> events.add(new EntityChanged(EntityChanged.Entity.DELIVERABLE, id)));
        java.util.stream.Stream.concat(removedLinks.raidTriggers().stream(), removedLinks.raidLinks().stream()).distinct()
                .forEach(id -> events.add(new EntityChanged(EntityChanged.Entity.RAID_ITEM, id)));
        return events;
    }
}
