package dev.throughline.edit;

import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/**
 * One user edit with do and undo. {@link #apply} runs for "do" and again for "redo", so it must
 * reproduce the same rows (same ids) every time. Each call runs inside one store transaction.
 */
public interface Command {

    /** Shown in the Edit menu: "Undo " + description. */
    String description();

    List<WorkspaceEvent> apply(Sql sql) throws SQLException;

    List<WorkspaceEvent> revert(Sql sql) throws SQLException;
}
