package dev.throughline.snapshot;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.program.Health;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Status tab of a program: the draft of the next snapshot (pre-filled from what changed, the
 * suggested health beside the chosen one, a reason required when they differ), taking it in one undoable
 * step, the history with any snapshot's diff against the previous or a chosen one, exports written off
 * the FX thread, and the slip history. FX thread only; all reads and writes go through the session.
 */
public final class StatusViewModel {

    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.SNAPSHOT,
            EntityChanged.Entity.MILESTONE, EntityChanged.Entity.RAID_ITEM, EntityChanged.Entity.RACI,
            EntityChanged.Entity.DELIVERABLE, EntityChanged.Entity.PROGRAM, EntityChanged.Entity.BASELINE,
            EntityChanged.Entity.PERSON, EntityChanged.Entity.WORKSTREAM);

    private final Session session;
    private final long programId;
    private Subscription subscription = Subscription.NONE;

    // the draft
    private final ObjectProperty<Health> health = new SimpleObjectProperty<>(Health.ON_TRACK);
    private final ReadOnlyObjectWrapper<Health> suggested = new ReadOnlyObjectWrapper<>(Health.ON_TRACK);
    private final ObservableList<String> suggestionReasons = FXCollections.observableArrayList();
    private final ObservableList<String> draftChanges = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty accomplishments = new SimpleStringProperty("");
    private final StringProperty nextSteps = new SimpleStringProperty("");
    private final StringProperty asks = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper draftLoaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper taking = new ReadOnlyBooleanWrapper(false);
    private final StringBinding reasonProblem;
    private final BooleanBinding canTake;
    private boolean prefilling;
    private boolean narrativeEdited;

    // the history
    private final ObservableList<Snapshot> history = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> selected = new SimpleObjectProperty<>();
    private final ObservableList<Snapshot> compareChoices = FXCollections.observableArrayList();
    /** null: compare with the snapshot before the selected one. */
    private final ObjectProperty<Snapshot> compareWith = new SimpleObjectProperty<>();
    private final ObservableList<String> selectedChanges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SlipHistory> slips = new ReadOnlyObjectWrapper<>(SlipHistory.of(List.of()));
    private final ReadOnlyObjectWrapper<Snapshot> lastTaken = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);

    public StatusViewModel(Session session, long programId) {
        this.session = session;
        this.programId = programId;
        reasonProblem = Bindings.createStringBinding(() -> SnapshotService.reasonProblem(health.get(), suggested.get(),
                reason.get()).orElse(""), health, suggested, reason);
        canTake = draftLoaded.and(taking.not()).and(reasonProblem.isEmpty());
        for (StringProperty text : List.of(summary, accomplishments, nextSteps, asks)) {
            text.addListener((obs, was, now) -> {
                if (!prefilling) {
                    narrativeEdited = true;
                }
            });
        }
        selected.addListener((obs, was, now) -> {
            compareChoices.setAll(now == null ? List.of() : history.stream().filter(s -> s.id() != now.id()).toList());
            if (compareWith.get() != null && (now == null || compareWith.get().id() == now.id())) {
                compareWith.set(null);
            }
            showSelected();
        });
        compareWith.addListener((obs, was, now) -> showSelected());
    }

    public void activate() {
        subscription = session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        SnapshotService snapshots = session.workspace().snapshots();
        session.load("Reading status snapshots…", () -> snapshots.history(programId), this::showHistory);
        session.load("Drafting the next status…", () -> snapshots.draft(programId), this::showDraft);
    }

    /** Shows the history as loaded (tests call it directly); keeps the selection when it still exists. */
    public void showHistory(List<Snapshot> oldestFirst) {
        Snapshot was = selected.get();
        List<Snapshot> newestFirst = new ArrayList<>(oldestFirst);
        newestFirst.sort(Comparator.comparing(Snapshot::takenAt).thenComparingLong(Snapshot::id).reversed());
        history.setAll(newestFirst);
        slips.set(SlipHistory.of(oldestFirst));
        Snapshot keep = was == null ? null : newestFirst.stream().filter(s -> s.id() == was.id()).findFirst().orElse(null);
        selected.set(null);
        selected.set(keep != null ? keep : newestFirst.isEmpty() ? null : newestFirst.get(0));
    }

    /** Shows a fresh draft; text the TPgM already typed is kept, only the suggestion and changes follow the plan. */
    public void showDraft(SnapshotService.Draft draft) {
        HealthRules.Suggestion suggestion = draft.current().suggestion();
        Health oldSuggestion = suggested.get();
        suggested.set(suggestion.health());
        suggestionReasons.setAll(suggestion.reasons());
        List<String> changes = draft.diff().map(SnapshotDiff::sentences).orElse(List.of());
        draftChanges.setAll(changes.isEmpty() && draft.previous().isPresent() ? List.of("No change since the snapshot of "
                + draft.previous().get().takenAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate() + ".") : changes);
        if (!narrativeEdited) {
            prefilling = true;
            try {
                SnapshotDraft text = draft.narrative();
                summary.set(text.summary());
                accomplishments.set(text.accomplishments());
                nextSteps.set(text.nextSteps());
                asks.set(text.asks());
            } finally {
                prefilling = false;
            }
        }
        if (!draftLoaded.get() || health.get() == oldSuggestion && reason.get().isBlank()) {
            health.set(suggestion.health());
        }
        draftLoaded.set(true);
    }

    private void showSelected() {
        Snapshot s = selected.get();
        if (s == null) {
            selectedChanges.clear();
            selectedText.set("");
            return;
        }
        Optional<Snapshot> base = compareBase(s);
        Optional<SnapshotDiff> diff = base.map(b -> b.takenAt().isAfter(s.takenAt()) ? SnapshotDiff.between(s, b)
                : SnapshotDiff.between(b, s));
        List<String> lines = diff.map(SnapshotDiff::sentences).orElse(List.of());
        selectedChanges.setAll(base.isEmpty() ? List.of("First snapshot: nothing to compare with.")
                : lines.isEmpty() ? List.of("No change.") : lines);
        selectedText.set(SnapshotExport.markdown(s, previousDiff(s)));
    }

    /** The snapshot the selected one is compared with: the chosen one, else the one before it. */
    public Optional<Snapshot> compareBase(Snapshot s) {
        if (compareWith.get() != null) {
            return Optional.of(compareWith.get());
        }
        int index = history.indexOf(s);
        return index >= 0 && index + 1 < history.size() ? Optional.of(history.get(index + 1)) : Optional.empty();
    }

    private Optional<SnapshotDiff> previousDiff(Snapshot s) {
        int index = history.indexOf(s);
        return index >= 0 && index + 1 < history.size() ? Optional.of(SnapshotDiff.between(history.get(index + 1), s))
                : Optional.empty();
    }

    // ---- commands

    /** Freezes the draft: one undoable step. The draft stays as typed if it fails. */
    public void take() {
        if (!canTake.get()) {
            return;
        }
        SnapshotService snapshots = session.workspace().snapshots();
        Health chosen = health.get();
        SnapshotDraft draft = new SnapshotDraft(chosen, chosen == suggested.get() ? "" : reason.get(), summary.get(),
                accomplishments.get(), nextSteps.get(), asks.get());
        taking.set(true);
        session.background().run("Taking the snapshot…", () -> snapshots.take(programId, draft), taken -> {
            taking.set(false);
            lastTaken.set(taken);
            narrativeEdited = false;
            reason.set("");
            draftLoaded.set(false);
            session.status().info("Snapshot of " + taken.payload().programKey() + " taken: " + taken.health().label()
                    + ". Undo (Ctrl+Z) removes it.");
            reload();
        }, failure -> {
            taking.set(false);
            session.status().failure(failure);
        });
    }

    /** Removes the snapshot just taken, if taking it is still the last thing done. */
    public void undoTake() {
        Snapshot taken = lastTaken.get();
        if (taken == null) {
            return;
        }
        var commands = session.workspace().commands();
        String expected = "take status snapshot of " + taken.payload().programKey();
        session.background().run("Undoing…", () -> commands.undoDescription().filter(expected::equals)
                .flatMap(d -> commands.undo()), undone -> {
            lastTaken.set(null);
            session.status().info(undone.isPresent() ? "Snapshot removed." : "Other edits came after the snapshot; "
                    + "use Edit › Undo.");
        }, session.status()::failure);
    }

    /** Writes the selected snapshot (with its changes since the one before) to {@code target}, off the FX thread. */
    public void export(SnapshotExport.Format format, Path target) {
        Snapshot s = selected.get();
        if (s == null) {
            return;
        }
        Optional<SnapshotDiff> diff = previousDiff(s);
        exporting.set(true);
        session.background().run("Exporting " + format.extension().toUpperCase(java.util.Locale.ROOT) + "…",
                () -> session.chosenOutput(target).write(SnapshotExport.bytes(format, s, diff)), written -> {
                    exporting.set(false);
                    session.status().info("Wrote " + written);
                }, failure -> {
                    exporting.set(false);
                    session.status().failure(failure);
                });
    }

    /** A file name for an export of the selected snapshot: "CHK-12-status-2026-11-27.md". */
    public String suggestedFileName(SnapshotExport.Format format) {
        Snapshot s = selected.get();
        String day = s == null ? "" : "-" + s.takenAt().atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        String key = s == null ? "status" : s.payload().programKey().replaceAll("[^A-Za-z0-9_-]", "_");
        return key + "-status" + day + "." + format.extension();
    }

    // ---- properties

    public ObjectProperty<Health> healthProperty() {
        return health;
    }

    public ReadOnlyObjectProperty<Health> suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    public ObservableList<String> suggestionReasons() {
        return suggestionReasons;
    }

    public ObservableList<String> draftChanges() {
        return draftChanges;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty accomplishmentsProperty() {
        return accomplishments;
    }

    public StringProperty nextStepsProperty() {
        return nextSteps;
    }

    public StringProperty asksProperty() {
        return asks;
    }

    public StringBinding reasonProblem() {
        return reasonProblem;
    }

    public BooleanBinding canTake() {
        return canTake;
    }

    public ReadOnlyBooleanProperty takingProperty() {
        return taking.getReadOnlyProperty();
    }

    public ObservableList<Snapshot> history() {
        return history;
    }

    public ObjectProperty<Snapshot> selectedProperty() {
        return selected;
    }

    public ObservableList<Snapshot> compareChoices() {
        return compareChoices;
    }

    public ObjectProperty<Snapshot> compareWithProperty() {
        return compareWith;
    }

    public ObservableList<String> selectedChanges() {
        return selectedChanges;
    }

    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SlipHistory> slipsProperty() {
        return slips.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> lastTakenProperty() {
        return lastTaken.getReadOnlyProperty();
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }
}
