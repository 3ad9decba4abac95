package dev.throughline.meeting;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Stores an occurrence with its generated agenda, so it can be edited and run; undo removes both. Ids survive redo. */
final class PrepareOccurrenceCommand implements Command {

    private final OccurrenceRepository occurrences = new OccurrenceRepository();
    private final AgendaEntryRepository entries = new AgendaEntryRepository();
    private OccurrenceRecord occurrence;
    private final List<AgendaItem> items;
    private final List<Long> itemIds = new ArrayList<>();

    PrepareOccurrenceCommand(OccurrenceRecord occurrence, List<AgendaItem> items) {
        this.occurrence = occurrence;
        this.items = List.copyOf(items);
    }

    OccurrenceRecord occurrence() {
        return occurrence;
    }

    @Override
    public String description() {
        return "prepare the agenda of " + occurrence.date();
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        occurrence = occurrence.withId(occurrences.insert(sql, occurrence));
        boolean redo = !itemIds.isEmpty();
        for (int i = 0; i < items.size(); i++) {
            AgendaEntry entry = AgendaEntry.of(items.get(i), occurrence.id(), i);
            long id = entries.insert(sql, redo ? entry.withId(itemIds.get(i)) : entry);
            if (!redo) {
                itemIds.add(id);
            }
        }
        return List.of(new EntityChanged(EntityChanged.Entity.OCCURRENCE, occurrence.id()));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        occurrences.delete(sql, occurrence.id());
        return List.of(new EntityChanged(EntityChanged.Entity.OCCURRENCE, occurrence.id()));
    }
}
