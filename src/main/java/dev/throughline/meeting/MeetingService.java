package dev.throughline.meeting;

import dev.throughline.edit.CommandStack;
import dev.throughline.edit.RowEdits;
import dev.throughline.milestone.MilestoneService;
import dev.throughline.people.PeopleService;
import dev.throughline.people.Person;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramService;
import dev.throughline.raci.RaciService;
import dev.throughline.risk.RiskService;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recurring syncs: series as undoable edits, occurrences in a bounded window with each attendee's local
 * times, and agendas generated from the plan. Blocking: call off the FX thread.
 */
public final class MeetingService {

    /** How far ahead "next occurrences" look when no window is given. */
    public static final int LOOKAHEAD_DAYS = 366;

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final ProgramService programs;
    private final PeopleService people;
    private final MilestoneService milestones;
    private final RiskService risks;
    private final RaciService raci;
    private final DecisionLogService decisionLog;
    private final MeetingRepository series = new MeetingRepository();
    private final OccurrenceRepository stored = new OccurrenceRepository();
    private final AgendaEntryRepository entries = new AgendaEntryRepository();

    public MeetingService(Store store, CommandStack commands, Clock clock, ProgramService programs, PeopleService people,
                          MilestoneService milestones, RiskService risks, RaciService raci,
                          DecisionLogService decisionLog) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
        this.programs = programs;
        this.people = people;
        this.milestones = milestones;
        this.risks = risks;
        this.raci = raci;
        this.decisionLog = decisionLog;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- queries

    public List<MeetingSeries> series(long programId) {
        return store.read(sql -> series.ofProgram(sql, programId));
    }

    public MeetingSeries get(long id) {
        return store.read(sql -> series.find(sql, id))
                .orElseThrow(() -> new ValidationException("series", "That meeting series no longer exists."));
    }

    /** The series of the program with this title (case-insensitive), or a message listing the titles there are. */
    public MeetingSeries byTitle(long programId, String title) {
        List<MeetingSeries> all = series(programId);
        return all.stream().filter(s -> s.title().equalsIgnoreCase(title.strip())).findFirst()
                .orElseThrow(() -> new ValidationException("series", "No meeting series “" + title + "”"
                        + (all.isEmpty() ? "; this program has none." : "; there are: "
                        + all.stream().map(MeetingSeries::title).collect(Collectors.joining(", ")) + ".")));
    }

    /** Occurrences of one series with a local date in from..to, at most {@code max}, with attendees' times. */
    public List<Occurrence> occurrences(MeetingSeries s, LocalDate from, LocalDate to, int max) {
        Map<Long, Person> directory = directory();
        List<Occurrence> out = new ArrayList<>();
        for (ZonedDateTime start : Recurrence.expand(s, from, to, max)) {
            ZonedDateTime end = start.plusMinutes(s.durationMinutes());
            List<AttendeeTime> times = s.attendeeIds().stream().map(directory::get).filter(Objects::nonNull)
                    .map(p -> WorkingHours.of(p, start, end)).toList();
            out.add(new Occurrence(s.id(), s.title(), start, end, s.asyncFirst(), times));
        }
        return out;
    }

    /** The next {@code perSeries} occurrences of each of the program's series from today, soonest first. */
    public List<Occurrence> upcoming(long programId, int perSeries) {
        LocalDate today = today();
        return series(programId).stream()
                .flatMap(s -> occurrences(s, today, today.plusDays(LOOKAHEAD_DAYS), perSeries).stream())
                .sorted(Comparator.comparing((Occurrence o) -> o.start().toInstant()).thenComparing(Occurrence::seriesId))
                .toList();
    }

    /** The occurrence on {@code date} (or the next one from today when null); a date with none is refused. */
    public Occurrence occurrence(MeetingSeries s, LocalDate date) {
        LocalDate from = date == null ? today() : date;
        List<Occurrence> found = occurrences(s, from, date == null ? from.plusDays(LOOKAHEAD_DAYS) : date, 1);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (date == null) {
            throw new ValidationException("date", "“" + s.title() + "” has no occurrence in the next year.");
        }
        List<Occurrence> next = occurrences(s, date, date.plusDays(LOOKAHEAD_DAYS), 1);
        throw new ValidationException("date", "“" + s.title() + "” does not meet on " + date
                + (s.skipped().contains(date) ? " (that date is skipped)" : "")
                + (next.isEmpty() ? "." : "; the next occurrence is " + next.get(0).start().toLocalDate() + "."));
    }

