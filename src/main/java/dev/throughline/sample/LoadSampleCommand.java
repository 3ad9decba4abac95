package dev.throughline.sample;

import dev.throughline.edit.Command;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.event.WorkspaceReplaced;
import dev.throughline.meeting.ActionItem;
import dev.throughline.meeting.ActionItemRepository;
import dev.throughline.meeting.ActionRow;
import dev.throughline.meeting.ActionStatus;
import dev.throughline.meeting.AgendaEntry;
import dev.throughline.meeting.AgendaEntryRepository;
import dev.throughline.meeting.AttendeePresence;
import dev.throughline.meeting.Decision;
import dev.throughline.meeting.DecisionRepository;
import dev.throughline.meeting.DecisionStatus;
import dev.throughline.meeting.ItemState;
import dev.throughline.meeting.MeetingInput;
import dev.throughline.meeting.MinutesMarkdown;
import dev.throughline.meeting.OccurrenceRecord;
import dev.throughline.meeting.OccurrenceRepository;
import dev.throughline.meeting.OccurrenceState;
import dev.throughline.meeting.SectionKind;
import dev.throughline.meeting.SyncMeeting;
import dev.throughline.meeting.MeetingRepository;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.milestone.Baseline;
import dev.throughline.milestone.BaselineRepository;
import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.DependencyRepository;
import dev.throughline.milestone.DependencyType;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneInput;
import dev.throughline.milestone.MilestoneRepository;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.milestone.Workstream;
import dev.throughline.milestone.WorkstreamRepository;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.people.PersonRepository;
import dev.throughline.people.PersonValidator;
import dev.throughline.program.Health;
import dev.throughline.program.ObjectiveInput;
import dev.throughline.program.ObjectiveRepository;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramRepository;
import dev.throughline.program.ProgramStatus;
import dev.throughline.program.ProgramValidator;
import dev.throughline.raci.Deliverable;
import dev.throughline.raci.RaciAssignment;
import dev.throughline.raci.RaciCell;
import dev.throughline.raci.RaciMember;
import dev.throughline.raci.RaciRepository;
import dev.throughline.raci.RaciRole;
import dev.throughline.sample.SamplePortfolio.SampleDeliverable;
import dev.throughline.sample.SamplePortfolio.SampleDependency;
import dev.throughline.sample.SamplePortfolio.SampleMilestone;
import dev.throughline.sample.SamplePortfolio.SampleObjective;
import dev.throughline.sample.SamplePortfolio.SamplePerson;
import dev.throughline.sample.SamplePortfolio.SampleProgram;
import dev.throughline.sample.SamplePortfolio.SampleRaid;
import dev.throughline.sample.SamplePortfolio.SampleSync;
import dev.throughline.sample.SamplePortfolio.SampleTrigger;
import dev.throughline.risk.Proximity;
import dev.throughline.risk.RaidInput;
import dev.throughline.risk.RaidItem;
import dev.throughline.risk.RaidRepository;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import dev.throughline.risk.Response;
import dev.throughline.risk.TriggerKind;
import dev.throughline.snapshot.SnapshotRepository;
import dev.throughline.store.Sql;
import dev.throughline.intake.IntakeRepository;
import dev.throughline.intake.IntakeSample;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the sample portfolio through the same validators and repositories as hand edits, in one
 * transaction; undo removes exactly what it wrote. Every row keeps its id for redo, keyed by what
 * it is in the sample ("milestone:CHK-12/chk-beta").
 */
final class LoadSampleCommand implements Command {

    /** When the sample's plan of record was frozen. */
    private static final Instant BASELINE_TAKEN = Instant.parse("2026-10-05T16:00:00Z");

