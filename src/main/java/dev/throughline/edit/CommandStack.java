package dev.throughline.edit;

import dev.throughline.event.WorkspaceEvent;
import dev.throughline.event.WorkspaceEvents;
import dev.throughline.store.Store;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's undo history. Each do, undo and redo is one store transaction; the stacks move only
 * after it committed, so a failed write (disk full, read-only) leaves history and file as they were.
 */
public final class CommandStack {

    private static final int DEFAULT_LIMIT = 500;

    private final Store store;
    private final WorkspaceEvents events;
    private final int limit;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();

    public CommandStack(Store store, WorkspaceEvents events) {
        this(store, events, DEFAULT_LIMIT);
    }

    public CommandStack(Store store, WorkspaceEvents events, int limit) {
        this.store = store;
        this.events = events;
        this.limit = limit;
    }

    /** Does the command and returns it (a create command then knows its new id). */
    public synchronized <C extends Command> C execute(C command) {
        List<WorkspaceEvent> changes = store.write(command::apply);
        undo.push(command);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        announce(changes);
        return command;
    }

    /** Undoes the newest command; returns its description, or empty when there was nothing to undo. */
    public synchronized Optional<String> undo() {
        Command command = undo.peek();
        if (command == null) {
            return Optional.empty();
        }
        List<WorkspaceEvent> changes = store.write(command::revert);
        redo.push(undo.pop());
        announce(changes);
        return Optional.of(command.description());
    }

    public synchronized Optional<String> redo() {
        Command command = redo.peek();
        if (command == null) {
            return Optional.empty();
        }
        List<WorkspaceEvent> changes = store.write(command::apply);
        undo.push(redo.pop());
        announce(changes);
        return Optional.of(command.description());
    }

    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    public synchronized int size() {
        return undo.size();
    }

    private void announce(List<WorkspaceEvent> changes) {
        List<WorkspaceEvent> all = new ArrayList<>(changes);
        all.add(new UndoStackChanged(undoDescription(), redoDescription()));
        events.publish(all);
    }
}
