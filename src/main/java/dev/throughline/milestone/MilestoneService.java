package dev.throughline.milestone;

import dev.throughline.edit.CommandStack;
import dev.throughline.edit.RowEdits;
import dev.throughline.store.Store;
import dev.throughline.validation.TextRule;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Milestones, workstreams, dependencies and baselines: queries, and edits as undoable commands that
 * re-forecast dependents. Blocking: call off the FX thread.
 */
public final class MilestoneService {

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final MilestoneRepository milestones = new MilestoneRepository();
    private final WorkstreamRepository workstreams = new WorkstreamRepository();
    private final DependencyRepository dependencies = new DependencyRepository();
    private final BaselineRepository baselines = new BaselineRepository();

    public MilestoneService(Store store, CommandStack commands, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
    }

    // ---- queries

    public List<Milestone> milestones(long programId) {
        return store.read(sql -> milestones.ofProgram(sql, programId));
    }

    public Milestone get(long id) {
        return store.read(sql -> milestones.find(sql, id))
                .orElseThrow(() -> new ValidationException("milestone", "That milestone no longer exists."));
    }

    public List<Workstream> workstreams(long programId) {
        return store.read(sql -> workstreams.ofProgram(sql, programId));
    }

    public List<Baseline> baselines(long programId) {
        return store.read(sql -> baselines.ofProgram(sql, programId));
    }

    public List<Dependency> dependencies(long programId) {
        return store.read(sql -> dependencies.ofProgram(sql, programId));
    }

    /** Dependencies touching the program's milestones, each end named by program key and title. */
    public List<NamedDependency> namedDependencies(long programId) {
        return store.read(sql -> {
            Names names = NamesRepository.load(sql);
            GraphRepository graph = new GraphRepository(sql);
            List<NamedDependency> named = new ArrayList<>();
            for (Dependency d : dependencies.ofProgram(sql, programId)) {
                Milestone from = graph.milestone(d.predecessorId());
                Milestone to = graph.milestone(d.successorId());
                named.add(new NamedDependency(d, names.programKey(from.programId()), from.title(),
                        names.programKey(to.programId()), to.title()));
            }
            return named;
        });
    }

    public List<Dependency> predecessorsOf(long milestoneId) {
        return store.read(sql -> dependencies.predecessorsOf(sql, milestoneId));
    }

    public List<Dependency> successorsOf(long milestoneId) {
        return store.read(sql -> dependencies.successorsOf(sql, milestoneId));
    }

    /** Every milestone with names, variance against {@code baselineId} (or the current baseline) and its driver. */
    public List<MilestoneRow> rows(long programId, Long baselineId) {
        return store.read(sql -> {
            Names names = NamesRepository.load(sql);
            Map<Long, LocalDate> compared = baselineId == null ? null : baselines.dates(sql, baselineId);
            GraphRepository graph = new GraphRepository(sql);
            List<MilestoneRow> rows = new ArrayList<>();
            for (Milestone m : milestones.ofProgram(sql, programId)) {
                LocalDate base = compared == null ? m.baseline() : compared.get(m.id());
                Integer variance = base == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(base, m.forecast());
                rows.add(new MilestoneRow(m, names.programKey(m.programId()), names.workstream(m.workstreamId()),
                        names.person(m.ownerId()), base, variance, drivenBy(graph, names, m.id())));
            }
            return rows;
        });
    }

    /** Every milestone of the workspace grouped by program id, without drivers (cheap at portfolio scale). */
    public Map<Long, List<MilestoneRow>> portfolioRows() {
        return store.read(sql -> {
            Names names = NamesRepository.load(sql);
            Map<Long, List<MilestoneRow>> byProgram = new LinkedHashMap<>();
            for (Milestone m : milestones.all(sql)) {
                byProgram.computeIfAbsent(m.programId(), k -> new ArrayList<>()).add(new MilestoneRow(m,
                        names.programKey(m.programId()), names.workstream(m.workstreamId()), names.person(m.ownerId()),
                        m.baseline(), m.varianceDays(), ""));
            }
            return byProgram;
        });
    }

