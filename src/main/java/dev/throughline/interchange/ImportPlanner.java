package dev.throughline.interchange;

import dev.throughline.interchange.ImportPlan.Action;
import dev.throughline.interchange.ImportPlan.Kind;
import dev.throughline.interchange.ImportPlan.Line;
import dev.throughline.interchange.ImportPlan.NewDependency;
import dev.throughline.interchange.ImportPlan.NewMilestone;
import dev.throughline.interchange.ImportPlan.NewProgram;
import dev.throughline.interchange.ImportPlan.NewRaidItem;
import dev.throughline.interchange.ImportPlan.NewWorkstream;
import dev.throughline.interchange.ImportPlan.Writes;
import dev.throughline.interchange.SourcePlan.SourceLink;
import dev.throughline.interchange.SourcePlan.SourceRaid;
import dev.throughline.interchange.SourcePlan.SourceResource;
import dev.throughline.interchange.SourcePlan.SourceTask;
import dev.throughline.interchange.SourcePlan.TaskKind;
import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.DependencyType;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneInput;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Person;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.program.ProgramValidator;
import dev.throughline.risk.Proximity;
import dev.throughline.risk.RaidInput;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import dev.throughline.validation.FieldProblem;
import dev.throughline.validation.Problems;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches a {@link SourcePlan} against the workspace and decides, row by row, what an import
 * creates, matches or skips. Pure: reads nothing, writes nothing.
 */
public final class ImportPlanner {

    static final int MAX_TITLE = 200;
    private static final long PLACEHOLDER_ID = -1;

    private final SourcePlan source;
    private final ImportOptions options;
    private final ImportContext context;
    private final List<Line> lines = new ArrayList<>();
    private final List<String> blockers = new ArrayList<>();
    private final Map<String, Long> existing = new HashMap<>();
    private final DirectoryMatcher directory;
    private final List<NewWorkstream> newWorkstreams = new ArrayList<>();
    private final List<NewMilestone> newMilestones = new ArrayList<>();
    private final List<NewDependency> newDependencies = new ArrayList<>();
    private final List<NewRaidItem> newRaid = new ArrayList<>();
    private final Map<String, String> workstreamRefs = new LinkedHashMap<>();
    private final Map<String, String> milestoneRefs = new HashMap<>();
    private final Map<String, String> taskNames = new HashMap<>();
    private NewProgram newProgram;

    private ImportPlanner(SourcePlan source, ImportOptions options, ImportContext context) {
        this.source = source;
        this.options = options;
        this.context = context;
        this.directory = new DirectoryMatcher(lines, existing);
    }

    public static ImportPlan plan(SourcePlan source, ImportOptions options, ImportContext context) {
        return new ImportPlanner(source, options, context).run();
    }

    private ImportPlan run() {
        directory.knowDirectory(context.people());
        directory.planResources(source.resources());
        String programLabel = planProgram();
        planWorkstreamsAndMilestones();
        planDependencies();
        planRaid();
        if (blockers.isEmpty() && newMilestones.isEmpty() && directory.newPeople().isEmpty() && newRaid.isEmpty()
                && newDependencies.isEmpty()) {
            blockers.add(source.fileName() + ": nothing to import (" + (lines.isEmpty() ? "the file holds no tasks,"
                    + " people or RAID items" : "everything is already there or skipped") + ").");
        }
        Writes writes = new Writes(newProgram, directory.newPeople(), newWorkstreams, newMilestones, newDependencies, newRaid);
        return new ImportPlan(source.fileName(), source.format(), programLabel, lines, blockers, writes, existing);
    }

    // ---- program

