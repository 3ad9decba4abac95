package dev.throughline.risk;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.event.WorkspaceReplaced;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A RAID register (one program, or the whole portfolio when {@code programId} is null): filters,
 * heat-map counts and inline edits, refreshed from change events. Testable without a stage.
 */
public final class RaidViewModel {

    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.RAID_ITEM,
            EntityChanged.Entity.MILESTONE, EntityChanged.Entity.DEPENDENCY, EntityChanged.Entity.PERSON,
            EntityChanged.Entity.PROGRAM);

    private final Session session;
    private final Long programId;
    private final ObservableList<RaidRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RaidRow> visible = new FilteredList<>(rows);
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    public final ObjectProperty<RaidType> type = new SimpleObjectProperty<>();
    public final ObjectProperty<RaidStatus> status = new SimpleObjectProperty<>();
    public final StringProperty owner = new SimpleStringProperty("");
    public final ObjectProperty<Band> band = new SimpleObjectProperty<>();
    public final BooleanProperty reviewOverdueOnly = new SimpleBooleanProperty(false);
    public final BooleanProperty triggeredOnly = new SimpleBooleanProperty(false);
    public final BooleanProperty showClosed = new SimpleBooleanProperty(false);
    public final StringProperty search = new SimpleStringProperty("");
    public final ObjectProperty<RaidFilter.HeatCell> cell = new SimpleObjectProperty<>();
    public final BooleanProperty residual = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<RaidFilter> filter = new ReadOnlyObjectWrapper<>(RaidFilter.none());
    private final ReadOnlyObjectWrapper<int[][]> heat = new ReadOnlyObjectWrapper<>(new int[5][5]);
    private final IntegerBinding triggeredCount;
    private final ReadOnlyObjectWrapper<RaidRow> revealed = new ReadOnlyObjectWrapper<>();
    /** An item an edit just made (a realised issue), to select and show once the register has it. */
    private Revealing revealing;
    private List<Subscription> subscriptions = List.of();

    public RaidViewModel(Session session, Long programId) {
        this.session = session;
        this.programId = programId;
        filter.bind(Bindings.createObjectBinding(() -> new RaidFilter(type.get(), status.get(), owner.get(), band.get(),
                        reviewOverdueOnly.get(), triggeredOnly.get(), showClosed.get(), search.get(), cell.get(),
                        residual.get()), type, status, owner, band, reviewOverdueOnly, triggeredOnly, showClosed, search,
                cell, residual));
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> filter.get()::test, filter));
        heat.bind(Bindings.createObjectBinding(() -> filter.get().heat(rows), filter, rows));
        triggeredCount = Bindings.createIntegerBinding(() -> (int) rows.stream()
                .filter(RaidRow::triggered).count(), rows);
    }

    public void activate() {
        subscriptions = List.of(
                session.workspace().events().subscribe(EntityChanged.class, e -> {
                    if (RELEVANT.contains(e.entity())) {
                        reload();
                    }
                }),
                session.workspace().events().subscribe(WorkspaceReplaced.class, e -> reload()));
        reload();
    }

    public void deactivate() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions = List.of();
    }

    public void reload() {
        RiskService risks = session.workspace().risks();
        var directory = session.workspace().people();
        session.load("Loading the RAID log…", () -> new Loaded(programId == null ? risks.portfolioRows()
                        : risks.rows(programId), directory.all().stream().map(p -> p.name()).sorted().toList()),
                loaded -> show(loaded.rows(), loaded.people()));
    }

    private record Loaded(List<RaidRow> rows, List<String> people) {
    }

    private record Revealing(long itemId, String done) {
    }

    /** Shows rows as loaded (tests call it directly, without a workspace). */
    public void show(List<RaidRow> loaded, List<String> directory) {
        rows.setAll(loaded);
        people.setAll(directory);
        Set<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        loaded.stream().map(RaidRow::owner).filter(o -> !o.isBlank()).forEach(named::add);
        List<String> list = new ArrayList<>();
        list.add("");
        list.addAll(named);
        if (!list.equals(owners)) {
            owners.setAll(list);
        }
        revealPending();
    }

    /**
     * Clears what hides {@code row}: the heat-map cell when that is all, otherwise every filter. Returns
     * what it cleared in words ("the heat-map filter", "the filters"), empty when the row already shows.
     */
    public String widenToShow(RaidRow row) {
        if (filter.get().test(row)) {
            return "";
        }
        if (cell.get() != null && filter.get().testIgnoringCell(row)) {
            cell.set(null);
            return "the heat-map filter";
        }
        clearFilters();
        return "the filters";
    }

    /** The row an edit asks to select and scroll to (the issue a risk became). */
    public ReadOnlyObjectProperty<RaidRow> revealed() {
        return revealed.getReadOnlyProperty();
    }

    private void revealPending() {
        Revealing wanted = revealing;
        if (wanted == null) {
            return;
        }
        RaidRow row = rows.stream().filter(r -> r.item().id() == wanted.itemId()).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        revealing = null;
        String cleared = widenToShow(row);
        session.status().info(wanted.done() + (cleared.isEmpty() ? "" : "; cleared " + cleared + " to show it")
                + " (Undo with Ctrl+Z)");
        revealed.set(null);
        revealed.set(row);
    }

    /** Clicking a cell filters to it; clicking it again clears that filter. */
    public void toggleCell(int probability, int impact) {
        RaidFilter.HeatCell clicked = new RaidFilter.HeatCell(probability, impact);
        cell.set(clicked.equals(cell.get()) ? null : clicked);
    }

    public void clearFilters() {
        type.set(null);
        status.set(null);
        owner.set("");
        band.set(null);
        reviewOverdueOnly.set(false);
        triggeredOnly.set(false);
        showClosed.set(false);
        search.set("");
        cell.set(null);
    }

    public ObservableList<RaidRow> visible() {
        return visible;
    }

    public ObservableList<RaidRow> all() {
        return rows;
    }

    /** Names in the people directory (owner choices). */
    public ObservableList<String> people() {
        return people;
    }

    /** Owners that appear in the register, with "" for any (the owner filter's choices). */
    public ObservableList<String> owners() {
        return owners;
    }

    public ReadOnlyObjectProperty<int[][]> heat() {
        return heat.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RaidFilter> filter() {
        return filter.getReadOnlyProperty();
    }

    public IntegerBinding triggeredCount() {
        return triggeredCount;
    }

    public Long programId() {
        return programId;
    }

    // ---- edits (each one undoable step, reported in the status line)

    public void setStatus(RaidRow row, RaidStatus value) {
        if (value == RaidStatus.REALISED && row.item().status() != RaidStatus.REALISED) {
            realise(row);
        } else if (value != null && value != row.item().status()) {
            session.edit(row.item().ref() + " is now " + value.label().toLowerCase(java.util.Locale.ROOT) + " (Undo with Ctrl+Z)",
                    () -> session.workspace().risks().setStatus(row.item().id(), value));
        }
    }

    public void setOwner(RaidRow row, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.equalsIgnoreCase(row.owner())) {
            return;
        }
        session.edit(row.item().ref() + " is now owned by " + (wanted.isEmpty() ? "nobody" : wanted) + " (Undo with Ctrl+Z)",
                () -> {
                    RiskService risks = session.workspace().risks();
                    Long id = wanted.isEmpty() ? null : risks.peopleByName().get(RaidInput.key(wanted));
                    if (!wanted.isEmpty() && id == null) {
                        throw new dev.throughline.validation.ValidationException(RaidInput.OWNER,
                                "No one called “" + wanted + "” is in the people directory.");
                    }
                    risks.setOwner(row.item().id(), id);
                });
    }

    public void setProbability(RaidRow row, Integer value) {
        if (value != null && value != row.item().probability()) {
            session.edit(row.item().ref() + " probability " + value + " (Undo with Ctrl+Z)",
                    () -> session.workspace().risks().setProbability(row.item().id(), value));
        }
    }

    public void setImpact(RaidRow row, Integer value) {
        if (value != null && value != row.item().impact()) {
            session.edit(row.item().ref() + " impact " + value + " (Undo with Ctrl+Z)",
                    () -> session.workspace().risks().setImpact(row.item().id(), value));
        }
    }

    /** Realises a risk as an issue, then selects the issue, widening the filter when it would hide it. */
    public void realise(RaidRow row) {
        session.background().run("Saving…", () -> session.workspace().risks().realise(row.item().id()), issue -> {
            String done = "Realised " + row.item().title() + " as issue " + issue.ref();
            session.status().info(done + " (Undo with Ctrl+Z)");
            revealing = new Revealing(issue.id(), done);
            revealPending();
        }, session.status()::failure);
    }

    public void delete(RaidRow row) {
        session.edit("Deleted " + row.item().title() + " (Undo with Ctrl+Z)",
                () -> session.workspace().risks().delete(row.item().id()));
    }
}
