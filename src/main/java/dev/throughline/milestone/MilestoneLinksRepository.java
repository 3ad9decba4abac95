package dev.throughline.milestone;

import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/**
 * What else points at a milestone (RACI deliverables, RAID triggers and links). Deleting the milestone
 * clears or drops those references through the schema's foreign keys; undo puts them back from here.
 */
final class MilestoneLinksRepository {

    /** The references to one milestone, by the ids of the rows that hold them. */
    record Links(List<Long> deliverables, List<Long> raidTriggers, List<Long> raidLinks) {
    }

    Links of(Sql sql, long milestoneId) throws SQLException {
        return new Links(
                sql.list("select id from deliverables where milestone_id = ?", r -> r.getLong(1), milestoneId),
                sql.list("select id from raid_items where trigger_milestone_id = ?", r -> r.getLong(1), milestoneId),
                sql.list("select raid_id from raid_milestones where milestone_id = ?", r -> r.getLong(1), milestoneId));
    }

    void restore(Sql sql, long milestoneId, Links links) throws SQLException {
        for (long deliverable : links.deliverables()) {
            sql.update("update deliverables set milestone_id = ? where id = ?", milestoneId, deliverable);
        }
        for (long raid : links.raidTriggers()) {
            sql.update("update raid_items set trigger_milestone_id = ? where id = ?", milestoneId, raid);
        }
        for (long raid : links.raidLinks()) {
            sql.update("insert into raid_milestones (raid_id, milestone_id) values (?, ?)", raid, milestoneId);
        }
    }
}
