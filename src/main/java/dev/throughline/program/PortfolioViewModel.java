package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The portfolio list with search and filters, refreshed from change events. */
public final class PortfolioViewModel {

    private final Session session;
    private final ObservableList<ProgramSummary> programs = FXCollections.observableArrayList();
    private final FilteredList<ProgramSummary> visible = new FilteredList<>(programs);
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<ProgramStatus> status = new SimpleObjectProperty<>();
    final ObjectProperty<Health> health = new SimpleObjectProperty<>();
    final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty workspaceEmpty = new SimpleBooleanProperty(false);
    private Subscription subscription = Subscription.NONE;

    public PortfolioViewModel(Session session) {
        this.session = session;
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> filter(search.get(), status.get(), health.get(), showArchived.get()),
                search, status, health, showArchived));
    }

    public void activate() {
        // A snapshot sets the program's current health, so snapshots count too.
        subscription = session.onChanges(e -> e.entity() == EntityChanged.Entity.PROGRAM
                || e.entity() == EntityChanged.Entity.PERSON || e.entity() == EntityChanged.Entity.SNAPSHOT, this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        record Loaded(List<ProgramSummary> programs, boolean empty) {
        }
        session.load("Loading portfolio…",
                () -> new Loaded(session.workspace().programs().portfolio(), session.workspace().sample().isWorkspaceEmpty()),
                result -> {
                    if (!programs.equals(result.programs())) {
                        programs.setAll(result.programs()); // unchanged rows keep the table, its sort and selection as they are
                    }
                    workspaceEmpty.set(result.empty());
                    loaded.set(true);
                });
    }

    javafx.beans.value.ObservableBooleanValue loaded() {
        return loaded;
    }

    public ObservableList<ProgramSummary> visible() {
        return visible;
    }

    /** True once loaded and the workspace holds nothing: the view offers the sample portfolio. */
    public BooleanBinding offerSample() {
        return loaded.and(workspaceEmpty);
    }

    public void loadSample() {
        session.edit("Loaded the sample portfolio (Undo with Ctrl+Z)", () -> session.workspace().sample().load());
    }

    public void setArchived(ProgramSummary program, boolean archived) {
        session.edit((archived ? "Archived " : "Restored ") + program.key(),
                () -> session.workspace().programs().setArchived(program.id(), archived));
    }

    static Predicate<ProgramSummary> filter(String search, ProgramStatus status, Health health, boolean archived) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return p -> (archived || !p.archived())
                && (status == null || p.status() == status)
                && (health == null || p.health() == health)
                && (needle.isEmpty() || (p.key() + " " + p.name() + " " + p.tpgmName() + " " + p.healthReason())
                        .toLowerCase(Locale.ROOT).contains(needle));
    }
}
