package dev.throughline.raci;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Replaces the letters of one cell (set or clear); undo puts the previous letters back. */
final class SetCellCommand implements Command {

    private final RaciRepository repository = new RaciRepository();
    private final String description;
    private final long deliverableId;
    private final long personId;
    private final Set<RaciRole> before;
    private final Set<RaciRole> after;

    SetCellCommand(String description, long deliverableId, long personId, Set<RaciRole> before, Set<RaciRole> after) {
        this.description = description;
        this.deliverableId = deliverableId;
        this.personId = personId;
        this.before = Set.copyOf(before);
        this.after = Set.copyOf(after);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        return write(sql, after);
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        return write(sql, before);
    }

    private List<WorkspaceEvent> write(Sql sql, Set<RaciRole> roles) throws SQLException {
        repository.deleteCell(sql, deliverableId, personId);
        for (RaciRole role : roles) {
            repository.insertAssignment(sql, new RaciAssignment(deliverableId, personId, role));
        }
        return List.of(new EntityChanged(EntityChanged.Entity.RACI, deliverableId));
    }
}
