package dev.throughline.raci;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Person;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One program's RACI for the matrix view: loaded off the FX thread, refreshed from change events. */
public final class RaciMatrixViewModel {

    record Loaded(RaciMatrix matrix, List<Person> directory, List<Milestone> milestones) {
    }

    private static final Set<EntityChanged.Entity> RELEVANT = Set.of(EntityChanged.Entity.RACI,
            EntityChanged.Entity.DELIVERABLE, EntityChanged.Entity.PERSON, EntityChanged.Entity.PROGRAM,
            EntityChanged.Entity.WORKSTREAM, EntityChanged.Entity.MILESTONE);

    private final Session session;
    private final long programId;
    final ObjectProperty<RaciMatrix> matrix = new SimpleObjectProperty<>();
    final BooleanProperty hideUnassigned = new SimpleBooleanProperty(false);
    final ObservableList<Person> addable = FXCollections.observableArrayList();
    final ObservableList<Workstream> workstreams = FXCollections.observableArrayList();
    /** The workstream new rows go to; kept across reloads until the user picks another. */
    final ObjectProperty<Workstream> newRowWorkstream = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<Subscription> subscriptions = List.of();

    public RaciMatrixViewModel(Session session, long programId) {
        this.session = session;
        this.programId = programId;
        matrix.addListener((obs, old, now) -> summary.set(summaryOf(now)));
    }

    static String summaryOf(RaciMatrix m) {
        if (m == null) {
            return "";
        }
        if (m.deliverables().isEmpty()) {
            return "No deliverables yet: add the rows someone must own.";
        }
        List<String> sentences = RaciRules.summary(m.problems());
        return sentences.isEmpty()
                ? "All " + m.deliverables().size() + " deliverables have exactly one Accountable and at least one Responsible."
                : String.join(" · ", sentences);
    }

    public void activate() {
        subscriptions = List.of(session.onChanges(e -> RELEVANT.contains(e.entity()), this::reload));
        reload();
    }

    public void deactivate() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions = List.of();
    }

    public void reload() {
        RaciService service = session.workspace().raci();
        session.load("Loading the RACI…", () -> new Loaded(service.matrix(programId), service.directory(),
                service.milestones(programId)), loaded -> {
                    Set<Long> members = loaded.matrix().members().stream().map(Person::id)
                            .collect(java.util.stream.Collectors.toSet());
                    addable.setAll(loaded.directory().stream().filter(p -> !members.contains(p.id())).toList());
                    showWorkstreams(loaded.matrix().workstreams());
                    matrix.set(loaded.matrix());
                });
    }

    /** Replaces the workstream choices, keeping the one chosen for new rows (by id, renamed or not). */
    void showWorkstreams(List<Workstream> loaded) {
        Workstream chosen = newRowWorkstream.get();
        if (!loaded.equals(workstreams)) {
            workstreams.setAll(loaded);
        }
        newRowWorkstream.set(chosen == null ? null
                : loaded.stream().filter(w -> w.id() == chosen.id()).findFirst().orElse(null));
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public boolean hasProblems() {
        return matrix.get() != null && !matrix.get().problems().isEmpty();
    }

    /** The columns to show: every member, or only those holding a letter when {@link #hideUnassigned} is on. */
    public List<Person> visibleMembers() {
        RaciMatrix m = matrix.get();
        if (m == null) {
            return List.of();
        }
        return hideUnassigned.get() ? m.members().stream().filter(p -> m.hasAnyRole(p.id())).toList() : m.members();
    }

    /** A key typed into a cell: R, A, C or I set it; anything else is refused with a message and changes nothing. */
    public void type(long deliverableId, long personId, String typed) {
        if (RaciCell.letter(typed).isEmpty()) {
            session.status().error(RaciCell.ONLY_RACI + " can go in a RACI cell.");
            return;
        }
        session.background().run("Saving…", () -> session.workspace().raci().setCell(deliverableId, personId, typed),
                cell -> session.status().info("Set " + cell.label() + " (Undo with Ctrl+Z)"), session.status()::failure);
    }

    public void clear(long deliverableId, long personId) {
        session.edit("Cleared the cell (Undo with Ctrl+Z)", () -> session.workspace().raci().clearCell(deliverableId, personId));
    }

    public void addMember(Person person) {
        session.edit("Added " + person.name() + " to the RACI",
                () -> session.workspace().raci().addMember(programId, person.id()));
    }

    public void removeMember(Person person) {
        session.edit("Removed " + person.name() + " and their letters (Undo with Ctrl+Z)",
                () -> session.workspace().raci().removeMember(programId, person.id()));
    }

    public void addDeliverable(String title, Workstream workstream) {
        session.edit("Added “" + (title == null ? "" : title.strip()) + "”",
                () -> session.workspace().raci().addDeliverable(programId, title, workstream == null ? null : workstream.id(), null));
    }

    public void rename(long deliverableId, String title) {
        session.edit("Renamed the deliverable", () -> session.workspace().raci().renameDeliverable(deliverableId, title));
    }

    public void move(long deliverableId, int direction) {
        session.background().run("Saving…", () -> session.workspace().raci().moveDeliverable(deliverableId, direction),
                moved -> session.status().info(moved ? "Moved (Undo with Ctrl+Z)" : "Already " + (direction < 0 ? "first" : "last")
                        + " in its workstream"), session.status()::failure);
    }

    /** Moves a row to {@code target} (null: no workstream); one undoable step. */
    public void moveToWorkstream(Deliverable row, Workstream target) {
        String where = target == null ? "No workstream" : target.name();
        session.background().run("Saving…", () -> session.workspace().raci()
                        .moveDeliverableToWorkstream(row.id(), target == null ? null : target.id()),
                moved -> session.status().info(moved ? "Moved “" + row.title() + "” to " + where + " (Undo with Ctrl+Z)"
                        : "“" + row.title() + "” is already in " + where), session.status()::failure);
    }

    public void delete(long deliverableId) {
        session.edit("Deleted the deliverable (Undo with Ctrl+Z)", () -> session.workspace().raci().deleteDeliverable(deliverableId));
    }

    public String markdown() {
        return matrix.get() == null ? "" : RaciExport.markdown(matrix.get());
    }

    public void saveCsv(java.nio.file.Path file) {
        RaciMatrix m = matrix.get();
        if (m == null) {
            return;
        }
        session.background().run("Saving CSV…", () -> {
            return session.chosenOutput(file).writeText(RaciExport.tabular(m).csv());
        }, f -> session.status().info("Saved " + f), session.status()::failure);
    }

    public long programId() {
        return programId;
    }
}
