package dev.throughline.meeting;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/** Records whether one attendee came to a sync; undo puts back what was recorded before (or nothing). */
final class AttendanceCommand implements Command {

    private final OccurrenceRepository occurrences = new OccurrenceRepository();
    private final long occurrenceId;
    private final long personId;
    private final String name;
    private final boolean present;
    private Boolean before;

    AttendanceCommand(long occurrenceId, long personId, String name, boolean present) {
        this.occurrenceId = occurrenceId;
        this.personId = personId;
        this.name = name;
        this.present = present;
    }

    @Override
    public String description() {
        return "mark " + name + (present ? " present" : " absent");
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        before = occurrences.attendance(sql, occurrenceId, personId);
        occurrences.setPresent(sql, occurrenceId, personId, present);
        return List.of(new EntityChanged(EntityChanged.Entity.OCCURRENCE, occurrenceId));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        occurrences.setPresent(sql, occurrenceId, personId, before);
        return List.of(new EntityChanged(EntityChanged.Entity.OCCURRENCE, occurrenceId));
    }
}
