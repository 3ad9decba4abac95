package dev.throughline.program;

import dev.throughline.edit.Command;
import dev.throughline.edit.CommandStack;
import dev.throughline.edit.CompositeCommand;
import dev.throughline.edit.RowEdits;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Programs and their objectives: queries, and edits as undoable commands. Blocking: call off the FX thread. */
public final class ProgramService {

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final ProgramRepository programs = new ProgramRepository();
    private final ObjectiveRepository objectives = new ObjectiveRepository();

    public ProgramService(Store store, CommandStack commands) {
        this(store, commands, Clock.systemUTC());
    }

    public ProgramService(Store store, CommandStack commands, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
    }

    /** The program's one current health: its latest snapshot's, or a newer edit's (decision 0054). */
    public ProgramHealth health(long programId) {
        return store.read(sql -> programs.healthOf(sql, programId))
                .orElseThrow(() -> new ValidationException("program", "That program no longer exists."));
    }

    /** The current health of every program, by id. */
    public Map<Long, ProgramHealth> healthOfEach() {
        return store.read(programs::healthOfEach);
    }

    public List<ProgramSummary> portfolio() {
        return store.read(programs::summaries);
    }

    public List<Program> all() {
        return store.read(programs::all);
    }

    public java.util.Optional<Program> find(long id) {
        return store.read(sql -> programs.find(sql, id));
    }

    /** The program with this key (any case), or a message naming the key. */
    public Program byKey(String key) {
        String wanted = ProgramValidator.normalizeKey(key);
        return all().stream().filter(p -> p.key().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new ValidationException("program", "There is no program with the key " + wanted
                        + "; list them with 'programs'."));
    }

    public Program get(long id) {
        return store.read(sql -> programs.find(sql, id))
                .orElseThrow(() -> new ValidationException("program", "That program no longer exists."));
    }

    public List<Objective> objectives(long programId) {
        return store.read(sql -> objectives.ofProgram(sql, programId));
    }

    /** Upper-case keys of every program except {@code exceptId}, for live validation. */
    public Set<String> keysInUse(long exceptId) {
        return store.read(sql -> programs.all(sql)).stream().filter(p -> p.id() != exceptId)
                .map(p -> ProgramValidator.normalizeKey(p.key())).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Long> peopleIds() {
        return store.read(sql -> new HashSet<>(sql.list("select id from people", r -> r.getLong("id"))));
    }

    public Program create(ProgramInput input) {
        Program program = ProgramValidator.toProgram(0, false, input, keysInUse(0), peopleIds());
        RowEdits.Create<Program> create = RowEdits.create("create program " + program.key(), programs, program);
        commands.execute(new CompositeCommand(create.description(), List.of(create,
                new HealthSetAtCommand(() -> create.created().id(), null, clock.instant()))));
        return create.created();
    }

    public Program update(long id, ProgramInput input) {
        Program before = get(id);
        Program after = ProgramValidator.toProgram(id, before.archived(), input, keysInUse(id), peopleIds());
        if (after.equals(before)) {
            return after;
        }
        String description = "edit program " + after.key();
        Command edit = RowEdits.update(description, programs, before, after);
        ProgramHealth current = health(id);
        boolean healthSet = after.health() != current.health() || !after.healthReason().equals(current.reason().strip());
        if (healthSet) {
            Instant setBefore = store.read(sql -> programs.healthSetAt(sql, id)).orElse(null);
            edit = new CompositeCommand(description, List.of(edit, new HealthSetAtCommand(() -> id, setBefore, clock.instant())));
        }
        commands.execute(edit);
        return after;
    }

    public void setArchived(long id, boolean archived) {
        Program before = get(id);
        if (before.archived() == archived) {
            return;
        }
        String verb = archived ? "archive " : "restore ";
        commands.execute(RowEdits.update(verb + before.key(), programs, before, before.withArchived(archived)));
    }

    public Objective addObjective(long programId, ObjectiveInput input) {
        Program program = get(programId);
        int position = store.read(sql -> objectives.nextPosition(sql, programId));
        Objective objective = input.toObjective(0, programId, position);
        return commands.execute(RowEdits.create("add objective to " + program.key(), objectives, objective)).created();
    }

    public void updateObjective(long objectiveId, ObjectiveInput input) {
        Objective before = findObjective(objectiveId);
        Objective after = input.toObjective(objectiveId, before.programId(), before.position());
        if (!after.equals(before)) {
            commands.execute(RowEdits.update("edit objective", objectives, before, after));
        }
    }

    public void removeObjective(long objectiveId) {
        commands.execute(RowEdits.delete("remove objective", objectives, findObjective(objectiveId)));
    }

    private Objective findObjective(long id) {
        return store.read(sql -> objectives.find(sql, id))
                .orElseThrow(() -> new ValidationException("objective", "That objective no longer exists."));
    }
}
