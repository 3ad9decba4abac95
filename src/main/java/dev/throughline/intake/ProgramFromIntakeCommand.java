package dev.throughline.intake;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.meeting.MeetingInput;
import dev.throughline.meeting.MeetingRepository;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRepository;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.milestone.Workstream;
import dev.throughline.milestone.WorkstreamRepository;
import dev.throughline.program.ObjectiveInput;
import dev.throughline.program.ObjectiveRepository;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramRepository;
import dev.throughline.raci.Deliverable;
import dev.throughline.raci.RaciAssignment;
import dev.throughline.raci.RaciMember;
import dev.throughline.raci.RaciRepository;
import dev.throughline.raci.RaciRole;
import dev.throughline.risk.RaidHistoryEntry;
import dev.throughline.risk.RaidItem;
import dev.throughline.risk.RaidRepository;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ProgramTemplate.Plan} (already validated: the program row) as new rows: program, objective,
 * workstreams, milestones, RACI, weekly sync, starter risks. Redo reuses every id (kept by what the row is,
 * "milestone#2"); undo removes exactly the program and what hangs off it.
 */
final class ProgramFromIntakeCommand implements Command {

    private final Program program;
    private final ProgramTemplate.Plan plan;
    private final Instant at;
    private final ProgramRepository programs = new ProgramRepository();
    private final ObjectiveRepository objectives = new ObjectiveRepository();
    private final WorkstreamRepository workstreams = new WorkstreamRepository();
    private final MilestoneRepository milestones = new MilestoneRepository();
    private final RaciRepository raci = new RaciRepository();
    private final MeetingRepository meetings = new MeetingRepository();
    private final RaidRepository raid = new RaidRepository();
    private final Map<String, Long> ids = new HashMap<>();

    ProgramFromIntakeCommand(Program program, ProgramTemplate.Plan plan, Instant at) {
        this.program = program;
        this.plan = plan;
        this.at = at;
    }

    /** The new program's id, once applied. */
    long programId() {
        Long id = ids.get("program");
        if (id == null) {
            throw new IllegalStateException("The program was not created yet.");
        }
        return id;
    }

    @Override
    public String description() {
        return "create program " + program.key();
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        long programId = put("program", programs.insert(sql, program.withId(id("program"))));
        if (!plan.objective().isBlank()) {
            put("objective", objectives.insert(sql, new ObjectiveInput(plan.objective(), "", "", "")
                    .toObjective(id("objective"), programId, 1)));
        }
        Map<String, Long> streams = new HashMap<>();
        int position = 1;
        for (String name : plan.workstreams()) {
            String key = "workstream#" + position;
            streams.put(name, put(key, workstreams.insert(sql, new Workstream(id(key), programId, position++, name))));
        }
        int index = 0;
        for (ProgramTemplate.PlannedMilestone m : plan.milestones()) {
            String key = "milestone#" + index++;
            put(key, milestones.insert(sql, new Milestone(id(key), programId, streams.get(m.workstream()), m.title(),
                    null, null, null, m.forecast(), null, null, MilestoneStatus.PLANNED, "From the intake template")));
        }
        position = 1;
        for (Long person : plan.members()) {
            raci.insertMember(sql, new RaciMember(programId, person, position++));
        }
        position = 1;
        for (ProgramTemplate.PlannedDeliverable d : plan.deliverables()) {
            String key = "deliverable#" + position;
            long deliverableId = put(key, raci.insert(sql, new Deliverable(id(key), programId,
                    streams.get(d.workstream()), null, position++, d.title())));
            for (Map.Entry<Long, List<RaciRole>> cell : d.roles().entrySet()) {
                for (RaciRole role : cell.getValue()) {
                    raci.insertAssignment(sql, new RaciAssignment(deliverableId, cell.getKey(), role));
                }
            }
        }
        ProgramTemplate.PlannedSync s = plan.sync();
        put("sync", meetings.insert(sql, new MeetingInput(s.title(), s.rrule(), s.first().toString(), s.time(),
                String.valueOf(s.minutes()), ProgramTemplate.SYNC_ZONE, true, "", s.attendees(), null)
                .toSeries(id("sync"), programId)));
        index = 0;
        for (ProgramTemplate.PlannedRisk r : plan.risks()) {
            String key = "risk#" + index++;
            long raidId = put(key, raid.insert(sql, new RaidItem(id(key), programId, r.type(), r.title(), r.cause(),
                    r.event(), r.effect(), r.probability(), r.impact(), null, null, program.tpgmId(), r.response(),
                    r.mitigation(), null, r.proximity(), r.review(), r.status(), null)));
            raid.insertHistory(sql, new RaidHistoryEntry(0, raidId, at, "created", "",
                    "Risk “" + r.title() + "” (" + r.probability() + "x" + r.impact() + ") from the intake template"));
        }
        return List.of(new EntityChanged(EntityChanged.Entity.PROGRAM, programId));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        long programId = programId();
        sql.update("delete from raid_items where program_id = ?", programId);
        raci.deleteProgramRaci(sql, programId);
        sql.update("delete from milestones where program_id = ?", programId);
        programs.delete(sql, programId);
        return List.of(new EntityChanged(EntityChanged.Entity.PROGRAM, programId));
    }

    private long id(String key) {
        return ids.getOrDefault(key, 0L);
    }

    private long put(String key, long id) {
        ids.put(key, id);
        return id;
    }
}