    private final SamplePortfolio sample;
    private final PersonRepository people = new PersonRepository();
    private final ProgramRepository programs = new ProgramRepository();
    private final ObjectiveRepository objectives = new ObjectiveRepository();
    private final WorkstreamRepository workstreams = new WorkstreamRepository();
    private final MilestoneRepository milestones = new MilestoneRepository();
    private final DependencyRepository dependencies = new DependencyRepository();
    private final BaselineRepository baselines = new BaselineRepository();
    private final RaciRepository raci = new RaciRepository();
    private final RaidRepository raid = new RaidRepository();
    private final MeetingRepository meetings = new MeetingRepository();
    private final OccurrenceRepository occurrences = new OccurrenceRepository();
    private final AgendaEntryRepository agendaEntries = new AgendaEntryRepository();
    private final DecisionRepository decisionRows = new DecisionRepository();
    private final ActionItemRepository actionRows = new ActionItemRepository();
    private final SnapshotRepository snapshots = new SnapshotRepository();
    private final Map<String, Long> ids = new HashMap<>();
    /** When the sample was first loaded: open intake requests are placed relative to it, the same on redo. */
    private Instant loadedAt;
    private boolean madeMe;

    LoadSampleCommand(SamplePortfolio sample) {
        this.sample = sample;
    }

    @Override
    public String description() {
        return "load the sample portfolio";
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        if (loadedAt == null) {
            loadedAt = Instant.now();
        }
        Set<String> emails = new HashSet<>();
        for (SamplePerson sp : sample.people()) {
            PersonInput input = new PersonInput(sp.name(), sp.role(), Function.valueOf(sp.function()), sp.email(),
                    sp.slack(), sp.gitlab(), sp.zone(), sp.workStart(), sp.workEnd());
            Person person = PersonValidator.toPerson(id("person:" + sp.ref()), input, emails);
            emails.add(person.email().toLowerCase(Locale.ROOT));
            ids.put("person:" + sp.ref(), people.insert(sql, person));
        }
        Set<String> keys = new HashSet<>();
        Set<Long> personIds = new HashSet<>(ids.values());
        for (SampleProgram sp : sample.programs()) {
            long programId = insertProgram(sql, sp, keys, personIds);
            // The sample's health is as of loading it: newer than its snapshot history (decision 0054).
            programs.setHealthSetAt(sql, programId, loadedAt);
            insertObjectives(sql, sp, programId);
            insertWorkstreams(sql, sp, programId);
            insertMilestones(sql, sp, programId);
            insertRaci(sql, sp, programId);
        }
        insertDependencies(sql);
        for (SampleProgram sp : sample.programs()) {
            insertRaid(sql, sp);
            insertSyncs(sql, sp, ids.get("program:" + sp.key()));
        }
        for (SampleProgram sp : sample.programs()) {
            insertSnapshots(sql, sp, ids.get("program:" + sp.key()));
        }
        insertIntake(sql);
        becomeTheFirstTpgm(sql);
        return List.of(new WorkspaceReplaced("sample portfolio loaded"));
    }

    private long insertProgram(Sql sql, SampleProgram sp, Set<String> keys, Set<Long> personIds) throws SQLException {
        ProgramInput input = new ProgramInput(sp.key(), sp.name(), sp.objective(), enumOf(ProgramStatus.class, sp.status()),
                enumOf(Health.class, sp.health()), sp.healthReason(), ids.get("person:" + sp.tpgm()),
                sp.sponsor() == null ? null : ids.get("person:" + sp.sponsor()), date(sp.start()), date(sp.target()),
                enumOf(Priority.class, sp.priority()), sp.channel(), String.join("\n", sp.links()));
        Program program = ProgramValidator.toProgram(id("program:" + sp.key()), false, input, keys, personIds);
        keys.add(program.key());
        long programId = programs.insert(sql, program);
        ids.put("program:" + sp.key(), programId);
        return programId;
    }

    private void insertObjectives(Sql sql, SampleProgram sp, long programId) throws SQLException {
        int position = 1;
        for (SampleObjective so : sp.objectives()) {
            String key = "objective:" + sp.key() + "#" + position;
            var objective = new ObjectiveInput(so.text(), so.measure(), so.target(), so.current())
                    .toObjective(id(key), programId, position++);
            ids.put(key, objectives.insert(sql, objective));
        }
    }

