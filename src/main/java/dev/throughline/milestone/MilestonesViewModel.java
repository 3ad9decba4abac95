package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.people.Person;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** One program's milestones compared with a chosen baseline, filtered, refreshed from change events. */
public final class MilestonesViewModel {

    /** What one load reads, off the FX thread. */
    record Loaded(List<MilestoneRow> rows, List<Workstream> workstreams, List<Baseline> baselines,
                  List<Person> people, List<NamedDependency> dependencies) {
    }

    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.MILESTONE,
            EntityChanged.Entity.DEPENDENCY, EntityChanged.Entity.WORKSTREAM, EntityChanged.Entity.BASELINE,
            EntityChanged.Entity.PERSON, EntityChanged.Entity.PROGRAM);

    private final Session session;
    private final long programId;
    private final ObservableList<MilestoneRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MilestoneRow> visible = new FilteredList<>(rows);
    final ObservableList<Workstream> workstreams = FXCollections.observableArrayList();
    final ObservableList<Baseline> baselines = FXCollections.observableArrayList();
    final ObservableList<NamedDependency> dependencies = FXCollections.observableArrayList();
    List<Person> people = List.of();
    final ObjectProperty<Baseline> comparedWith = new SimpleObjectProperty<>();
    final BooleanProperty slippingOnly = new SimpleBooleanProperty(false);
    final StringProperty search = new SimpleStringProperty("");
    private Subscription subscription = Subscription.NONE;

    public MilestonesViewModel(Session session, long programId) {
        this.session = session;
        this.programId = programId;
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
            boolean slipping = slippingOnly.get();
            return row -> (!slipping || row.slipped()) && (needle.isEmpty()
                    || (row.milestone().title() + " " + row.workstream() + " " + row.owner()).toLowerCase(Locale.ROOT).contains(needle));
        }, search, slippingOnly));
        comparedWith.addListener((obs, old, now) -> reload());
    }

    public void activate() {
        subscription = session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        Baseline baseline = comparedWith.get();
        MilestoneService service = session.workspace().milestones();
        session.load("Loading milestones…", () -> new Loaded(
                service.rows(programId, baseline == null ? null : baseline.id()), service.workstreams(programId),
                service.baselines(programId), session.workspace().people().all(), service.namedDependencies(programId)),
                loaded -> {
                    workstreams.setAll(loaded.workstreams());
                    dependencies.setAll(loaded.dependencies());
                    rows.setAll(loaded.rows());
                    people = loaded.people();
                    if (!loaded.baselines().equals(List.copyOf(baselines))) {
                        baselines.setAll(loaded.baselines());
                    }
                });
    }

    public ObservableList<MilestoneRow> visible() {
        return visible;
    }

    public ObservableList<MilestoneRow> all() {
        return rows;
    }

    public long programId() {
        return programId;
    }

    public void delete(MilestoneRow row) {
        session.edit("Deleted " + row.milestone().title() + " (Undo with Ctrl+Z)",
                () -> session.workspace().milestones().delete(row.milestone().id()));
    }

    /** How each dependency touching {@code milestoneId} reads from its side ("waits on SSO-7 · … (FS +2d)"). */
    public List<String> dependencyLines(long milestoneId) {
        return dependencies.stream().filter(d -> d.touches(milestoneId)).map(d -> d.seenFrom(milestoneId)).toList();
    }

    public void removeDependency(Dependency dependency) {
        session.edit("Removed the dependency (Undo with Ctrl+Z)",
                () -> session.workspace().milestones().removeDependency(dependency.id()));
    }

    public void takeBaseline(String name) {
        session.edit("Took baseline “" + name.strip() + "”",
                () -> session.workspace().milestones().takeBaseline(programId, name));
    }

    /** Moves a forecast (timeline drag) and says how many dependents followed. */
    public void moveForecast(long milestoneId, java.time.LocalDate date) {
        session.background().run("Re-forecasting…", () -> session.workspace().milestones().moveForecast(milestoneId, date),
                moved -> session.status().info("Moved to " + date + (moved > 1 ? "; " + (moved - 1) + " dependent(s) followed" : "")
                        + " (Undo with Ctrl+Z)"), session.status()::failure);
    }
}
