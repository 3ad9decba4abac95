package dev.throughline.meeting;

import dev.throughline.edit.Command;
import dev.throughline.edit.CommandStack;
import dev.throughline.edit.CompositeCommand;
import dev.throughline.edit.RowEdits;
import dev.throughline.people.PeopleService;
import dev.throughline.people.Person;
import dev.throughline.program.ProgramService;
import dev.throughline.store.Store;
import dev.throughline.validation.TextRule;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happens at a sync, stored as it happens: the agenda of an occurrence once it is edited ahead
 * (reorder, drop, handled async, free items), and run mode (item clocks, outcomes, notes, attendance)
 * where every step is its own committed, undoable command, so a crash loses nothing. Ending the meeting
 * writes the minutes and carries unfinished items to the next occurrence. Blocking: call off the FX thread.
 */
public final class OccurrenceService {

    /** Minutes a free item gets when none is given. */
    public static final int FREE_ITEM_MINUTES = 3;

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final ProgramService programs;
    private final PeopleService people;
    private final MeetingService meetings;
    private final DecisionLogService decisionLog;
    private final OccurrenceRepository occurrences = new OccurrenceRepository();
    private final AgendaEntryRepository entries = new AgendaEntryRepository();

    public OccurrenceService(Store store, CommandStack commands, Clock clock, ProgramService programs, PeopleService people,
                             MeetingService meetings, DecisionLogService decisionLog) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
        this.programs = programs;
        this.people = people;
        this.meetings = meetings;
        this.decisionLog = decisionLog;
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- queries

    /** Stored occurrences of a series, oldest first. */
    public List<OccurrenceRecord> stored(long seriesId) {
        return store.read(sql -> occurrences.ofSeries(sql, seriesId));
    }

    /**
     * The program's syncs as the Syncs tab lists them: the last {@code past} stored occurrences of each series
     * before today (with their minutes), then the next {@code next} of each, soonest first.
     */
    public List<SyncLine> lines(long programId, int past, int next) {
        LocalDate today = LocalDate.ofInstant(now(), java.time.ZoneOffset.UTC);
        List<SyncLine> out = new ArrayList<>();
        for (MeetingSeries s : meetings.series(programId)) {
            Map<LocalDate, OccurrenceState> states = new HashMap<>();
            List<OccurrenceRecord> stored = stored(s.id());
            stored.forEach(o -> states.put(o.date(), o.state()));
            List<OccurrenceRecord> before = stored.stream().filter(o -> o.date().isBefore(today)).toList();
            for (OccurrenceRecord o : before.subList(Math.max(0, before.size() - past), before.size())) {
                meetings.occurrences(s, o.date(), o.date(), 1).forEach(occ -> out.add(new SyncLine(occ, o.state())));
            }
            for (Occurrence occ : meetings.occurrences(s, today, today.plusDays(MeetingService.LOOKAHEAD_DAYS), next)) {
                out.add(new SyncLine(occ, states.get(occ.start().toLocalDate())));
            }
        }
        out.sort(Comparator.comparing((SyncLine l) -> l.occurrence().start().toInstant())
                .thenComparing(l -> l.occurrence().seriesId()));
        return out;
    }

    public Optional<OccurrenceRecord> stored(long seriesId, LocalDate date) {
        return store.read(sql -> occurrences.find(sql, seriesId, date));
    }

    /** The occurrence on {@code date} (the next one when null): stored state when there is one, else generated. */
    public SyncMeeting meeting(long seriesId, LocalDate date) {
        MeetingSeries series = meetings.get(seriesId);
        LocalDate day = date != null ? date : meetings.occurrence(series, null).start().toLocalDate();
        Optional<OccurrenceRecord> stored = stored(seriesId, day);
        if (stored.isEmpty()) {
            Agenda generated = meetings.agenda(seriesId, day, List.of());
            return new SyncMeeting(series, generated.programKey(), day, generated.start(), null, List.of(), generated,
                    attendees(series, null), List.of(), List.of());
        }
        return storedMeeting(series, stored.get());
    }

    public SyncMeeting meeting(long occurrenceId) {
        OccurrenceRecord o = record(occurrenceId);
        return storedMeeting(meetings.get(o.seriesId()), o);
    }

    /** The agenda of the occurrence as the team will see it: the stored one (with carry-over and edits) when there is one. */
    public Agenda agenda(long seriesId, LocalDate date) {
        return meeting(seriesId, date).agenda();
    }

