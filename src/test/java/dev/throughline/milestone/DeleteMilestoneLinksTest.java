package dev.throughline.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.throughline.app.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a milestone that RACI rows and RAID items point at, then undoing it, re-attaches all of them. */
class DeleteMilestoneLinksTest {

    private static final String LINKS = "select 'deliverable', id from deliverables where milestone_id = ?"
            + " union all select 'trigger', id from raid_items where trigger_milestone_id = ?"
            + " union all select 'link', raid_id from raid_milestones where milestone_id = ? order by 1, 2";

    @TempDir
    Path folder;

    @Test
    void undoPutsBackTheDeliverablesAndRaidItemsThatPointedAtIt() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            workspace.sample().load();
            long milestone = workspace.store().read(sql -> sql.one(
                    "select m.id from milestones m where exists (select 1 from deliverables d where d.milestone_id = m.id)"
                            + " and exists (select 1 from raid_milestones r where r.milestone_id = m.id)",
                    r -> r.getLong(1)).orElseThrow());
            List<String> before = links(workspace, milestone);
            assertFalse(before.isEmpty());

            workspace.milestones().delete(milestone);
            assertEquals(List.of(), links(workspace, milestone), "deleting clears every reference");

            workspace.commands().undo();
            assertEquals(before, links(workspace, milestone));

            workspace.commands().redo();
            assertEquals(List.of(), links(workspace, milestone));
        }
    }

    private static List<String> links(Workspace workspace, long milestone) {
        return workspace.store().read(sql -> sql.list(LINKS, r -> r.getString(1) + " " + r.getLong(2), milestone, milestone,
                milestone));
    }
}
