package dev.throughline.raci;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/** Deletes a deliverable and its letters; undo puts both back under the same id. */
final class DeleteDeliverableCommand implements Command {

    private final RaciRepository repository = new RaciRepository();
    private final Deliverable deliverable;
    private List<RaciAssignment> removed = List.of();

    DeleteDeliverableCommand(Deliverable deliverable) {
        this.deliverable = deliverable;
    }

    @Override
    public String description() {
        return "delete deliverable " + deliverable.title();
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        removed = repository.assignmentsOfDeliverable(sql, deliverable.id());
        repository.delete(sql, deliverable.id());
        return List.of(new EntityChanged(EntityChanged.Entity.DELIVERABLE, deliverable.id()));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        repository.insert(sql, deliverable);
        for (RaciAssignment a : removed) {
            repository.insertAssignment(sql, a);
        }
        return List.of(new EntityChanged(EntityChanged.Entity.DELIVERABLE, deliverable.id()));
    }
}
