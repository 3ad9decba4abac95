package dev.throughline.raci;

import dev.throughline.edit.CommandStack;
import dev.throughline.edit.CompositeCommand;
import dev.throughline.edit.RowEdits;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRepository;
import dev.throughline.milestone.Workstream;
import dev.throughline.milestone.WorkstreamRepository;
import dev.throughline.people.Person;
import dev.throughline.people.PersonRepository;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramRepository;
import dev.throughline.store.Store;
import dev.throughline.validation.TextRule;
import dev.throughline.validation.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * RACI matrices and each person's load: queries, and every edit as an undoable command (set or clear
 * a cell, add or remove a column, add, rename, reorder or delete a row). Blocking: call off the FX thread.
 */
public final class RaciService {

    static final String THRESHOLD_KEY = "raci.load_threshold";

    private final Store store;
    private final CommandStack commands;
    private final RaciRepository raci = new RaciRepository();
    private final PersonRepository people = new PersonRepository();
    private final ProgramRepository programs = new ProgramRepository();
    private final WorkstreamRepository workstreams = new WorkstreamRepository();
    private final MilestoneRepository milestones = new MilestoneRepository();
    private int defaultThreshold = PersonLoad.DEFAULT_THRESHOLD;

    public RaciService(Store store, CommandStack commands) {
        this.store = store;
        this.commands = commands;
    }

    // ---- queries

    public RaciMatrix matrix(long programId) {
        return store.read(sql -> {
            Program program = programs.find(sql, programId)
                    .orElseThrow(() -> new ValidationException("program", "That program no longer exists."));
            Map<Long, Person> directory = new HashMap<>();
            for (Person p : people.all(sql)) {
                directory.put(p.id(), p);
            }
            List<Person> columns = new ArrayList<>();
            for (RaciMember m : raci.members(sql, programId)) {
                Person person = directory.get(m.personId());
                if (person != null) {
                    columns.add(person);
                }
            }
            List<Person> ordered = new ArrayList<>(columns);
            ordered.sort(Comparator.comparingInt((Person p) -> p.function().ordinal())
                    .thenComparingInt(columns::indexOf));
            Map<Long, Map<Long, RaciCell>> cells = new HashMap<>();
            RaciRepository.byCell(raci.assignments(sql, programId)).forEach((d, row) -> row.forEach((person, roles) ->
                    RaciCell.of(roles).ifPresent(cell -> cells.computeIfAbsent(d, k -> new HashMap<>()).put(person, cell))));
            return new RaciMatrix(programId, program.key(), workstreams.ofProgram(sql, programId),
                    raci.deliverables(sql, programId), ordered, cells);
        });
    }

    /**
     * The RACI problems of every program, by program id (programs without deliverables are absent), read in
     * one transaction. Rows are checked in position order, not grouped by workstream as in {@link #matrix}.
     */
    public Map<Long, List<RaciRules.RowProblem>> problemsByProgram() {
        return store.read(sql -> {
            Map<Long, Map<Long, RaciCell>> cells = new HashMap<>();
            RaciRepository.byCell(raci.allAssignments(sql)).forEach((d, row) -> row.forEach((person, roles) ->
                    RaciCell.of(roles).ifPresent(cell -> cells.computeIfAbsent(d, k -> new HashMap<>()).put(person, cell))));
            Map<Long, List<Deliverable>> rows = new LinkedHashMap<>();
            for (Deliverable d : raci.allDeliverables(sql)) {
                rows.computeIfAbsent(d.programId(), k -> new ArrayList<>()).add(d);
            }
            Map<Long, List<RaciRules.RowProblem>> out = new HashMap<>();
            rows.forEach((program, list) -> out.put(program, RaciRules.check(list, cells)));
            return out;
        });
    }

    public List<Workstream> workstreams(long programId) {
        return store.read(sql -> workstreams.ofProgram(sql, programId));
    }

    public List<Milestone> milestones(long programId) {
        return store.read(sql -> milestones.ofProgram(sql, programId));
    }

    public List<Person> directory() {
        return store.read(people::all);
    }

    /** Everyone in the directory with their A/R load, heaviest first, flagged above {@link #loadThreshold()}. */
    public List<PersonLoad.Row> load() {
        return store.read(sql -> {
            Map<Long, String> names = new LinkedHashMap<>();
            for (Person p : people.all(sql)) {
                names.put(p.id(), p.name());
            }
            return PersonLoad.compute(names, raci.loadFacts(sql), threshold(raci.setting(sql, THRESHOLD_KEY)));
        });
    }

