package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.people.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The "Decisions & actions" tab of a program: the decision log and the action items, each filtered. */
public final class DecisionsViewModel {

    /** Which action items to list. */
    public enum ActionFilter {
        OPEN("Open"), OVERDUE("Overdue"), CLOSED("Done or dropped"), ALL("All");

        private final String label;

        ActionFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.DECISION,
            EntityChanged.Entity.ACTION_ITEM, EntityChanged.Entity.PERSON, EntityChanged.Entity.OCCURRENCE);

    private final Session session;
    private final long programId;
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<DecisionRow> shownDecisions = new FilteredList<>(decisions);
    private final FilteredList<ActionRow> shownActions = new FilteredList<>(actions);
    private final StringProperty decisionSearch = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> showSuperseded = new SimpleObjectProperty<>(false);
    private final ObjectProperty<ActionFilter> actionFilter = new SimpleObjectProperty<>(ActionFilter.OPEN);
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty actionSearch = new SimpleStringProperty("");
    private LocalDate today = LocalDate.now();
    private Subscription subscription = Subscription.NONE;

    public DecisionsViewModel(Session session, long programId) {
        this.session = session;
        this.programId = programId;
        decisionSearch.addListener(o -> refilter());
        showSuperseded.addListener(o -> refilter());
        actionFilter.addListener(o -> refilter());
        owner.addListener(o -> refilter());
        actionSearch.addListener(o -> refilter());
        refilter();
    }

    public void activate() {
        subscription = session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public record Loaded(List<DecisionRow> decisions, List<ActionRow> actions, List<Person> people, LocalDate today) {
    }

    public void reload() {
        DecisionLogService log = session.workspace().decisionLog();
        var directory = session.workspace().people();
        session.load("Loading decisions and actions…", () -> new Loaded(log.decisions(programId), log.actions(programId),
                directory.all(), log.today()), this::show);
    }

    public void show(Loaded loaded) {
        today = loaded.today();
        decisions.setAll(loaded.decisions());
        actions.setAll(loaded.actions());
        people.setAll(loaded.people());
        refilter();
    }

    private void refilter() {
        String ds = decisionSearch.get() == null ? "" : decisionSearch.get().strip().toLowerCase(Locale.ROOT);
        shownDecisions.setPredicate(r -> (Boolean.TRUE.equals(showSuperseded.get()) || !r.superseded())
                && (ds.isEmpty() || (r.decision().title() + " " + r.decision().rationale()).toLowerCase(Locale.ROOT).contains(ds)));
        String as = actionSearch.get() == null ? "" : actionSearch.get().strip().toLowerCase(Locale.ROOT);
        String who = owner.get() == null ? "" : owner.get();
        shownActions.setPredicate(r -> switch (actionFilter.get()) {
                    case OPEN -> r.item().isOpen();
                    case OVERDUE -> r.item().isOverdue(today);
                    case CLOSED -> !r.item().isOpen();
                    case ALL -> true;
                } && (who.isEmpty() || r.owner().equals(who))
                && (as.isEmpty() || r.item().title().toLowerCase(Locale.ROOT).contains(as)));
    }

    // ---- edits

    public void setStatus(ActionRow row, ActionStatus status) {
        DecisionLogService log = session.workspace().decisionLog();
        session.edit(status.label() + ": " + row.item().title() + " (Undo with Ctrl+Z)",
                () -> log.setActionStatus(row.item().id(), status));
    }

    public void deleteDecision(DecisionRow row) {
        DecisionLogService log = session.workspace().decisionLog();
        session.edit("Deleted decision " + row.decision().title() + " (Undo with Ctrl+Z)",
                () -> log.deleteDecision(row.decision().id()));
    }

    public void deleteAction(ActionRow row) {
        DecisionLogService log = session.workspace().decisionLog();
        session.edit("Deleted action " + row.item().title() + " (Undo with Ctrl+Z)", () -> log.deleteAction(row.item().id()));
    }

    public LocalDate today() {
        return today;
    }

    public long programId() {
        return programId;
    }

    public ObservableList<DecisionRow> decisions() {
        return shownDecisions;
    }

    public ObservableList<DecisionRow> allDecisions() {
        return decisions;
    }

    public ObservableList<ActionRow> actions() {
        return shownActions;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public StringProperty decisionSearchProperty() {
        return decisionSearch;
    }

    public ObjectProperty<Boolean> showSupersededProperty() {
        return showSuperseded;
    }

    public ObjectProperty<ActionFilter> actionFilterProperty() {
        return actionFilter;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty actionSearchProperty() {
        return actionSearch;
    }
}
