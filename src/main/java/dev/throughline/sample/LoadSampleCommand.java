package dev.throughline.sample;

import dev.throughline.edit.Command;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.event.WorkspaceReplaced;
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
import dev.throughline.sample.SamplePortfolio.SampleObjective;
import dev.throughline.sample.SamplePortfolio.SamplePerson;
import dev.throughline.sample.SamplePortfolio.SampleProgram;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the sample portfolio through the same validators and repositories as hand edits, in one
 * transaction; undo removes exactly the rows it wrote. Ids are kept for redo.
 */
final class LoadSampleCommand implements Command {

    private final SamplePortfolio sample;
    private final PersonRepository people = new PersonRepository();
    private final ProgramRepository programs = new ProgramRepository();
    private final ObjectiveRepository objectives = new ObjectiveRepository();
    private final Map<String, Long> personIds = new HashMap<>();
    private final Map<String, Long> programIds = new HashMap<>();
    private final List<Long> objectiveIds = new ArrayList<>();

    LoadSampleCommand(SamplePortfolio sample) {
        this.sample = sample;
    }

    @Override
    public String description() {
        return "load the sample portfolio";
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        Set<String> emails = new HashSet<>();
        for (SamplePerson sp : sample.people()) {
            PersonInput input = new PersonInput(sp.name(), sp.role(), Function.valueOf(sp.function()), sp.email(),
                    sp.slack(), sp.gitlab(), sp.zone(), sp.workStart(), sp.workEnd());
            Person person = PersonValidator.toPerson(personIds.getOrDefault(sp.ref(), 0L), input, emails);
            emails.add(person.email().toLowerCase(Locale.ROOT));
            personIds.put(sp.ref(), people.insert(sql, person));
        }
        Set<String> keys = new HashSet<>();
        Set<Long> ids = new HashSet<>(personIds.values());
        boolean redo = !objectiveIds.isEmpty();
        List<Long> objectiveIdsForRedo = List.copyOf(objectiveIds);
        objectiveIds.clear();
        int objectiveIndex = 0;
        for (SampleProgram sp : sample.programs()) {
            ProgramInput input = new ProgramInput(sp.key(), sp.name(), sp.objective(), enumOf(ProgramStatus.class, sp.status()),
                    enumOf(Health.class, sp.health()), sp.healthReason(), personIds.get(sp.tpgm()),
                    sp.sponsor() == null ? null : personIds.get(sp.sponsor()), date(sp.start()), date(sp.target()),
                    enumOf(Priority.class, sp.priority()), sp.channel(), String.join("\n", sp.links()));
            Program program = ProgramValidator.toProgram(programIds.getOrDefault(sp.key(), 0L), false, input, keys, ids);
            keys.add(program.key());
            long programId = programs.insert(sql, program);
            programIds.put(sp.key(), programId);
            int position = 1;
            for (SampleObjective so : sp.objectives()) {
                long id = redo ? objectiveIdsForRedo.get(objectiveIndex) : 0;
                objectiveIndex++;
                var objective = new ObjectiveInput(so.text(), so.measure(), so.target(), so.current())
                        .toObjective(id, programId, position++);
                objectiveIds.add(objectives.insert(sql, objective));
            }
        }
        return List.of(new WorkspaceReplaced("sample portfolio loaded"));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        for (long id : objectiveIds) {
            objectives.delete(sql, id);
        }
        for (long id : programIds.values()) {
            programs.delete(sql, id);
        }
        for (long id : personIds.values()) {
            people.delete(sql, id);
        }
        return List.of(new WorkspaceReplaced("sample portfolio removed"));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