    public int loadThreshold() {
        return threshold(store.read(sql -> raci.setting(sql, THRESHOLD_KEY)));
    }

    /** The threshold used when the workspace has none stored. */
    public void setDefaultThreshold(int threshold) {
        this.defaultThreshold = threshold;
    }

    private int threshold(Optional<String> stored) {
        try {
            return stored.map(Integer::parseInt).orElse(defaultThreshold);
        } catch (NumberFormatException e) {
            return defaultThreshold;
        }
    }

    // ---- cells

    /** Types {@code letter} into a cell: R, A, C or I (either case); A and R combine, C and I replace. */
    public RaciCell setCell(long deliverableId, long personId, String letter) {
        RaciRole role = RaciCell.letter(letter)
                .orElseThrow(() -> new ValidationException("role", RaciCell.ONLY_RACI + " (not “" + letter + "”)."));
        return setCell(deliverableId, personId, role);
    }

    public RaciCell setCell(long deliverableId, long personId, RaciRole letter) {
        Cell cell = cell(deliverableId, personId);
        RaciCell after = RaciCell.typed(cell.current().orElse(null), letter);
        if (cell.current().equals(Optional.of(after))) {
            return after;
        }
        commands.execute(new SetCellCommand("set " + after.label() + " for " + cell.person().name() + " on "
                + cell.deliverable().title(), deliverableId, personId, cell.roles(), after.roles()));
        return after;
    }

    /** Sets a cell to exactly this value (null clears it). */
    public void putCell(long deliverableId, long personId, RaciCell value) {
        Cell cell = cell(deliverableId, personId);
        if (cell.current().equals(Optional.ofNullable(value))) {
            return;
        }
        Set<RaciRole> after = value == null ? Set.of() : value.roles();
        commands.execute(new SetCellCommand((value == null ? "clear " : "set " + value.label() + " for ")
                + cell.person().name() + " on " + cell.deliverable().title(), deliverableId, personId, cell.roles(), after));
    }

    public void clearCell(long deliverableId, long personId) {
        putCell(deliverableId, personId, null);
    }

    private record Cell(Deliverable deliverable, Person person, Set<RaciRole> roles) {
        Optional<RaciCell> current() {
            return RaciCell.of(roles);
        }
    }

    private Cell cell(long deliverableId, long personId) {
        return store.read(sql -> {
            Deliverable d = raci.findDeliverable(sql, deliverableId)
                    .orElseThrow(() -> new ValidationException("deliverable", "That deliverable no longer exists."));
            Person person = people.find(sql, personId)
                    .orElseThrow(() -> new ValidationException("person", "That person is no longer in the directory."));
            if (!raci.isMember(sql, d.programId(), personId)) {
                throw new ValidationException("person", person.name() + " is not a column of this RACI; add them first.");
            }
            Set<RaciRole> roles = EnumSet.noneOf(RaciRole.class);
            raci.assignmentsOfCell(sql, deliverableId, personId).forEach(a -> roles.add(a.role()));
            return new Cell(d, person, roles);
        });
    }

    // ---- columns

    public void addMember(long programId, long personId) {
        Person person = person(personId);
        boolean already = store.read(sql -> {
            programs.find(sql, programId).orElseThrow(() -> new ValidationException("program", "That program no longer exists."));
            return raci.isMember(sql, programId, personId);
        });
        if (already) {
            throw new ValidationException("person", person.name() + " is already a column of this RACI.");
        }
        int position = store.read(sql -> raci.nextMemberPosition(sql, programId));
        commands.execute(MemberCommand.add("add " + person.name() + " to the RACI",
                new RaciMember(programId, personId, position)));
    }

    /** Removes the column and the letters it held (undo brings both back). */
    public void removeMember(long programId, long personId) {
        Person person = person(personId);
        RaciMember member = store.read(sql -> raci.members(sql, programId)).stream()
                .filter(m -> m.personId() == personId).findFirst()
                .orElseThrow(() -> new ValidationException("person", person.name() + " is not a column of this RACI."));
        commands.execute(MemberCommand.remove("remove " + person.name() + " from the RACI", member));
    }

    private Person person(long personId) {
        return store.read(sql -> people.find(sql, personId))
                .orElseThrow(() -> new ValidationException("person", "That person is no longer in the directory."));
    }

    // ---- rows