    private void insertWorkstreams(Sql sql, SampleProgram sp, long programId) throws SQLException {
        int position = 1;
        for (String name : listOrEmpty(sp.workstreams())) {
            String key = "workstream:" + sp.key() + "/" + name;
            ids.put(key, workstreams.insert(sql, new Workstream(id(key), programId, position++, name)));
        }
    }

    private void insertMilestones(Sql sql, SampleProgram sp, long programId) throws SQLException {
        List<SampleMilestone> list = listOrEmpty(sp.milestones());
        if (list.isEmpty()) {
            return;
        }
        String baselineKey = "baseline:" + sp.key();
        long baselineId = baselines.insert(sql, new Baseline(id(baselineKey), programId, sample.baselineName(), BASELINE_TAKEN));
        ids.put(baselineKey, baselineId);
        for (SampleMilestone sm : list) {
            String key = "milestone:" + sp.key() + "/" + sm.ref();
            MilestoneInput input = new MilestoneInput(sm.title(), ids.get("workstream:" + sp.key() + "/" + sm.workstream()),
                    sm.owner() == null ? null : ids.get("person:" + sm.owner()), date(sm.start()), date(sm.baseline()),
                    date(sm.forecast()), date(sm.actual()), date(sm.deadline()), enumOf(MilestoneStatus.class, sm.status()),
                    sm.notes());
            Milestone milestone = input.toMilestone(id(key), programId);
            long milestoneId = milestones.insert(sql, milestone);
            ids.put(key, milestoneId);
            if (milestone.baseline() != null) {
                baselines.insertDate(sql, baselineId, milestoneId, milestone.baseline());
            }
        }
    }

    private void insertRaci(Sql sql, SampleProgram sp, long programId) throws SQLException {
        if (sp.raci() == null) {
            return;
        }
        int position = 1;
        for (String ref : listOrEmpty(sp.raci().members())) {
            raci.insertMember(sql, new RaciMember(programId, person(ref, sp.key()), position++));
        }
        position = 1;
        for (SampleDeliverable sd : listOrEmpty(sp.raci().deliverables())) {
            String key = "deliverable:" + sp.key() + "#" + position;
            Long workstreamId = sd.workstream() == null ? null : ids.get("workstream:" + sp.key() + "/" + sd.workstream());
            Long milestoneId = sd.milestone() == null ? null : ids.get("milestone:" + sp.key() + "/" + sd.milestone());
            if ((sd.workstream() != null && workstreamId == null) || (sd.milestone() != null && milestoneId == null)) {
                throw new IllegalStateException("The sample's deliverable " + sd.title() + " names an unknown workstream or milestone.");
            }
            long deliverableId = raci.insert(sql, new Deliverable(id(key), programId, workstreamId, milestoneId,
                    position++, sd.title()));
            ids.put(key, deliverableId);
            for (Map.Entry<String, String> role : sd.roles().entrySet()) {
                RaciCell cell = RaciCell.parse(role.getValue()).orElseThrow(() -> new IllegalStateException(
                        "The sample gives " + sd.title() + " the role " + role.getValue() + "; only R, A, A/R, C or I."));
                long personId = person(role.getKey(), sp.key());
                for (RaciRole letter : cell.roles()) {
                    raci.insertAssignment(sql, new RaciAssignment(deliverableId, personId, letter));
                }
            }
        }
    }

    private long person(String ref, String programKey) {
        Long id = ids.get("person:" + ref);
        if (id == null) {
            throw new IllegalStateException("The sample's RACI of " + programKey + " names an unknown person " + ref + ".");
        }
        return id;
    }

    private void insertDependencies(Sql sql) throws SQLException {
        int index = 0;
        for (SampleDependency sd : listOrEmpty(sample.dependencies())) {
            String key = "dependency:" + index++;
            Long from = ids.get("milestone:" + sd.from());
            Long to = ids.get("milestone:" + sd.to());
            if (from == null || to == null) {
                throw new IllegalStateException("The sample names an unknown milestone in " + sd.from() + " -> " + sd.to());
            }
            ids.put(key, dependencies.insert(sql, new Dependency(id(key), from, to,
                    DependencyType.valueOf(sd.type()), sd.lag())));
        }
    }