    public List<Dependency> allDependencies() {
        return store.read(dependencies::all);
    }

    /** "why is this date here": each binding predecessor, nearest first, in words. */
    public List<String> why(long milestoneId) {
        return store.read(sql -> {
            Names names = NamesRepository.load(sql);
            List<String> lines = new ArrayList<>();
            Milestone m = milestones.find(sql, milestoneId).orElseThrow();
            lines.add(names.label(m) + " is forecast for " + m.forecast() + ".");
            List<Schedule.Driver> chain = Schedule.drivingChain(new GraphRepository(sql), milestoneId);
            for (Schedule.Driver d : chain) {
                lines.add((lines.size() == 1 ? "" : "which ") + names.waitsOn(d.predecessor(), d.dependency())
                        + ", forecast for " + d.predecessor().forecast());
            }
            lines.add(chain.isEmpty() ? "No predecessor holds it: the date was set by hand."
                    : "The first date in this chain was set by hand.");
            return lines;
        });
    }

    private static String drivenBy(GraphRepository graph, Names names, long id) {
        List<Schedule.Driver> chain = Schedule.drivingChain(graph, id);
        if (chain.isEmpty()) {
            return "";
        }
        Schedule.Driver first = chain.get(0);
        return names.link(first.predecessor(), first.dependency());
    }

    // ---- milestone edits

    public Milestone create(long programId, MilestoneInput input) {
        Milestone milestone = input.toMilestone(0, programId);
        requireWorkstreamOf(programId, milestone.workstreamId());
        return commands.execute(RowEdits.create("add milestone " + milestone.title(), milestones, milestone)).created();
    }

    /** Saves the form; when the dates moved, dependents move too, in the same undoable step. */
    public int update(long id, MilestoneInput input) {
        Milestone before = get(id);
        Milestone after = input.toMilestone(id, before.programId());
        requireWorkstreamOf(before.programId(), after.workstreamId());
        if (after.equals(before)) {
            return 0;
        }
        var fields = RowEdits.update("edit " + after.title(), milestones, before, after);
        RescheduleCommand command = new RescheduleCommand("edit " + after.title(), fields, graph -> {
            Map<Long, Milestone> changed = new LinkedHashMap<>();
            Schedule.pushSuccessors(graph, after, changed);
            return changed;
        });
        return commands.execute(command).moved() + 1;
    }

    /** Moves one forecast (a drag on the timeline); returns how many milestones moved, itself included. */
    public int moveForecast(long id, LocalDate forecast) {
        Milestone before = get(id);
        MilestoneInput moved = MilestoneInput.of(before.withForecast(forecast));
        moved.check().throwIfAny();
        if (before.forecast().equals(forecast)) {
            return 0;
        }
        return commands.execute(new RescheduleCommand("move " + before.title() + " to " + forecast, null,
                graph -> Schedule.propagate(graph, id, forecast))).moved();
    }

    public void delete(long id) {
        commands.execute(new DeleteMilestoneCommand(get(id)));
    }

    // ---- dependencies

    /** Adds a dependency (refusing loops, naming them) and pushes the successor if it now starts too early. */
    public Dependency addDependency(DependencyInput input) {
        input.check().throwIfAny();
        long predecessorId = input.predecessorId();
        long successorId = input.successorId();
        store.read(sql -> {
            if (dependencies.between(sql, predecessorId, successorId).isPresent()) {
                throw new ValidationException(DependencyInput.PREDECESSOR, "That dependency already exists.");
            }
            Optional<List<Long>> loop = Schedule.cycleIfAdded(new GraphRepository(sql), predecessorId, successorId);
            if (loop.isPresent()) {
                Names names = NamesRepository.load(sql);
                GraphRepository graph = new GraphRepository(sql);
                String path = loop.get().stream().map(id -> names.label(graph.milestone(id)))
                        .collect(Collectors.joining(" → "));
                throw new ValidationException(DependencyInput.PREDECESSOR, "That would make a loop: " + path + ".");
            }
            return null;
        });
        Dependency dependency = new Dependency(0, predecessorId, successorId, input.type(), input.lagDays());
        var create = RowEdits.create("add dependency", dependencies, dependency);
        commands.execute(new RescheduleCommand("add dependency", create, graph -> {
            Map<Long, Milestone> changed = new LinkedHashMap<>();
            Schedule.pushSuccessors(graph, graph.milestone(predecessorId), changed);
            return changed;
        }));
        return create.created();
    }

