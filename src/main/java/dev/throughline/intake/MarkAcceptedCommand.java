package dev.throughline.intake;

import dev.throughline.edit.Command;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

/** The second half of accepting: the request points at the program the first half created. */
final class MarkAcceptedCommand implements Command {

    private final IntakeRepository requests = new IntakeRepository();
    private final IntakeRequest before;
    private final String note;
    private final Instant at;
    private final LongSupplier programId;

    MarkAcceptedCommand(IntakeRequest before, String note, Instant at, LongSupplier programId) {
        this.before = before;
        this.note = note;
        this.at = at;
        this.programId = programId;
    }

    @Override
    public String description() {
        return "mark " + before.ref() + " accepted";
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        requests.update(sql, before.triaged(IntakeStatus.ACCEPTED, note, at, programId.getAsLong()));
        return List.of(requests.changed(before.id()));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        requests.update(sql, before);
        return List.of(requests.changed(before.id()));
    }
}
