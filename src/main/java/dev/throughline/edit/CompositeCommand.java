package dev.throughline.edit;

import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Several commands done and undone as one step (in reverse order on undo). */
public final class CompositeCommand implements Command {

    private final String description;
    private final List<Command> steps;

    public CompositeCommand(String description, List<? extends Command> steps) {
        this.description = description;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        List<WorkspaceEvent> events = new ArrayList<>();
        for (Command step : steps) {
            events.addAll(step.apply(sql));
        }
        return events;
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        List<WorkspaceEvent> events = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            events.addAll(steps.get(i).revert(sql));
        }
        return events;
    }
}
