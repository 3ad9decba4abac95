package dev.throughline.app;

import dev.throughline.edit.UndoStackChanged;
import dev.throughline.event.Subscription;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Edit menu state: what Undo and Redo would do. Empty text means disabled. */
public final class UndoModel {

    private final ReadOnlyStringWrapper undo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redo = new ReadOnlyStringWrapper("");
    private Subscription subscription = () -> { };
    private Session session;

    public void attach(Session newSession) {
        subscription.cancel();
        session = newSession;
        undo.set("");
        redo.set("");
        subscription = newSession.workspace().events().subscribe(UndoStackChanged.class, e -> {
            undo.set(e.undo().orElse(""));
            redo.set(e.redo().orElse(""));
        });
    }

    public void undo() {
        if (session != null && !undo.get().isEmpty()) {
            run("Undid ", () -> session.workspace().commands().undo());
        }
    }

    public void redo() {
        if (session != null && !redo.get().isEmpty()) {
            run("Redid ", () -> session.workspace().commands().redo());
        }
    }

    private void run(String verb, java.util.concurrent.Callable<Optional<String>> step) {
        Session current = session;
        current.background().run(verb.strip() + "…", step,
                done -> done.ifPresent(d -> current.status().info(verb + d)), current.status()::failure);
    }

    public ReadOnlyStringProperty undoProperty() {
        return undo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoProperty() {
        return redo.getReadOnlyProperty();
    }
}