    private String planProgram() {
        if (options.target() instanceof ImportTarget.Directory) {
            if (!source.tasks().isEmpty() || !source.raid().isEmpty()) {
                blockers.add("Choose a program for the milestones and RAID items of " + source.fileName() + ".");
            }
            return "the people directory";
        }
        if (options.target() instanceof ImportTarget.Existing e) {
            Program program = context.program();
            if (program == null || program.id() != e.programId()) {
                blockers.add("The program to import into is no longer in the workspace.");
                return "?";
            }
            existing.put(ImportPlan.PROGRAM_REF, program.id());
            lines.add(new Line(Action.MATCH, Kind.PROGRAM, program.key() + " " + program.name(), "adds to this program"));
            return program.key() + " " + program.name();
        }
        ImportTarget.NewProgram target = (ImportTarget.NewProgram) options.target();
        String tpgmRef = tpgm(target);
        String name = blankOr(target.name(), blankOr(source.title(), source.fileName()));
        if (name.length() > 120) {
            name = name.substring(0, 120).strip();
        }
        LocalDate start = source.tasks().stream().map(SourceTask::start).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        LocalDate target0 = source.tasks().stream().map(SourceTask::finish).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        if (start != null && target0 != null && target0.isBefore(start)) {
            target0 = start;
        }
        ProgramInput input = new ProgramInput(target.key(), name, "Imported from " + source.fileName(), ProgramStatus.PLANNED,
                Health.ON_TRACK, "", PLACEHOLDER_ID, null, start, target0, Priority.P2, "", "");
        Problems problems = ProgramValidator.check(input, context.keysInUse(), Set.of(PLACEHOLDER_ID));
        if (!problems.isEmpty()) {
            blockers.add(messages(problems));
            return ProgramValidator.normalizeKey(target.key()) + " " + name;
        }
        if (tpgmRef != null) {
            Program program = ProgramValidator.toProgram(0, false, input, context.keysInUse(), Set.of(PLACEHOLDER_ID));
            newProgram = new NewProgram(program, tpgmRef);
            lines.add(0, new Line(Action.CREATE, Kind.PROGRAM, program.key() + " " + program.name(),
                    "new program" + (start == null ? "" : ", " + start + " to " + target0)));
        }
        return ProgramValidator.normalizeKey(target.key()) + " " + name;
    }

    private String tpgm(ImportTarget.NewProgram target) {
        if (target.tpgmName() != null && !target.tpgmName().isBlank()) {
            String ref = directory.ref(target.tpgmName());
            if (ref == null) {
                blockers.add("No one called “" + target.tpgmName().strip() + "” is in the directory or the file to run the new program.");
            } else if (existing.containsKey(ref)) {
                lines.add(new Line(Action.MATCH, Kind.PERSON, target.tpgmName().strip(), "runs the new program (TPgM)"));
            }
            return ref;
        }
        if (source.manager() != null && !source.manager().isBlank()) {
            String ref = directory.ref(source.manager());
            if (ref != null && existing.containsKey(ref)) {
                lines.add(new Line(Action.MATCH, Kind.PERSON, source.manager().strip(),
                        "the file's manager, matched by name; runs the new program (TPgM)"));
            }
            if (ref == null) {
                ref = directory.createPerson(SourceResource.of("manager", source.manager(), "", true));
            }
            if (ref != null) {
                return ref;
            }
        }
        blockers.add("Choose who runs the new program (the TPgM): the file names no manager.");
        return null;
    }

    // ---- workstreams and milestones

    private void planWorkstreamsAndMilestones() {
        Map<String, Workstream> byName = new HashMap<>();
        int position = 1;
        for (Workstream w : context.workstreams()) {
            byName.put(key(w.name()), w);
            position = Math.max(position, w.position() + 1);
        }
        Map<String, Milestone> existingByTitle = new HashMap<>();
        for (Milestone m : context.milestones()) {
            existingByTitle.putIfAbsent(key(m.title()), m);
        }
        for (SourceTask task : source.tasks()) {
            taskNames.put(task.ref(), task.name().isBlank() ? task.where() : task.name());
            if (!options.milestoneKinds().contains(task.kind())) {
                skip(Kind.MILESTONE, label(task), whyNotCounted(task.kind()));
                continue;
            }
            if (task.finish() == null) {
                skip(Kind.MILESTONE, label(task), task.where() + " has no dates");
                continue;
            }
            String title = task.name().strip();
            String note = "";
            if (title.length() > MAX_TITLE) {
                title = title.substring(0, MAX_TITLE).strip();
                note = "title shortened to " + MAX_TITLE + " characters";
            }
            Milestone same = existingByTitle.get(key(title));
            if (same != null) {
                existing.put(task.ref(), same.id());
                milestoneRefs.put(task.ref(), task.ref());
                lines.add(new Line(Action.MATCH, Kind.MILESTONE, title, "already in the program; left as it is"));
                continue;
            }
            String workstreamRef = workstream(task.workstream(), byName, position + newWorkstreams.size());
            MilestoneInput input = milestoneInput(task, title);
            Problems problems = input.check();
            if (!problems.isEmpty()) {
                skip(Kind.MILESTONE, label(task), task.where() + ": " + messages(problems));
                continue;
            }
            String ownerRef = task.resourceRefs().stream().map(directory::resourceRef).filter(r -> r != null)
                    .findFirst().orElse(null);
            newMilestones.add(new NewMilestone(task.ref(), workstreamRef, ownerRef, new Milestone(0, 0, null, title, null,
                    input.start(), input.baseline(), input.forecast(), input.actual(), input.deadline(), input.status(),
                    input.notes() == null ? "" : input.notes().strip())));
            milestoneRefs.put(task.ref(), task.ref());
            lines.add(new Line(Action.CREATE, Kind.MILESTONE, title + " (" + task.finish() + ")", join(origin(task), note)));
        }
    }

