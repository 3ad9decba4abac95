package dev.throughline.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.snapshot.SnapshotDraft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home screen's facts read from a real workspace: a snapshot taken now clears its program's stale item. */
class AttentionServiceTest {

    @TempDir
    Path folder;

    @Test
    void takingASnapshotClearsTheProgramFromTheStaleListAndUndoBringsItBack() {
        try (Workspace w = Workspace.open(folder.resolve("w.db"))) {
            w.sample().load();
            // The sample's history has fixed dates, so which programs are stale depends on today: compare with before.
            List<String> before = stale(w);
            long chk = w.programs().byKey("CHK-12").id();
            w.snapshots().take(chk, new SnapshotDraft(null, "Vendor slipped three weeks", "", "", "", ""));
            assertFalse(stale(w).contains("CHK-12"));
            assertEquals(before.stream().filter(k -> !k.equals("CHK-12")).toList(), stale(w));
            assertTrue(w.attention().facts().lastSnapshot().get(chk).isAfter(java.time.Instant.now().minusSeconds(600)),
                    "the snapshot just taken is the newest");
            w.commands().undo();
            assertEquals(before, stale(w));
        }
    }

    @Test
    void raciProblemsReadForAllProgramsAtOnceAreEachProgramsOwn() {
        try (Workspace w = Workspace.open(folder.resolve("w.db"))) {
            w.sample().load();
            var all = w.raci().problemsByProgram();
            int withProblems = 0;
            for (var p : w.programs().all()) {
                var own = w.raci().matrix(p.id()).problems();
                assertEquals(new java.util.HashSet<>(own), new java.util.HashSet<>(all.getOrDefault(p.id(), List.of())),
                        p.key());
                withProblems += own.isEmpty() ? 0 : 1;
            }
            assertTrue(withProblems > 0, "the sample has a broken RACI on purpose");
        }
    }

    private static List<String> stale(Workspace w) {
        return w.attention().items().stream().filter(i -> i.kind() == AttentionItem.Kind.SNAPSHOT_STALE)
                .map(AttentionItem::programKey).toList();
    }
}