    private void insertRaid(Sql sql, SampleProgram sp) throws SQLException {
        Map<String, Long> owners = new HashMap<>();
        for (SamplePerson person : sample.people()) {
            owners.put(RaidInput.key(person.name()), ids.get("person:" + person.ref()));
        }
        long programId = ids.get("program:" + sp.key());
        for (SampleRaid sr : listOrEmpty(sp.raid())) {
            String key = "raid:" + sp.key() + "/" + sr.ref();
            List<Long> links = new java.util.ArrayList<>();
            for (String ref : listOrEmpty(sr.milestones())) {
                links.add(milestoneId(ref, key));
            }
            SampleTrigger t = sr.trigger();
            String owner = sample.people().stream().filter(p -> p.ref().equals(sr.owner())).findFirst()
                    .map(SamplePerson::name).orElseThrow(() -> new IllegalStateException(key + " names an unknown owner"));
            RaidInput input = new RaidInput(enumOf(RaidType.class, sr.type()), sr.title(), sr.cause(), sr.event(),
                    sr.effect(), String.valueOf(sr.probability()), String.valueOf(sr.impact()),
                    sr.residualProbability() == null ? "" : sr.residualProbability().toString(),
                    sr.residualImpact() == null ? "" : sr.residualImpact().toString(), owner,
                    sr.response() == null ? null : enumOf(Response.class, sr.response()), sr.mitigation(),
                    t == null ? null : enumOf(TriggerKind.class, t.kind()),
                    t == null || t.milestone() == null ? null : milestoneId(t.milestone(), key),
                    t == null ? null : date(t.date()), t == null || t.days() == null ? "" : t.days().toString(),
                    enumOf(Proximity.class, sr.proximity()), date(sr.review()), enumOf(RaidStatus.class, sr.status()),
                    links);
            Long realisedFrom = sr.realisedFrom() == null ? null : ids.get("raid:" + sp.key() + "/" + sr.realisedFrom());
            RaidItem item = input.toItem(id(key), programId, realisedFrom, owners);
            long raidId = raid.insert(sql, item);
            ids.put(key, raidId);
            raid.setLinks(sql, raidId, links);
        }
    }

    private long milestoneId(String ref, String where) {
        Long id = ids.get("milestone:" + ref);
        if (id == null) {
            throw new IllegalStateException("The sample names an unknown milestone " + ref + " in " + where);
        }
        return id;
    }

    private void insertSyncs(Sql sql, SampleProgram sp, long programId) throws SQLException {
        int index = 0;
        for (SampleSync sync : listOrEmpty(sp.syncs())) {
            String key = "meeting:" + sp.key() + "#" + index++;
            List<Long> attendees = sync.attendees().stream().map(ref -> ids.get("person:" + ref)).toList();
            MeetingSeries series = new MeetingInput(sync.title(), sync.rrule(), sync.first(), sync.time(),
                    String.valueOf(sync.minutes()), sync.zone(), sync.asyncFirst(), String.join(",", sync.skipped()),
                    attendees, null).toSeries(id(key), programId);
            ids.put(key, meetings.insert(sql, series.withId(ids.getOrDefault(key, 0L))));
            LocalDate previous = null;
            for (SamplePortfolio.SampleHeld held : listOrEmpty(sync.held())) {
                insertHeld(sql, sp, series.withId(ids.get(key)), key, held, previous);
                previous = LocalDate.parse(held.date());
            }
        }
    }

