package dev.throughline.interchange;

import dev.throughline.edit.Command;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.event.WorkspaceReplaced;
import dev.throughline.interchange.ImportPlan.NewDependency;
import dev.throughline.interchange.ImportPlan.NewMilestone;
import dev.throughline.interchange.ImportPlan.NewPerson;
import dev.throughline.interchange.ImportPlan.NewRaidItem;
import dev.throughline.interchange.ImportPlan.NewWorkstream;
import dev.throughline.interchange.ImportPlan.Writes;
import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.PersonRepository;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramRepository;
import dev.throughline.risk.RaidItem;
import dev.throughline.risk.RaidRepository;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ImportPlan} in the one transaction the command stack gives it. Ids are chosen on
 * the first run (above every existing id) and reused on redo; undo deletes exactly those rows.
 */
public final class ImportCommand implements Command {

    private final ImportPlan plan;
    private final ImportRepository bulk = new ImportRepository();
    private final PersonRepository people = new PersonRepository();
    private final ProgramRepository programs = new ProgramRepository();
    private final RaidRepository raid = new RaidRepository();
    private final Map<String, Long> ids = new HashMap<>();
    private final List<Long> raidIds = new ArrayList<>();
    private boolean numbered;

    public ImportCommand(ImportPlan plan) {
        this.plan = plan;
        ids.putAll(plan.existing());
    }

    @Override
    public String description() {
        return "import " + plan.fileName();
    }

    /** The program the rows went into (after the first run). */
    public Long programId() {
        return ids.get(ImportPlan.PROGRAM_REF);
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        Writes w = plan.writes();
        if (!numbered) {
            number(sql, w);
        }
        for (NewPerson p : w.people()) {
            people.insert(sql, p.person().withId(ids.get(p.ref())));
        }
        if (w.program() != null) {
            Program draft = w.program().program();
            programs.insert(sql, new Program(ids.get(ImportPlan.PROGRAM_REF), draft.key(), draft.name(), draft.objective(),
                    draft.status(), draft.health(), draft.healthReason(), ids.get(w.program().tpgmRef()), null,
                    draft.start(), draft.target(), draft.priority(), draft.channel(), draft.links(), false));
        }
        Long programId = programId();
        List<Workstream> workstreams = new ArrayList<>(w.workstreams().size());
        for (NewWorkstream ws : w.workstreams()) {
            workstreams.add(new Workstream(ids.get(ws.ref()), programId, ws.position(), ws.name()));
        }
        bulk.insertWorkstreams(sql, workstreams);
        List<Milestone> milestones = new ArrayList<>(w.milestones().size());
        for (NewMilestone nm : w.milestones()) {
            Milestone m = nm.milestone();
            milestones.add(new Milestone(ids.get(nm.ref()), programId, ref(nm.workstreamRef()), m.title(),
                    ref(nm.ownerRef()), m.start(), m.baseline(), m.forecast(), m.actual(), m.deadline(), m.status(), m.notes()));
        }
        bulk.insertMilestones(sql, milestones);
        List<Dependency> dependencies = new ArrayList<>(w.dependencies().size());
        long dependencyId = ids.get("next:dependency");
        for (NewDependency d : w.dependencies()) {
            dependencies.add(new Dependency(dependencyId++, ids.get(d.predecessorRef()), ids.get(d.successorRef()), d.type(),
                    d.lagDays()));
        }
        bulk.insertDependencies(sql, dependencies);
        for (int i = 0; i < w.raid().size(); i++) {
            NewRaidItem r = w.raid().get(i);
            RaidItem item = r.item();
            raid.insert(sql, new RaidItem(raidIds.get(i), programId, item.type(), item.title(), item.cause(), item.event(),
                    item.effect(), item.probability(), item.impact(), item.residualProbability(), item.residualImpact(),
                    r.ownerRef() == null ? item.ownerId() : ids.get(r.ownerRef()), item.response(), item.mitigation(),
                    item.trigger(), item.proximity(), item.reviewDate(), item.status(), null));
        }
        return List.of(new WorkspaceReplaced("imported " + plan.fileName()));
    }

    private void number(Sql sql, Writes w) throws SQLException {
        long person = bulk.nextId(sql, "people");
        for (NewPerson p : w.people()) {
            ids.put(p.ref(), person++);
        }
        if (w.program() != null) {
            ids.put(ImportPlan.PROGRAM_REF, bulk.nextId(sql, "programs"));
        }
        long workstream = bulk.nextId(sql, "workstreams");
        for (NewWorkstream ws : w.workstreams()) {
            ids.put(ws.ref(), workstream++);
        }
        long milestone = bulk.nextId(sql, "milestones");
        for (NewMilestone m : w.milestones()) {
            ids.put(m.ref(), milestone++);
        }
        ids.put("next:dependency", bulk.nextId(sql, "dependencies"));
        long raidId = bulk.nextId(sql, "raid_items");
        for (int i = 0; i < w.raid().size(); i++) {
            raidIds.add(raidId++);
        }
        numbered = true;
    }

    private Long ref(String ref) {
        return ref == null ? null : ids.get(ref);
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        Writes w = plan.writes();
        bulk.delete(sql, "raid_items", raidIds);
        long firstDependency = ids.get("next:dependency");
        List<Long> dependencyIds = new ArrayList<>();
        for (int i = 0; i < w.dependencies().size(); i++) {
            dependencyIds.add(firstDependency + i);
        }
        bulk.delete(sql, "dependencies", dependencyIds);
        bulk.delete(sql, "milestones", w.milestones().stream().map(m -> ids.get(m.ref())).toList());
        bulk.delete(sql, "workstreams", w.workstreams().stream().map(ws -> ids.get(ws.ref())).toList());
        if (w.program() != null) {
            bulk.delete(sql, "programs", List.of(programId()));
        }
        bulk.delete(sql, "people", w.people().stream().map(p -> ids.get(p.ref())).toList());
        return List.of(new WorkspaceReplaced("import of " + plan.fileName() + " undone"));
    }
}
