package dev.throughline.intake;

import dev.throughline.edit.Command;
import dev.throughline.edit.CommandStack;
import dev.throughline.edit.CompositeCommand;
import dev.throughline.edit.RowEdits;
import dev.throughline.people.Person;
import dev.throughline.people.PersonRepository;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramRepository;
import dev.throughline.program.ProgramValidator;
import dev.throughline.store.Store;
import dev.throughline.validation.TextRule;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Intake requests: the list with each request's response clock, edits, and triage (ask for more, decline
 * with a reason, accept into a program built from {@link ProgramTemplate}); every edit is one undoable
 * command. Blocking: call off the FX thread.
 */
public final class IntakeService {

    public static final String REASON = "reason";
    public static final String KEY = "key";
    public static final String TPGM = "tpgm";

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final ResponseClock responseClock;
    private final IntakeRepository requests = new IntakeRepository();
    private final PersonRepository people = new PersonRepository();
    private final ProgramRepository programs = new ProgramRepository();

    public IntakeService(Store store, CommandStack commands, Clock clock) {
        this(store, commands, clock, ResponseClock.team());
    }

    public IntakeService(Store store, CommandStack commands, Clock clock, ResponseClock responseClock) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
        this.responseClock = responseClock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The team's date now (in the team's zone), against which desired dates are judged. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(responseClock.hours().zone()));
    }

    public ResponseClock responseClock() {
        return responseClock;
    }

    // ---- queries

    /** Every request, newest first, with its response clock read now. */
    public List<IntakeRow> rows() {
        Instant now = now();
        return store.read(sql -> {
            Map<Long, String> names = people.all(sql).stream().collect(Collectors.toMap(Person::id, Person::name));
            Map<Long, String> keys = programs.all(sql).stream().collect(Collectors.toMap(Program::id, Program::key));
            return requests.all(sql).stream().map(r -> new IntakeRow(r, names.getOrDefault(r.requesterId(), "?"),
                    r.programId() == null ? "" : keys.getOrDefault(r.programId(), ""),
                    responseClock.read(r.receivedAt(), r.firstResponseAt(), now))).toList();
        });
    }

    public IntakeRequest get(long id) {
        return store.read(sql -> requests.find(sql, id))
                .orElseThrow(() -> new ValidationException("intake", "That intake request no longer exists."));
    }

    public List<Person> directory() {
        return store.read(people::all);
    }

    /** Lower-case names to ids, for resolving the requester typed in the form. */
    public Map<String, Long> peopleByName() {
        Map<String, Long> out = new HashMap<>();
        for (Person p : directory()) {
            out.put(IntakeInput.key(p.name()), p.id());
        }
        return out;
    }

    /** Reads a pasted intake message over the form's current values. */
    public IntakeMarkdown.Result paste(String markdown, IntakeInput current) {
        return IntakeMarkdown.parse(markdown, current, directory());
    }

    // ---- edits

    public IntakeRequest create(IntakeInput input) {
        IntakeRequest request = input.toRequest(0, peopleByName(), today(), null, now());
        request = new IntakeRequest(0, request.requesterId(), request.initiative(), request.problem(), request.outcome(),
                request.complexity(), request.functions(), request.otherFunctions(), request.criticality(),
                request.desiredDate(), request.links(), request.channel(), request.notes(),
                request.receivedAt().truncatedTo(ChronoUnit.SECONDS), null, IntakeStatus.NEW, "", null);
        return commands.execute(RowEdits.create("add intake request " + request.initiative(), requests, request))
                .created();
    }

    /** Saves the form over an existing request; its triage (status, response, program) is kept. */
    public IntakeRequest update(long id, IntakeInput input) {
        IntakeRequest before = get(id);
        IntakeRequest fields = input.toRequest(id, peopleByName(), today(), before.desiredDate(), now());
        if (before.firstResponseAt() != null && fields.receivedAt().isAfter(before.firstResponseAt())) {
            throw new ValidationException(IntakeInput.RECEIVED, "It was answered at " + before.firstResponseAt()
                    + "; it cannot have been received after that.");
        }
        IntakeRequest after = new IntakeRequest(id, fields.requesterId(), fields.initiative(), fields.problem(),
                fields.outcome(), fields.complexity(), fields.functions(), fields.otherFunctions(), fields.criticality(),
                fields.desiredDate(), fields.links(), fields.channel(), fields.notes(),
                fields.receivedAt().truncatedTo(ChronoUnit.SECONDS), before.firstResponseAt(), before.status(),
                before.triageNote(), before.programId());
        if (!after.equals(before)) {
            commands.execute(RowEdits.update("edit intake request " + after.initiative(), requests, before, after));
        }
        return after;
    }

    public void delete(long id) {
        IntakeRequest request = get(id);
        commands.execute(RowEdits.delete("delete intake request " + request.initiative(), requests, request));
    }

    /** Answers with a question; the clock stops (first response) and the request waits on the requester. */
    public IntakeRequest askForMore(long id, String question) {
        IntakeRequest before = open(id);
        String text = question == null ? "" : TextRule.clean(question).strip();
        if (text.isEmpty()) {
            throw new ValidationException(REASON, "Write what you need to know; the requester will read it.");
        }
        IntakeRequest after = before.triaged(IntakeStatus.NEEDS_INFO, text, now(), null);
        commands.execute(RowEdits.update("ask for more on " + before.ref(), requests, before, after));
        return after;
    }

    public IntakeRequest decline(long id, String reason) {
        IntakeRequest before = open(id);
        String text = reason == null ? "" : TextRule.clean(reason).strip();
        if (text.isEmpty()) {
            throw new ValidationException(REASON, "Give a reason for declining; the requester will read it.");
        }
        IntakeRequest after = before.triaged(IntakeStatus.DECLINED, text, now(), null);
        commands.execute(RowEdits.update("decline " + before.ref(), requests, before, after));
        return after;
    }

    /** Problems with an accept before it is tried: the key's shape and uniqueness, a TPgM chosen. */
    public Map<String, String> acceptProblems(AcceptInput input) {
        Map<String, String> problems = new HashMap<>();
        String key = ProgramValidator.normalizeKey(input.programKey());
        Set<String> keys = store.read(sql -> new HashSet<>(programs.keys(sql))).stream()
                .map(k -> k.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!key.matches("^[A-Z][A-Z0-9]{1,9}-[0-9]{1,5}$")) {
            problems.put(KEY, "Key must look like CHK-12: 2-10 letters or digits starting with a letter, a dash, a number.");
        } else if (keys.contains(key)) {
            problems.put(KEY, "Another program already uses the key " + key + ".");
        }
        if (input.tpgmId() == null) {
            problems.put(TPGM, "Choose the TPgM who will run it.");
        }
        return problems;
    }

    /**
     * Accepts the request: creates its program from the template, run by the chosen TPgM, and marks the
     * request accepted with a link to it, as one undoable step. Returns the new program.
     */
    public Program accept(long id, AcceptInput input) {
        IntakeRequest before = open(id);
        Map<String, String> problems = acceptProblems(input);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.containsKey(KEY) ? KEY : TPGM,
                    String.join(" ", problems.values()));
        }
        Map<Long, Person> directory = directory().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Person tpgm = directory.get(input.tpgmId());
        Person requester = directory.get(before.requesterId());
        if (tpgm == null || requester == null) {
            throw new ValidationException(TPGM, "The TPgM or the requester is no longer in the people directory.");
        }
        ProgramTemplate.Plan plan = ProgramTemplate.plan(before, input.programKey(), tpgm, requester, today());
        Set<String> keys = store.read(sql -> new HashSet<>(programs.keys(sql))).stream()
                .map(ProgramValidator::normalizeKey).collect(Collectors.toSet());
        Program program = ProgramValidator.toProgram(0, false, plan.program(), keys, directory.keySet());
        Instant now = now();
        ProgramFromIntakeCommand create = new ProgramFromIntakeCommand(program, plan, now);
        Command mark = new MarkAcceptedCommand(before, "Accepted as " + program.key() + ", run by " + tpgm.name() + ".",
                now, create::programId);
        commands.execute(new CompositeCommand("accept " + before.ref() + " as " + program.key(), List.of(create, mark)));
        return store.read(sql -> programs.find(sql, create.programId())).orElseThrow();
    }

    private IntakeRequest open(long id) {
        IntakeRequest request = get(id);
        if (request.status() == IntakeStatus.ACCEPTED || request.status() == IntakeStatus.DECLINED) {
            throw new ValidationException("status", request.ref() + " was already " + request.status().label()
                    .toLowerCase(Locale.ROOT) + "; undo that first to triage it again.");
        }
        return request;
    }
}