    // ---- agenda edits before the meeting

    /** Stores the occurrence with its generated agenda (no-op when already stored) and returns it. */
    public OccurrenceRecord prepare(long seriesId, LocalDate date) {
        Optional<OccurrenceRecord> existing = stored(seriesId, date);
        if (existing.isPresent()) {
            return existing.get();
        }
        MeetingSeries series = meetings.get(seriesId);
        Agenda agenda = meetings.agenda(seriesId, date, List.of());
        OccurrenceRecord record = new OccurrenceRecord(0, seriesId, date, agenda.start().toInstant(),
                OccurrenceState.PLANNED, null, null, null, null, "", "");
        return commands.execute(new PrepareOccurrenceCommand(record, agenda.items())).occurrence();
    }

    /** Moves an item up (negative) or down (positive) one place. */
    public void move(long itemId, int direction) {
        AgendaEntry item = entry(itemId);
        List<AgendaEntry> all = items(item.occurrenceId());
        int at = indexOf(all, itemId);
        int to = at + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= all.size()) {
            return;
        }
        List<AgendaEntry> reordered = new ArrayList<>(all);
        reordered.add(to, reordered.remove(at));
        List<Command> steps = new ArrayList<>();
        for (int i = 0; i < reordered.size(); i++) {
            AgendaEntry e = reordered.get(i);
            if (e.position() != i) {
                steps.add(RowEdits.update("", entries, e, e.withPosition(i)));
            }
        }
        commands.execute(new CompositeCommand((direction < 0 ? "move up " : "move down ") + item.text(), steps));
    }

    /** Drops an item, marks it handled async, or puts it back (OPEN). */
    public void setState(long itemId, ItemState state) {
        AgendaEntry item = entry(itemId);
        if (item.state() == state) {
            return;
        }
        String verb = switch (state) {
            case DROPPED -> "drop ";
            case ASYNC -> "mark handled async ";
            case OPEN -> "restore ";
            case DONE -> "finish ";
            case CARRIED -> "carry over ";
        };
        commands.execute(RowEdits.update(verb + item.text(), entries, item, item.withState(state)));
    }

    /** Adds a free item at the end of the agenda. */
    public AgendaEntry addItem(long occurrenceId, String text, int minutes) {
        String t = text == null ? "" : TextRule.clean(text).strip();
        if (t.isEmpty()) {
            throw new ValidationException("item", "An agenda item needs some text.");
        }
        if (minutes < 0 || minutes > 240) {
            throw new ValidationException("item", "An item's timebox is 0 to 240 minutes; " + minutes + " is not.");
        }
        List<AgendaEntry> all = items(occurrenceId);
        int position = all.isEmpty() ? 0 : all.get(all.size() - 1).position() + 1;
        AgendaEntry e = new AgendaEntry(0, occurrenceId, position, "Added items", SectionKind.FREE, t, "free item",
                minutes, 0, ItemState.OPEN, "", null, null);
        return commands.execute(RowEdits.create("add agenda item " + t, entries, e)).created();
    }

    // ---- run mode

    /** Starts the meeting (storing it first if needed): the clock runs, the first open item is up. */
    public OccurrenceRecord start(long seriesId, LocalDate date) {
        OccurrenceRecord o = prepare(seriesId, date);
        if (o.state() != OccurrenceState.PLANNED) {
            return o;
        }
        Instant now = now();
        Long first = items(o.id()).stream().filter(e -> e.state() == ItemState.OPEN && e.toRun()).map(AgendaEntry::id)
                .findFirst()
                .orElse(null);
        OccurrenceRecord running = o.running(now, first, first == null ? null : now);
        commands.execute(RowEdits.update("start the sync of " + o.date(), occurrences, o, running));
        return running;
    }

    /**
     * Finishes the current item as {@code how} (DONE, or CARRIED to carry it to the next sync), adding the
     * time it was up to its time spent, and brings up the next open item.
     */
    public OccurrenceRecord next(long occurrenceId, ItemState how) {
        OccurrenceRecord o = running(occurrenceId);
        List<AgendaEntry> all = items(occurrenceId);
        Instant now = now();
        List<Command> steps = new ArrayList<>();
        AgendaEntry current = currentOf(o, all);
        if (current != null) {
            AgendaEntry closed = current.withSpent(current.spentSeconds() + elapsed(o, now)).withState(how);
            steps.add(RowEdits.update("", entries, current, closed));
        }
        int from = current == null ? -1 : indexOf(all, current.id());
        Long next = nextOpen(all, from, current == null ? -1 : current.id());
        OccurrenceRecord after = o.running(o.startedAt(), next, next == null ? null : now);
        steps.add(RowEdits.update("", occurrences, o, after));
        commands.execute(new CompositeCommand(current == null ? "next item" : (how == ItemState.CARRIED ? "carry over "
                : "finish ") + current.text(), steps));
        return after;
    }

    /** Brings up another item (its clock resumes); the one that was up keeps its time and stays open. */
    public OccurrenceRecord goTo(long occurrenceId, long itemId) {
        OccurrenceRecord o = running(occurrenceId);
        List<AgendaEntry> all = items(occurrenceId);
        AgendaEntry target = all.stream().filter(e -> e.id() == itemId).findFirst()
                .orElseThrow(() -> new ValidationException("item", "That agenda item is not part of this sync."));
        if (o.currentItemId() != null && o.currentItemId() == itemId) {
            return o;
        }
        Instant now = now();
        List<Command> steps = new ArrayList<>();
        AgendaEntry current = currentOf(o, all);
        if (current != null) {
            steps.add(RowEdits.update("", entries, current, current.withSpent(current.spentSeconds() + elapsed(o, now))));
        }
        if (target.state() != ItemState.OPEN) {
            steps.add(RowEdits.update("", entries, target, target.withState(ItemState.OPEN)));
        }
        OccurrenceRecord after = o.running(o.startedAt(), itemId, now);
        steps.add(RowEdits.update("", occurrences, o, after));
        commands.execute(new CompositeCommand("go to " + target.text(), steps));
        return after;
    }

    /** Saves what came of an item (typed during the meeting or after). */
    public void saveOutcome(long itemId, String outcome) {
        AgendaEntry item = entry(itemId);
        String text = outcome == null ? "" : TextRule.clean(outcome);
        if (!item.outcome().equals(text)) {
            commands.execute(RowEdits.update("edit outcome of " + item.text(), entries, item, item.withOutcome(text)));
        }
    }

    public void saveNotes(long occurrenceId, String notes) {
        OccurrenceRecord o = record(occurrenceId);
        String text = notes == null ? "" : TextRule.clean(notes);
        if (!o.notes().equals(text)) {
            commands.execute(RowEdits.update("edit sync notes", occurrences, o, o.withNotes(text)));
        }
    }

    public void setPresent(long occurrenceId, long personId, boolean present) {
        record(occurrenceId);
        String name = people.all().stream().filter(p -> p.id() == personId).map(Person::name).findFirst()
                .orElseThrow(() -> new ValidationException("person", "That person is not in the directory."));
        commands.execute(new AttendanceCommand(occurrenceId, personId, name, present));
    }

    /**
     * Ends the meeting: the current item keeps its time, every item still open is carried over (and
     * appended to the next occurrence when that one is already stored), and the minutes are written.
     * Returns the minutes (Markdown).
     */
    public String end(long occurrenceId) {
        OccurrenceRecord o = running(occurrenceId);
        MeetingSeries series = meetings.get(o.seriesId());
        List<AgendaEntry> all = items(occurrenceId);
        Instant now = now();
        List<Command> steps = new ArrayList<>();
        List<AgendaEntry> finalItems = new ArrayList<>();
        for (AgendaEntry e : all) {
            AgendaEntry after = e;
            if (o.currentItemId() != null && e.id() == o.currentItemId()) {
                after = after.withSpent(e.spentSeconds() + elapsed(o, now));
            }
            if (after.state() == ItemState.OPEN && (after.minutes() > 0 || after.spentSeconds() > 0
                    || after.kind() == SectionKind.FREE || after.carriedFromDate() != null)) {
                after = after.withState(ItemState.CARRIED);
            } else if (after.state() == ItemState.OPEN) {
                after = after.withState(ItemState.DONE);
            }
            if (!after.equals(e)) {
                steps.add(RowEdits.update("", entries, e, after));
            }
            finalItems.add(after);
        }
        SyncMeeting meeting = storedMeeting(series, o);
        Map<Long, String> titles = decisionLog.decisions(series.programId()).stream().map(DecisionRow::decision)
                .collect(Collectors.toMap(Decision::id, Decision::title));
        OccurrenceRecord ended = o.ended(now, "");
        String minutes = MinutesMarkdown.render(meeting, ended, finalItems, titles);
        steps.add(RowEdits.update("", occurrences, o, o.ended(now, minutes)));
        Optional<OccurrenceRecord> next = store.read(sql -> occurrences.nextPlannedAfter(sql, o.seriesId(), o.date()));
        if (next.isPresent()) {
            List<AgendaEntry> nextItems = items(next.get().id());
            int position = nextItems.stream().mapToInt(AgendaEntry::position).min().orElse(0);
            for (AgendaEntry carried : finalItems.stream().filter(e -> e.state() == ItemState.CARRIED).toList()) {
                AgendaItem item = carried.toItem().carriedOver(carried.carriedFromDate() != null
                        ? carried.carriedFromDate() : o.date(), carried.id());
                steps.add(RowEdits.create("", entries, AgendaEntry.of(item, next.get().id(), --position)));
            }
        }
        commands.execute(new CompositeCommand("end the sync of " + o.date(), steps));
        return minutes;
    }

    /** The stored minutes of an ended occurrence. */
    public String minutes(long occurrenceId) {
        OccurrenceRecord o = record(occurrenceId);
        if (o.state() != OccurrenceState.ENDED) {
            throw new ValidationException("occurrence", "The sync of " + o.date() + " has not ended; there are no minutes yet.");
        }
        return o.minutes();
    }

    /** Seconds the current item has been up, counted from when it came up (0 when none). */
    public static long elapsed(OccurrenceRecord o, Instant now) {
        if (o.itemStartedAt() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(o.itemStartedAt(), now).getSeconds());
    }

    // ---- helpers

    private SyncMeeting storedMeeting(MeetingSeries series, OccurrenceRecord o) {
        List<AgendaEntry> items = items(o.id());
        String key = programs.get(series.programId()).key();
        ZonedDateTime start = o.startsAt().atZone(series.zone());
        Agenda agenda = new Agenda(key, series.title(), start, series.durationMinutes(), series.asyncFirst(),
                attendees(series, o.id()).stream().map(AttendeePresence::name).toList(),
                items.stream().map(AgendaEntry::toItem).toList());
        return new SyncMeeting(series, key, o.date(), start, o, items, agenda, attendees(series, o.id()),
                decisionLog.decisionsOf(o.id()), decisionLog.actionsOf(o.id()));
    }

    private List<AttendeePresence> attendees(MeetingSeries series, Long occurrenceId) {
        Map<Long, Person> directory = people.all().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        Map<Long, Boolean> recorded = new HashMap<>();
        if (occurrenceId != null) {
            store.read(sql -> {
                for (Long id : series.attendeeIds()) {
                    recorded.put(id, occurrences.attendance(sql, occurrenceId, id));
                }
                return null;
            });
        }
        return series.attendeeIds().stream().filter(directory::containsKey)
                .map(id -> new AttendeePresence(id, directory.get(id).name(), recorded.get(id))).toList();
    }

    private OccurrenceRecord record(long id) {
        return store.read(sql -> occurrences.find(sql, id))
                .orElseThrow(() -> new ValidationException("occurrence", "That sync occurrence no longer exists."));
    }

    private OccurrenceRecord running(long id) {
        OccurrenceRecord o = record(id);
        if (o.state() != OccurrenceState.RUNNING) {
            throw new ValidationException("occurrence", "The sync of " + o.date() + " is not running ("
                    + o.state().label().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        return o;
    }

    private AgendaEntry entry(long id) {
        return store.read(sql -> entries.find(sql, id))
                .orElseThrow(() -> new ValidationException("item", "That agenda item no longer exists."));
    }

    private List<AgendaEntry> items(long occurrenceId) {
        return store.read(sql -> entries.ofOccurrence(sql, occurrenceId));
    }

    private static AgendaEntry currentOf(OccurrenceRecord o, List<AgendaEntry> all) {
        return o.currentItemId() == null ? null
                : all.stream().filter(e -> e.id() == o.currentItemId()).findFirst().orElse(null);
    }

    private static int indexOf(List<AgendaEntry> all, long id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The first open item after index {@code from}, wrapping round; never {@code except}. */
    private static Long nextOpen(List<AgendaEntry> all, int from, long except) {
        for (int step = 1; step <= all.size(); step++) {
            AgendaEntry e = all.get(Math.floorMod(from + step, all.size()));
            if (e.state() == ItemState.OPEN && e.id() != except && e.toRun()) {
                return e.id();
            }
        }
        return null;
    }
}