    private String workstream(String name, Map<String, Workstream> byName, int position) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.strip().length() > 120 ? name.strip().substring(0, 120).strip() : name.strip();
        String known = workstreamRefs.get(key(clean));
        if (known != null) {
            return known;
        }
        Workstream match = byName.get(key(clean));
        String ref = "workstream:" + key(clean);
        if (match != null) {
            existing.put(ref, match.id());
            lines.add(new Line(Action.MATCH, Kind.WORKSTREAM, match.name(), "already in the program"));
        } else {
            newWorkstreams.add(new NewWorkstream(ref, position, clean));
            lines.add(new Line(Action.CREATE, Kind.WORKSTREAM, clean, "from the outline's top level"));
        }
        workstreamRefs.put(key(clean), ref);
        return ref;
    }

    private static MilestoneInput milestoneInput(SourceTask task, String title) {
        MilestoneStatus status = task.percentComplete() >= 100 ? MilestoneStatus.DONE
                : task.percentComplete() > 0 ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
        LocalDate actual = status == MilestoneStatus.DONE
                ? (task.actualFinish() == null ? task.finish() : task.actualFinish()) : null;
        LocalDate start = task.start() != null && task.start().isBefore(task.finish()) ? task.start() : null;
        return new MilestoneInput(title, null, null, start, task.baselineFinish(), task.finish(), actual,
                task.deadline(), status, task.notes());
    }

    private static String origin(SourceTask task) {
        return switch (task.kind()) {
            case MILESTONE -> "";
            case SUMMARY -> "finish of a summary task";
            case TASK -> "finish of a task" + (task.start() == null ? "" : " started " + task.start());
        };
    }

    private static String whyNotCounted(TaskKind kind) {
        return switch (kind) {
            case MILESTONE -> "milestones are not counted in this import";
            case SUMMARY -> "a summary task; tick “summary tasks” to import its finish as a milestone";
            case TASK -> "a task with a duration; tick “every other task” to import it";
        };
    }

    // ---- dependencies

    private void planDependencies() {
        Set<String> pairs = new HashSet<>();
        Map<Long, String> refOfExisting = new HashMap<>();
        milestoneRefs.keySet().forEach(ref -> {
            Long id = existing.get(ref);
            if (id != null) {
                refOfExisting.put(id, ref);
            }
        });
        for (Dependency d : context.dependencies()) {
            String p = refOfExisting.get(d.predecessorId());
            String s = refOfExisting.get(d.successorId());
            if (p != null && s != null) {
                pairs.add(p + ">" + s);
            }
        }
        for (SourceLink link : source.links()) {
            String name = taskNames.getOrDefault(link.predecessorRef(), link.predecessorRef()) + " → "
                    + taskNames.getOrDefault(link.successorRef(), link.successorRef()) + " " + link.type()
                    + (link.lagDays() == 0 ? "" : (link.lagDays() > 0 ? " +" : " ") + link.lagDays() + "d");
            String missing = !milestoneRefs.containsKey(link.predecessorRef()) ? link.predecessorRef()
                    : !milestoneRefs.containsKey(link.successorRef()) ? link.successorRef() : null;
            if (missing != null) {
                skip(Kind.DEPENDENCY, name, "“" + taskNames.getOrDefault(missing, missing) + "” is not imported as a milestone");
                continue;
            }
            if (link.predecessorRef().equals(link.successorRef())) {
                skip(Kind.DEPENDENCY, name, "a task cannot depend on itself");
                continue;
            }
            if (!pairs.add(link.predecessorRef() + ">" + link.successorRef())) {
                lines.add(new Line(Action.MATCH, Kind.DEPENDENCY, name, "already there"));
                continue;
            }
            newDependencies.add(new NewDependency(link.predecessorRef(), link.successorRef(),
                    DependencyType.valueOf(link.type()), link.lagDays()));
            lines.add(new Line(Action.CREATE, Kind.DEPENDENCY, name, ""));
        }
        refuseLoops(context.dependencies(), refOfExisting);
    }

    /** Kahn's algorithm over the program's dependencies plus the new ones: what is left over is a loop. */
    private void refuseLoops(List<Dependency> current, Map<Long, String> refOfExisting) {
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        List<String[]> edges = new ArrayList<>();
        for (Dependency d : current) {
            String p = refOfExisting.getOrDefault(d.predecessorId(), "#" + d.predecessorId());
            String s = refOfExisting.getOrDefault(d.successorId(), "#" + d.successorId());
            edges.add(new String[] {p, s});
        }
        for (NewDependency d : newDependencies) {
            edges.add(new String[] {d.predecessorRef(), d.successorRef()});
        }
        for (String[] e : edges) {
            next.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            incoming.merge(e[1], 1, Integer::sum);
            incoming.putIfAbsent(e[0], 0);
        }
        ArrayDeque<String> ready = new ArrayDeque<>();
        incoming.forEach((node, n) -> {
            if (n == 0) {
                ready.add(node);
            }
        });
        int done = 0;
        while (!ready.isEmpty()) {
            String node = ready.poll();
            done++;
            for (String s : next.getOrDefault(node, List.of())) {
                if (incoming.merge(s, -1, Integer::sum) == 0) {
                    ready.add(s);
                }
            }
        }
        if (done < incoming.size()) {
            String inLoop = incoming.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                    .map(ref -> taskNames.getOrDefault(ref, ref)).sorted().limit(3).collect(Collectors.joining(", "));
            blockers.add(source.fileName() + ": the dependencies form a loop (through " + inLoop + ").");
        }
    }

    // ---- RAID items (CSV)

    private void planRaid() {
        if (source.raid().isEmpty()) {
            return;
        }
        Map<String, Long> owners = new HashMap<>();
        for (Person p : context.people()) {
            owners.put(RaidInput.key(p.name()), p.id());
        }
        for (SourceRaid r : source.raid()) {
            RaidType type = enumOf(RaidType.class, r.type(), RaidType.RISK);
            RaidStatus status = enumOf(RaidStatus.class, r.status(), RaidStatus.OPEN);
            if (type == null || status == null) {
                skip(Kind.RAID_ITEM, r.title().isBlank() ? r.where() : r.title(), r.where() + ": " + (type == null
                        ? "type “" + r.type().strip() + "” is not risk, assumption, issue or dependency"
                        : "status “" + r.status().strip() + "” is not open, mitigating, closed or realised"));
                continue;
            }
            String ownerRef = r.owner() == null || r.owner().isBlank() ? null : directory.ref(r.owner());
            String ownerName = ownerRef == null ? "" : r.owner();
            if (ownerRef != null && !existing.containsKey(ownerRef)) {
                ownerName = "";
            }
            if (ownerRef != null && existing.containsKey(ownerRef)) {
                long id = existing.get(ownerRef);
                ownerName = context.people().stream().filter(p -> p.id() == id).findFirst().map(Person::name).orElse("");
            }
            RaidInput input = new RaidInput(type, r.title(), "", "", "", r.probability(), r.impact(), "", "", ownerName,
                    null, r.mitigation(), null, null, null, "", Proximity.THIS_QUARTER, r.review(), status, List.of());
            Problems problems = input.check(owners);
            if (!problems.isEmpty()) {
                skip(Kind.RAID_ITEM, r.title().isBlank() ? r.where() : r.title(), r.where() + ": " + messages(problems));
                continue;
            }
            String why = r.owner() != null && !r.owner().isBlank() && ownerRef == null
                    ? "owner “" + r.owner().strip() + "” is not in the directory; left without owner" : "";
            newRaid.add(new NewRaidItem(ownerRef, input.toItem(0, 0, null, owners)));
            lines.add(new Line(Action.CREATE, Kind.RAID_ITEM, type.label() + ": " + r.title().strip(), why));
        }
    }

    /** The constant named by {@code text} (any case, spaces for '_'), {@code fallback} when blank, null when unknown. */
    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String wanted = text.strip().replace(' ', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    // ---- helpers

    private void skip(Kind kind, String name, String why) {
        lines.add(new Line(Action.SKIP, kind, name, why));
    }

    private static String label(SourceTask task) {
        return task.name().isBlank() ? task.where() : task.name();
    }

    private static String messages(Problems problems) {
        return problems.list().stream().map(FieldProblem::message).collect(Collectors.joining(" "));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