    /** A sync that ran: its stored occurrence, agenda with time spent, attendance, decisions, actions and minutes. */
    private void insertHeld(Sql sql, SampleProgram sp, MeetingSeries series, String seriesKey,
                            SamplePortfolio.SampleHeld held, LocalDate previous) throws SQLException {
        LocalDate date = LocalDate.parse(held.date());
        String key = "occurrence:" + seriesKey + "@" + date;
        java.time.ZonedDateTime start = java.time.ZonedDateTime.of(date, series.startTime(), series.zone());
        Instant started = start.toInstant().plusSeconds(60);
        long spent = listOrEmpty(held.items()).stream().mapToLong(SamplePortfolio.SampleItem::spent).sum();
        Instant ended = started.plusSeconds(spent + 45);
        OccurrenceRecord record = new OccurrenceRecord(id(key), series.id(), date, start.toInstant(),
                OccurrenceState.RUNNING, started, null, null, null, held.notes() == null ? "" : held.notes(), "");
        long occurrenceId = occurrences.insert(sql, record);
        ids.put(key, occurrenceId);
        record = record.withId(occurrenceId);
        List<AgendaEntry> entries = new java.util.ArrayList<>();
        int position = 0;
        for (SamplePortfolio.SampleItem item : listOrEmpty(held.items())) {
            String itemKey = key + "#" + position;
            boolean carried = item.section().equals("Carried over");
            AgendaEntry entry = new AgendaEntry(id(itemKey), occurrenceId, position++, item.section(), kindOf(item.section()),
                    item.text(), "template", item.minutes(), item.spent(),
                    ItemState.valueOf(item.state().toUpperCase(Locale.ROOT)),
                    item.outcome() == null ? "" : item.outcome(), null, carried ? previous : null);
            long itemId = entries().insert(sql, entry);
            ids.put(itemKey, itemId);
            entries.add(entry.withId(itemId));
        }
        Map<Long, String> names = new HashMap<>();
        for (SamplePerson person : sample.people()) {
            names.put(ids.get("person:" + person.ref()), person.name());
        }
        Set<String> present = new HashSet<>(listOrEmpty(held.present()));
        List<AttendeePresence> attendance = new java.util.ArrayList<>();
        for (Long personId : series.attendeeIds()) {
            String ref = refOf(personId);
            boolean here = present.contains(ref);
            occurrences.setPresent(sql, occurrenceId, personId, here);
            attendance.add(new AttendeePresence(personId, names.get(personId), here));
        }
        long programId = series.programId();
        List<Decision> decisions = new java.util.ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        for (SamplePortfolio.SampleDecision sd : listOrEmpty(held.decisions())) {
            String decisionKey = "decision:" + sp.key() + "/" + sd.title();
            Long supersedes = sd.supersedes() == null ? null : ids.get("decision:" + sp.key() + "/" + sd.supersedes());
            Decision d = new Decision(id(decisionKey), programId, occurrenceId, sd.title(),
                    sd.rationale() == null ? "" : sd.rationale(), date,
                    DecisionStatus.valueOf(sd.status().toUpperCase(Locale.ROOT)), supersedes);
            long decisionId = decisionRows.insert(sql, d);
            ids.put(decisionKey, decisionId);
            decisions.add(d.withId(decisionId));
            if (supersedes != null) {
                titles.put(supersedes, sd.supersedes());
            }
        }
        List<ActionRow> actions = new java.util.ArrayList<>();
        for (SamplePortfolio.SampleAction sa : listOrEmpty(held.actions())) {
            String actionKey = "action:" + sp.key() + "/" + sa.title();
            ActionStatus status = ActionStatus.valueOf(sa.status().toUpperCase(Locale.ROOT));
            Long owner = sa.owner() == null ? null : ids.get("person:" + sa.owner());
            ActionItem a = new ActionItem(id(actionKey), programId, occurrenceId, sa.title(), owner, date(sa.due()), date,
                    status, status == ActionStatus.OPEN ? null : date(sa.due()));
            long actionId = actionRows.insert(sql, a);
            ids.put(actionKey, actionId);
            actions.add(new ActionRow(a.withId(actionId), sp.key(), owner == null ? "" : names.get(owner)));
        }
        SyncMeeting meeting = new SyncMeeting(series, sp.key(), date, start, record, entries, null, attendance,
                decisions, actions);
        OccurrenceRecord done = record.ended(ended, "");
        occurrences.update(sql, record.ended(ended, MinutesMarkdown.render(meeting, done, entries, titles)));
    }