    public Deliverable addDeliverable(long programId, String title, Long workstreamId, Long milestoneId) {
        String clean = requireTitle(title);
        store.read(sql -> {
            programs.find(sql, programId).orElseThrow(() -> new ValidationException("program", "That program no longer exists."));
            if (workstreamId != null && workstreams.find(sql, workstreamId).filter(w -> w.programId() == programId).isEmpty()) {
                throw new ValidationException("workstream", "That workstream does not belong to this program.");
            }
            if (milestoneId != null && milestones.find(sql, milestoneId).filter(m -> m.programId() == programId).isEmpty()) {
                throw new ValidationException("milestone", "That milestone does not belong to this program.");
            }
            return null;
        });
        int position = store.read(sql -> raci.nextPosition(sql, programId));
        return commands.execute(RowEdits.create("add deliverable " + clean, raci,
                new Deliverable(0, programId, workstreamId, milestoneId, position, clean))).created();
    }

    public void renameDeliverable(long id, String title) {
        Deliverable before = deliverable(id);
        String clean = requireTitle(title);
        if (!clean.equals(before.title())) {
            commands.execute(RowEdits.update("rename deliverable " + before.title(), raci, before, before.withTitle(clean)));
        }
    }

    /**
     * Moves a row one place up ({@code -1}) or down ({@code +1}) within its workstream; returns false when
     * it is already first or last there.
     */
    public boolean moveDeliverable(long id, int direction) {
        Deliverable d = deliverable(id);
        List<Deliverable> group = matrix(d.programId()).deliverables().stream()
                .filter(x -> Objects.equals(x.workstreamId(), d.workstreamId())).toList();
        int index = group.indexOf(group.stream().filter(x -> x.id() == id).findFirst().orElseThrow());
        int target = index + Integer.signum(direction);
        if (direction == 0 || target < 0 || target >= group.size()) {
            return false;
        }
        Deliverable other = group.get(target);
        int mine = d.position();
        int theirs = other.position() == mine ? mine + Integer.signum(direction) : other.position();
        commands.execute(new CompositeCommand("move " + d.title() + (direction < 0 ? " up" : " down"), List.of(
                RowEdits.update("move", raci, d, d.withPosition(theirs)),
                RowEdits.update("move", raci, other, other.withPosition(mine)))));
        return true;
    }

    /**
     * Moves a row to another workstream of its program ({@code null}: no workstream), last in that group,
     * as one undoable step. Returns false when it is already there.
     */
    public boolean moveDeliverableToWorkstream(long id, Long workstreamId) {
        Deliverable d = deliverable(id);
        if (Objects.equals(d.workstreamId(), workstreamId)) {
            return false;
        }
        String name = store.read(sql -> {
            if (workstreamId == null) {
                return "no workstream";
            }
            return workstreams.find(sql, workstreamId).filter(w -> w.programId() == d.programId()).map(Workstream::name)
                    .orElseThrow(() -> new ValidationException("workstream", "That workstream does not belong to this program."));
        });
        int position = store.read(sql -> raci.nextPosition(sql, d.programId()));
        commands.execute(RowEdits.update("move " + d.title() + " to " + name, raci, d,
                d.withWorkstream(workstreamId).withPosition(position)));
        return true;
    }

    public void deleteDeliverable(long id) {
        commands.execute(new DeleteDeliverableCommand(deliverable(id)));
    }

    private Deliverable deliverable(long id) {
        return store.read(sql -> raci.findDeliverable(sql, id))
                .orElseThrow(() -> new ValidationException("deliverable", "That deliverable no longer exists."));
    }

    private static String requireTitle(String title) {
        String clean = title == null ? "" : TextRule.clean(title).strip();
        if (clean.isEmpty()) {
            throw new ValidationException("deliverable", "Deliverable title is required.");
        }
        if (clean.length() > 200) {
            throw new ValidationException("deliverable", "Keep the deliverable title under 200 characters.");
        }
        return clean;
    }

    // ---- preference

    public void setLoadThreshold(int threshold) {
        if (threshold < 1 || threshold > 999) {
            throw new ValidationException("threshold", "The load threshold must be between 1 and 999.");
        }
        Optional<String> before = store.read(sql -> raci.setting(sql, THRESHOLD_KEY));
        String after = Integer.toString(threshold);
        if (!before.equals(Optional.of(after))) {
            commands.execute(new SetSettingCommand("set the load threshold to " + threshold, THRESHOLD_KEY,
                    before.orElse(null), after));
        }
    }
}
