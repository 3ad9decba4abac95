package dev.throughline.risk;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates, edits or deletes RAID items with their milestone links, and appends a history row per
 * changed field, as one undoable step. Ids (items and history rows) are kept for redo; undo removes
 * exactly the history rows the edit added.
 */
final class RaidEditCommand implements Command {

    /**
     * One item's change: {@code before} null creates, {@code after} null deletes. {@code history} rows of
     * a created item carry raid id 0 until it is stored.
     */
    record Change(RaidItem before, RaidItem after, List<Long> linksBefore, List<Long> linksAfter,
                  List<RaidHistoryEntry> history) {
    }

    private final RaidRepository items = new RaidRepository();
    private final String description;
    private final List<Change> changes;
    private final List<RaidItem> stored = new ArrayList<>();
    private List<RaidHistoryEntry> written = List.of();
    /** History of deleted items (the cascade removes it), put back on undo. */
    private final Map<Long, List<RaidHistoryEntry>> deletedHistory = new HashMap<>();

    RaidEditCommand(String description, List<Change> changes) {
        this.description = description;
        this.changes = new ArrayList<>(changes);
    }

    /** The item as stored by the change at {@code index} (with its id once executed). */
    RaidItem stored(int index) {
        return stored.get(index);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        List<WorkspaceEvent> events = new ArrayList<>();
        boolean first = stored.isEmpty();
        List<RaidHistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            RaidItem result = c.after();
            if (c.before() == null) {
                RaidItem toInsert = first ? c.after() : stored.get(i);
                long id = items.insert(sql, toInsert);
                result = toInsert.withId(id);
                items.setLinks(sql, id, c.linksAfter());
            } else if (c.after() == null) {
                deletedHistory.put(c.before().id(), items.history(sql, c.before().id()));
                items.delete(sql, c.before().id());
                result = c.before();
            } else {
                items.update(sql, c.after());
                items.setLinks(sql, c.after().id(), c.linksAfter());
            }
            if (first) {
                stored.add(result);
                for (RaidHistoryEntry e : c.history()) {
                    history.add(e.raidId() == 0 ? new RaidHistoryEntry(0, result.id(), e.at(), e.field(), e.oldValue(),
                            e.newValue()) : e);
                }
            }
            events.add(new EntityChanged(EntityChanged.Entity.RAID_ITEM, result.id()));
        }
        if (first) {
            written = history;
        }
        List<RaidHistoryEntry> withIds = new ArrayList<>();
        for (RaidHistoryEntry e : written) {
            withIds.add(e.withId(items.insertHistory(sql, e)));
        }
        written = withIds;
        return events;
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        List<WorkspaceEvent> events = new ArrayList<>();
        for (RaidHistoryEntry e : written) {
            items.deleteHistory(sql, e.id());
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            RaidItem item = stored.get(i);
            if (c.before() == null) {
                items.delete(sql, item.id());
            } else if (c.after() == null) {
                items.insert(sql, c.before());
                items.setLinks(sql, c.before().id(), c.linksBefore());
                for (RaidHistoryEntry e : deletedHistory.getOrDefault(c.before().id(), List.of())) {
                    items.insertHistory(sql, e);
                }
            } else {
                items.update(sql, c.before());
                items.setLinks(sql, c.before().id(), c.linksBefore());
            }
            events.add(new EntityChanged(EntityChanged.Entity.RAID_ITEM, item.id()));
        }
        return events;
    }
}
