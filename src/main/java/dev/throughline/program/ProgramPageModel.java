package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.people.Person;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One program's page: the program, its people and objectives, refreshed from change events. */
public final class ProgramPageModel {

    /** Everything the page shows, read in one go off the FX thread. */
    public record Loaded(Program program, ProgramHealth health, Optional<Person> tpgm, Optional<Person> sponsor,
                         List<Objective> objectives) {
    }

    private final Session session;
    private final long programId;
    private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    private final ObservableList<Objective> objectives = FXCollections.observableArrayList();
    private Subscription subscription = Subscription.NONE;
    private Runnable onGone = () -> { };

    public ProgramPageModel(Session session, long programId) {
        this.session = session;
        this.programId = programId;
    }

    public void activate(Runnable whenProgramGone) {
        this.onGone = whenProgramGone;
        subscription = session.onChanges(e -> e.entity() != EntityChanged.Entity.PROGRAM || e.id() == programId, this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        var workspace = session.workspace();
        session.load("Loading program…", () -> {
            Optional<Program> program = workspace.programs().find(programId);
            if (program.isEmpty()) {
                return null;
            }
            Program p = program.get();
            List<Person> people = workspace.people().all();
            return new Loaded(p, workspace.programs().health(programId), people.stream().filter(x -> x.id() == p.tpgmId()).findFirst(),
                    people.stream().filter(x -> p.sponsorId() != null && x.id() == p.sponsorId()).findFirst(),
                    workspace.programs().objectives(programId));
        }, result -> {
            if (result == null) {
                onGone.run();
                return;
            }
            loaded.set(result);
            objectives.setAll(result.objectives());
        });
    }

    public ObjectProperty<Loaded> loaded() {
        return loaded;
    }

    public ObservableList<Objective> objectives() {
        return objectives;
    }

    public long programId() {
        return programId;
    }

    public void removeObjective(Objective objective) {
        session.edit("Removed objective (Undo with Ctrl+Z)",
                () -> session.workspace().programs().removeObjective(objective.id()));
    }
}