    public void removeDependency(long dependencyId) {
        Dependency d = store.read(sql -> dependencies.find(sql, dependencyId))
                .orElseThrow(() -> new ValidationException("dependency", "That dependency no longer exists."));
        commands.execute(RowEdits.delete("remove dependency", dependencies, d));
    }

    // ---- workstreams

    public Workstream addWorkstream(long programId, String name) {
        String clean = requireWorkstreamName(programId, name, 0);
        int position = store.read(sql -> workstreams.nextPosition(sql, programId));
        return commands.execute(RowEdits.create("add workstream " + clean, workstreams,
                new Workstream(0, programId, position, clean))).created();
    }

    public void renameWorkstream(long id, String name) {
        Workstream before = workstream(id);
        String clean = requireWorkstreamName(before.programId(), name, id);
        commands.execute(RowEdits.update("rename workstream " + before.name(), workstreams, before,
                new Workstream(id, before.programId(), before.position(), clean)));
    }

    public void deleteWorkstream(long id) {
        Workstream w = workstream(id);
        long used = store.read(sql -> workstreams.milestoneCount(sql, id));
        if (used > 0) {
            throw new ValidationException("workstream", w.name() + " still holds " + used
                    + " milestone(s); move or delete them first.");
        }
        long rows = store.read(sql -> workstreams.deliverableCount(sql, id));
        if (rows > 0) {
            throw new ValidationException("workstream", w.name() + " still groups " + rows
                    + " RACI deliverable(s); move or delete them first.");
        }
        commands.execute(RowEdits.delete("delete workstream " + w.name(), workstreams, w));
    }

    private Workstream workstream(long id) {
        return store.read(sql -> workstreams.find(sql, id))
                .orElseThrow(() -> new ValidationException("workstream", "That workstream no longer exists."));
    }

    private String requireWorkstreamName(long programId, String name, long exceptId) {
        String clean = name == null ? "" : TextRule.clean(name).strip();
        if (clean.isEmpty()) {
            throw new ValidationException("workstream", "Workstream name is required.");
        }
        boolean taken = workstreams(programId).stream()
                .anyMatch(w -> w.id() != exceptId && w.name().equalsIgnoreCase(clean));
        if (taken) {
            throw new ValidationException("workstream", "This program already has a workstream called " + clean + ".");
        }
        return clean;
    }

    private void requireWorkstreamOf(long programId, Long workstreamId) {
        if (workstreamId != null && workstreams(programId).stream().noneMatch(w -> w.id() == workstreamId)) {
            throw new ValidationException("workstream", "That workstream does not belong to this program.");
        }
    }

    // ---- baselines

    public Baseline takeBaseline(long programId, String name) {
        String clean = name == null ? "" : TextRule.clean(name).strip();
        if (clean.isEmpty()) {
            throw new ValidationException("baseline", "Baseline name is required.");
        }
        if (store.read(sql -> baselines.nameTaken(sql, programId, clean))) {
            throw new ValidationException("baseline", "This program already has a baseline called " + clean + ".");
        }
        java.time.Instant takenAt = clock.instant();
        TakeBaselineCommand command = commands.execute(new TakeBaselineCommand(programId, clean, takenAt));
        return new Baseline(command.baselineId(), programId, clean, takenAt);
    }
}
