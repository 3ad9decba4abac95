package dev.throughline.program;

import dev.throughline.edit.Command;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

/** Records when a program's health was set by an edit; undo puts the previous time back. Part of a program edit. */
final class HealthSetAtCommand implements Command {

    private final ProgramRepository programs = new ProgramRepository();
    private final LongSupplier programId;
    private final Instant before;
    private final Instant after;

    /** {@code programId} is read when applied: for a new program, once the row that precedes this step exists. */
    HealthSetAtCommand(LongSupplier programId, Instant before, Instant after) {
        this.programId = programId;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return "set health";
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        programs.setHealthSetAt(sql, programId.getAsLong(), after);
        return List.of(); // the program edit it belongs to announces the change
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        programs.setHealthSetAt(sql, programId.getAsLong(), before);
        return List.of();
    }
}