    /**
     * The agenda of an occurrence generated from the plan as it is now, with what the last sync carried
     * over and the program's open actions and pending decisions. Ignores any stored agenda (see
     * OccurrenceService for that).
     */
    public Agenda agenda(long seriesId, LocalDate date, List<String> freeItems) {
        MeetingSeries s = get(seriesId);
        Occurrence occurrence = occurrence(s, date);
        Program program = programs.get(s.programId());
        LocalDate day = occurrence.start().toLocalDate();
        AgendaBuilder.PlanFacts plan = new AgendaBuilder.PlanFacts(milestones.rows(s.programId(), null),
                risks.rows(s.programId()), raci.matrix(s.programId()).problems(), carriedInto(s.id(), day),
                decisionLog.openActions(s.programId()), decisionLog.pending(s.programId()));
        List<AgendaItem> items = AgendaBuilder.items(s.sections(), occurrence.start().toLocalDate(), plan,
                freeItems == null ? List.of() : freeItems);
        Map<Long, Person> directory = directory();
        List<String> attendees = s.attendeeIds().stream().map(directory::get).filter(Objects::nonNull).map(Person::name)
                .toList();
        return new Agenda(program.key(), s.title(), occurrence.start(), s.durationMinutes(), s.asyncFirst(), attendees,
                items);
    }

    /** Items the newest ended sync of the series before {@code date} left unfinished, marked with where they came from. */
    public List<AgendaItem> carriedInto(long seriesId, LocalDate date) {
        return store.read(sql -> {
            var last = stored.lastEndedBefore(sql, seriesId, date);
            if (last.isEmpty()) {
                return List.<AgendaItem>of();
            }
            return entries.ofOccurrence(sql, last.get().id()).stream().filter(e -> e.state() == ItemState.CARRIED)
                    .map(e -> e.toItem().carriedOver(e.carriedFromDate() != null ? e.carriedFromDate() : last.get().date(),
                            e.id()))
                    .toList();
        });
    }

    // ---- edits

    public MeetingSeries create(long programId, MeetingInput input) {
        MeetingSeries s = checked(input.toSeries(0, programId));
        RowEdits.Create<MeetingSeries> command = commands.execute(RowEdits.create("add sync " + s.title(), series, s));
        return command.created();
    }

    /** Adds several series (an import) as one undoable step; if any is invalid, none is added. */
    public List<MeetingSeries> createAll(long programId, List<MeetingInput> inputs) {
        List<MeetingSeries> all = inputs.stream().map(i -> checked(i.toSeries(0, programId))).toList();
        List<RowEdits.Create<MeetingSeries>> steps = all.stream()
                .map(s -> RowEdits.create("add sync " + s.title(), series, s)).toList();
        commands.execute(new dev.throughline.edit.CompositeCommand("import " + all.size() + " sync series", steps));
        return steps.stream().map(RowEdits.Create::created).toList();
    }

    public MeetingSeries update(long id, MeetingInput input) {
        MeetingSeries before = get(id);
        MeetingSeries after = checked(input.toSeries(id, before.programId()));
        if (after.equals(before)) {
            return before;
        }
        commands.execute(RowEdits.update("edit sync " + after.title(), series, before, after));
        return after;
    }

    public void delete(long id) {
        MeetingSeries s = get(id);
        commands.execute(RowEdits.delete("delete sync " + s.title(), series, s));
    }

    private MeetingSeries checked(MeetingSeries s) {
        if (!store.read(sql -> series.programExists(sql, s.programId()))) {
            throw new ValidationException("program", "That program no longer exists.");
        }
        List<Long> known = store.read(sql -> series.existingPeople(sql, s.attendeeIds()));
        if (known.size() != s.attendeeIds().size()) {
            throw new ValidationException("attendees", "An attendee is not in the people directory.");
        }
        return s;
    }

    private Map<Long, Person> directory() {
        return people.all().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }
}
