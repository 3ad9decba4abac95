package dev.throughline.snapshot;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/** Freezes one snapshot; undo removes it, redo puts it back under the same id. */
final class TakeSnapshotCommand implements Command {

    private final SnapshotRepository snapshots = new SnapshotRepository();
    private final Snapshot snapshot;
    private Snapshot stored;

    TakeSnapshotCommand(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    Snapshot stored() {
        return stored;
    }

    @Override
    public String description() {
        return "take status snapshot of " + snapshot.payload().programKey();
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        Snapshot toInsert = stored == null ? snapshot : stored;
        stored = toInsert.stored(snapshots.insert(sql, toInsert));
        return List.of(new EntityChanged(EntityChanged.Entity.SNAPSHOT, stored.id()));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        snapshots.delete(sql, stored.id());
        return List.of(new EntityChanged(EntityChanged.Entity.SNAPSHOT, stored.id()));
    }
}
