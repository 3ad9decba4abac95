package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.people.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Run mode of one stored occurrence: the agenda with the item that is up, its countdown and the meeting
 * clock (from the stored start times, so they survive a restart), and capture of outcomes, notes,
 * attendance, decisions and actions, each saved at once through the service.
 */
public final class RunViewModel {

    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.OCCURRENCE,
            EntityChanged.Entity.DECISION, EntityChanged.Entity.ACTION_ITEM, EntityChanged.Entity.PERSON);

    private final Session session;
    private final long occurrenceId;
    private final ReadOnlyObjectWrapper<SyncMeeting> meeting = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AgendaEntry> items = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Decision> programDecisions = FXCollections.observableArrayList();
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.now());
    private Subscription subscription = Subscription.NONE;

    public RunViewModel(Session session, long occurrenceId) {
        this.session = session;
        this.occurrenceId = occurrenceId;
    }

    public void activate() {
        subscription = session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload);
        reload();
        var directory = session.workspace().people();
        session.load("Loading people…", directory::all, people::setAll);
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        OccurrenceService syncs = session.workspace().occurrences();
        DecisionLogService log = session.workspace().decisionLog();
        session.load("Loading the sync…", () -> {
            SyncMeeting m = syncs.meeting(occurrenceId);
            return new Object[] {m, log.decisions(m.series().programId()).stream().filter(d -> !d.superseded())
                    .map(DecisionRow::decision).toList()};
        }, loaded -> {
            show((SyncMeeting) loaded[0]);
            @SuppressWarnings("unchecked")
            List<Decision> standing = (List<Decision>) loaded[1];
            programDecisions.setAll(standing);
        });
    }

    /** Shows a loaded state (tests call it directly). */
    public void show(SyncMeeting m) {
        meeting.set(m);
        items.setAll(m.entries());
    }

    /** Moves the clocks (the view calls this every second). */
    public void tick(Instant at) {
        now.set(at);
    }

    // ---- clocks

    /** Seconds the item that is up has taken so far, over all the times it was up. */
    public long currentSpent() {
        SyncMeeting m = meeting.get();
        if (m == null) {
            return 0;
        }
        return m.current().map(e -> e.spentSeconds() + OccurrenceService.elapsed(m.stored(), now.get())).orElse(0L);
    }

    /** Seconds left in the current item's timebox; negative once it overruns. */
    public long currentRemaining() {
        SyncMeeting m = meeting.get();
        if (m == null) {
            return 0;
        }
        return m.current().map(e -> e.minutes() * 60L - currentSpent()).orElse(0L);
    }

    /** Seconds since the meeting started (until it ended). */
    public long meetingElapsed() {
        SyncMeeting m = meeting.get();
        if (m == null || m.stored() == null || m.stored().startedAt() == null) {
            return 0;
        }
        Instant end = m.stored().endedAt() != null ? m.stored().endedAt() : now.get();
        return Math.max(0, Duration.between(m.stored().startedAt(), end).getSeconds());
    }

    public long meetingRemaining() {
        SyncMeeting m = meeting.get();
        return m == null ? 0 : m.series().durationMinutes() * 60L - meetingElapsed();
    }

    /** "4:05" or "+1:10" (over). */
    public static String countdown(long seconds) {
        return seconds >= 0 ? MinutesMarkdown.clock(seconds) : "+" + MinutesMarkdown.clock(-seconds);
    }

    // ---- capture

    public void next(ItemState how) {
        OccurrenceService syncs = session.workspace().occurrences();
        session.edit(how == ItemState.CARRIED ? "Carried over to the next sync" : "Next item",
                () -> syncs.next(occurrenceId, how));
    }

    public void goTo(long itemId) {
        OccurrenceService syncs = session.workspace().occurrences();
        session.edit("Back to an earlier item", () -> syncs.goTo(occurrenceId, itemId));
    }

    public void saveOutcome(long itemId, String text) {
        OccurrenceService syncs = session.workspace().occurrences();
        session.edit("Outcome saved", () -> syncs.saveOutcome(itemId, text));
    }

    public void saveNotes(String text) {
        OccurrenceService syncs = session.workspace().occurrences();
        session.edit("Notes saved", () -> syncs.saveNotes(occurrenceId, text));
    }

    public void setPresent(long personId, boolean present) {
        OccurrenceService syncs = session.workspace().occurrences();
        session.edit("Attendance saved", () -> syncs.setPresent(occurrenceId, personId, present));
    }

    public void decide(DecisionInput input, Runnable onSaved) {
        SyncMeeting m = meeting.get();
        DecisionLogService log = session.workspace().decisionLog();
        session.load("Saving…", () -> log.decide(m.series().programId(), occurrenceId, input), d -> {
            session.status().info("Decision recorded: " + d.title());
            onSaved.run();
        });
    }

    public void addAction(ActionInput input, Runnable onSaved) {
        SyncMeeting m = meeting.get();
        DecisionLogService log = session.workspace().decisionLog();
        session.load("Saving…", () -> log.addAction(m.series().programId(), occurrenceId, input), a -> {
            session.status().info("Action recorded: " + a.title());
            onSaved.run();
        });
    }

    /**
     * Ends the meeting and hands the minutes to {@code onEnded}. The notes and the current item's outcome as the
     * view shows them are saved first, in the same background step, so what was typed last is in the minutes.
     */
    public void end(Long itemId, String outcome, String notes, Consumer<String> onEnded) {
        OccurrenceService syncs = session.workspace().occurrences();
        session.load("Ending the sync…", () -> {
            if (itemId != null && outcome != null) {
                syncs.saveOutcome(itemId, outcome);
            }
            if (notes != null) {
                syncs.saveNotes(occurrenceId, notes);
            }
            return syncs.end(occurrenceId);
        }, onEnded);
    }

    public ReadOnlyObjectProperty<SyncMeeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ObservableList<AgendaEntry> items() {
        return items;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** The program's decisions that still stand (a new one may supersede one of them). */
    public ObservableList<Decision> programDecisions() {
        return programDecisions;
    }
}
