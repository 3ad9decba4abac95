package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Syncs tab of a program: its series, recent and next occurrences with working-hours warnings, and the
 * selected occurrence's agenda, stored (edited ahead, carried over) or generated, with edits that store it.
 * Reloads on plan and meeting changes.
 */
public final class SyncsViewModel {

    /** Occurrences shown per series, ahead and behind. */
    public static final int PER_SERIES = 4;
    public static final int PAST_PER_SERIES = 2;
    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.MEETING_SERIES,
            EntityChanged.Entity.MILESTONE, EntityChanged.Entity.RAID_ITEM, EntityChanged.Entity.RACI,
            EntityChanged.Entity.DELIVERABLE, EntityChanged.Entity.PERSON, EntityChanged.Entity.OCCURRENCE,
            EntityChanged.Entity.DECISION, EntityChanged.Entity.ACTION_ITEM);

    private final Session session;
    private final long programId;
    private final ObservableList<SyncLine> lines = FXCollections.observableArrayList();
    private final ObservableList<MeetingSeries> series = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<SyncLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SyncMeeting> meeting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper agenda = new ReadOnlyStringWrapper("");
    private final ZoneId viewer;
    private Subscription subscription = Subscription.NONE;

    public SyncsViewModel(Session session, long programId, ZoneId viewer) {
        this.session = session;
        this.programId = programId;
        this.viewer = viewer;
        selected.addListener((obs, was, now) -> loadMeeting(now));
    }

    public void activate() {
        subscription = session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        OccurrenceService syncs = session.workspace().occurrences();
        MeetingService meetings = session.workspace().meetings();
        session.load("Loading syncs…", () -> new Loaded(meetings.series(programId),
                syncs.lines(programId, PAST_PER_SERIES, PER_SERIES)), this::show);
    }

    /** What one reload brings. */
    public record Loaded(List<MeetingSeries> series, List<SyncLine> lines) {
    }

    /** Shows what was loaded, keeping the selection when that occurrence is still listed (tests call it directly). */
    public void show(Loaded loaded) {
        SyncLine was = selected.get();
        series.setAll(loaded.series());
        lines.setAll(loaded.lines());
        SyncLine keep = was == null ? null : loaded.lines().stream().filter(l -> same(l, was)).findFirst().orElse(null);
        SyncLine first = nearestToToday(loaded.lines())
                .orElse(loaded.lines().isEmpty() ? null : loaded.lines().get(0));
        selected.set(keep != null ? keep : first);
        if (keep != null) {
            loadMeeting(keep);
        }
    }

    /** The occurrence to offer first: today's, else the nearest one that has not ended (the coming one on a tie). */
    static java.util.Optional<SyncLine> nearestToToday(List<SyncLine> lines) {
        return lines.stream().filter(l -> l.state() != OccurrenceState.ENDED)
                .min(java.util.Comparator.comparingLong((SyncLine l) -> {
                    java.time.LocalDate date = l.occurrence().start().toLocalDate();
                    long days = java.time.temporal.ChronoUnit.DAYS.between(
                            java.time.LocalDate.now(l.occurrence().start().getZone()), date);
                    return days >= 0 ? 2 * days : -2 * days + 1;
                }));
    }

    private static boolean same(SyncLine a, SyncLine b) {
        return a.occurrence().seriesId() == b.occurrence().seriesId()
                && a.occurrence().start().toLocalDate().equals(b.occurrence().start().toLocalDate());
    }

    private void loadMeeting(SyncLine line) {
        if (line == null) {
            meeting.set(null);
            items.clear();
            agenda.set("");
            return;
        }
        OccurrenceService syncs = session.workspace().occurrences();
        session.load("Building the agenda…", () -> syncs.meeting(line.occurrence().seriesId(),
                line.occurrence().start().toLocalDate()), m -> {
            meeting.set(m);
            items.setAll(m.agenda().items());
            agenda.set(AgendaMarkdown.render(m.agenda()));
        });
    }

    // ---- agenda edits (the first one stores the occurrence with its generated agenda)

    public void move(int index, int direction) {
        editItem(index, (syncs, entry) -> syncs.move(entry.id(), direction), "Moved");
    }

    public void setState(int index, ItemState state) {
        editItem(index, (syncs, entry) -> syncs.setState(entry.id(), state), state == ItemState.OPEN ? "Restored"
                : state.label());
    }

    public void addItem(String text, int minutes) {
        SyncLine line = selected.get();
        if (line == null) {
            return;
        }
        OccurrenceService syncs = session.workspace().occurrences();
        session.edit("Added “" + text.strip() + "” to the agenda (Undo with Ctrl+Z)", () -> {
            OccurrenceRecord o = syncs.prepare(line.occurrence().seriesId(), line.occurrence().start().toLocalDate());
            syncs.addItem(o.id(), text, minutes);
        });
    }

    /** Starts (or resumes) the selected meeting and hands its stored id to {@code onRunning} on the FX thread. */
    public void run(Consumer<Long> onRunning) {
        SyncLine line = selected.get();
        if (line == null) {
            return;
        }
        OccurrenceService syncs = session.workspace().occurrences();
        session.load("Starting the sync…", () -> syncs.start(line.occurrence().seriesId(),
                line.occurrence().start().toLocalDate()).id(), onRunning);
    }

    private interface ItemEdit {
        void apply(OccurrenceService syncs, AgendaEntry entry);
    }

    private void editItem(int index, ItemEdit edit, String done) {
        SyncLine line = selected.get();
        if (line == null || index < 0) {
            return;
        }
        OccurrenceService syncs = session.workspace().occurrences();
        LocalDate date = line.occurrence().start().toLocalDate();
        session.edit(done + " (Undo with Ctrl+Z)", () -> {
            OccurrenceRecord o = syncs.prepare(line.occurrence().seriesId(), date);
            List<AgendaEntry> entries = syncs.meeting(o.id()).entries();
            if (index < entries.size()) {
                edit.apply(syncs, entries.get(index));
            }
        });
    }

    public void deleteSeries(MeetingSeries s) {
        MeetingService meetings = session.workspace().meetings();
        session.edit("Deleted “" + s.title() + "” (Undo with Ctrl+Z)", () -> meetings.delete(s.id()));
    }

    public ObservableList<SyncLine> lines() {
        return lines;
    }

    public ObservableList<MeetingSeries> series() {
        return series;
    }

    public ObservableList<AgendaItem> items() {
        return items;
    }

    public ObjectProperty<SyncLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SyncMeeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agendaProperty() {
        return agenda.getReadOnlyProperty();
    }

    public ZoneId viewer() {
        return viewer;
    }

    public long programId() {
        return programId;
    }

    public Session session() {
        return session;
    }
}