    private String refOf(long personId) {
        return ids.entrySet().stream().filter(e -> e.getKey().startsWith("person:") && e.getValue() == personId)
                .map(e -> e.getKey().substring("person:".length())).findFirst().orElse("");
    }

    private static SectionKind kindOf(String section) {
        return switch (section) {
            case "Due in the next 14 days" -> SectionKind.MILESTONES_DUE;
            case "What slipped" -> SectionKind.MILESTONES_SLIPPED;
            case "Risks and reviews" -> SectionKind.RISKS;
            case "Ownership gaps" -> SectionKind.RACI;
            default -> SectionKind.FREE;
        };
    }

    private AgendaEntryRepository entries() {
        return agendaEntries;
    }

    private void insertSnapshots(Sql sql, SampleProgram sp, long programId) throws SQLException {
        Map<String, String> names = SampleHistory.names(sample);
        SampleHistory history = new SampleHistory(key -> {
            Long id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("The sample's snapshots name an unknown " + key);
            }
            return id;
        }, ref -> names.getOrDefault(ref, ""));
        int index = 0;
        for (var then : SampleHistory.of(sp)) {
            String key = "snapshot:" + sp.key() + "#" + index++;
            ids.put(key, snapshots.insert(sql, history.snapshot(id(key), sp, programId, then)));
        }
    }

    private void insertIntake(Sql sql) throws SQLException {
        if (loadedAt == null) {
            loadedAt = Instant.now();
        }
        Map<String, Long> people = new HashMap<>();
        for (SamplePerson person : sample.people()) {
            people.put(person.ref(), ids.get("person:" + person.ref()));
        }
        Map<String, Long> programIds = new HashMap<>();
        for (SampleProgram program : sample.programs()) {
            programIds.put(program.key(), ids.get("program:" + program.key()));
        }
        int index = 0;
        for (SamplePortfolio.SampleIntake si : listOrEmpty(sample.intake())) {
            String key = "intake:" + index++;
            ids.put(key, new IntakeRepository().insert(sql, IntakeSample.request(id(key), si.requester(), si.initiative(), si.problem(), si.outcome(),
                    si.complexity(), si.functions(), si.otherFunctions(), si.criticality(), date(si.desired()),
                    listOrEmpty(si.links()), si.channel(), si.workingHoursAgo(), si.received(), si.firstResponse(),
                    si.status(), si.note(), si.program(), people, programIds, loadedAt)));
        }
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        if (madeMe) {
            people.setMe(sql, null);
        }
        for (int i = 0; i < listOrEmpty(sample.intake()).size(); i++) {
            new IntakeRepository().delete(sql, ids.get("intake:" + i));
        }
        for (SampleProgram sp : sample.programs()) {
            sql.update("delete from raid_items where program_id = ?", ids.get("program:" + sp.key()));
        }
        for (SampleProgram sp : sample.programs()) {
            // RACI and milestones first: their workstream and people references are RESTRICT, the cascade order is not ours.
            raci.deleteProgramRaci(sql, ids.get("program:" + sp.key()));
            sql.update("delete from milestones where program_id = ?", ids.get("program:" + sp.key()));
            programs.delete(sql, ids.get("program:" + sp.key()));
        }
        for (SamplePerson sp : sample.people()) {
            people.delete(sql, ids.get("person:" + sp.ref()));
        }
        return List.of(new WorkspaceReplaced("sample portfolio removed"));
    }

    /** Whoever explores the sample plays its first program's TPgM, unless "me" was already known (decision 0053). */
    private void becomeTheFirstTpgm(Sql sql) throws SQLException {
        madeMe = people.meId(sql).isEmpty();
        if (madeMe) {
            people.setMe(sql, ids.get("person:" + sample.programs().get(0).tpgm()));
        }
    }

    private long id(String key) {
        return ids.getOrDefault(key, 0L);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
