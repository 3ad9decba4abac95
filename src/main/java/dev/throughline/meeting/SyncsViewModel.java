package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Syncs tab of a program: next occurrences of each series with working-hours warnings, and the
 * generated agenda (Markdown) of the selected occurrence. Reloads on plan and meeting changes.
 */
public final class SyncsViewModel {

    /** Occurrences shown per series. */
    public static final int PER_SERIES = 4;
    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.MEETING_SERIES,
            EntityChanged.Entity.MILESTONE, EntityChanged.Entity.RAID_ITEM, EntityChanged.Entity.RACI,
            EntityChanged.Entity.DELIVERABLE, EntityChanged.Entity.PERSON);

    private final Session session;
    private final long programId;
    private final ObservableList<Occurrence> occurrences = FXCollections.observableArrayList();
    private final ObjectProperty<Occurrence> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper agenda = new ReadOnlyStringWrapper("");
    private final ZoneId viewer;
    private Subscription subscription = Subscription.NONE;

    public SyncsViewModel(Session session, long programId, ZoneId viewer) {
        this.session = session;
        this.programId = programId;
        this.viewer = viewer;
        selected.addListener((obs, was, now) -> loadAgenda(now));
    }

    public void activate() {
        subscription = session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        MeetingService meetings = session.workspace().meetings();
        session.load("Loading syncs…", () -> meetings.upcoming(programId, PER_SERIES), this::show);
    }

    /** Shows occurrences as loaded (tests call it directly). */
    public void show(List<Occurrence> loaded) {
        Occurrence was = selected.get();
        occurrences.setAll(loaded);
        Occurrence keep = was == null ? null : loaded.stream().filter(o -> o.seriesId() == was.seriesId()
                && o.start().equals(was.start())).findFirst().orElse(null);
        selected.set(keep != null ? keep : loaded.isEmpty() ? null : loaded.get(0));
        if (keep != null) {
            loadAgenda(keep);
        }
    }

    private void loadAgenda(Occurrence occurrence) {
        if (occurrence == null) {
            agenda.set("");
            return;
        }
        MeetingService meetings = session.workspace().meetings();
        session.load("Building the agenda…", () -> AgendaMarkdown.render(meetings.agenda(occurrence.seriesId(),
                occurrence.start().toLocalDate(), List.of())), agenda::set);
    }

    public ObservableList<Occurrence> occurrences() {
        return occurrences;
    }

    public ObjectProperty<Occurrence> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty agendaProperty() {
        return agenda.getReadOnlyProperty();
    }

    public ZoneId viewer() {
        return viewer;
    }
}
