package dev.throughline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.program.Health;
import dev.throughline.program.Program;
import dev.throughline.snapshot.FrozenMilestone;
import dev.throughline.snapshot.SlipHistory;
import dev.throughline.snapshot.Snapshot;
import dev.throughline.snapshot.SnapshotDiff;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's weeks of status history: frozen from earlier forecasts, with real changes between snapshots. */
class SampleSnapshotsTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        workspace.sample().load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void checkoutHasFourWeeklySnapshotsInWhichTokenizationSlipsThreeTimes() {
        Program chk = workspace.programs().byKey("CHK-12");
        List<Snapshot> history = workspace.snapshots().history(chk.id());
        assertEquals(4, history.size());
        FrozenMilestone tokenThen = token(history.get(0));
        assertEquals(LocalDate.parse("2026-11-20"), tokenThen.forecast(), "on its baseline on 30 Oct");
        assertEquals(0, tokenThen.varianceDays());
        assertEquals(Health.ON_TRACK, history.get(0).suggestedHealth());
        assertEquals(Health.AT_RISK, history.get(3).suggestedHealth(), "three weeks of slip by 20 Nov");

        SlipHistory.Track track = SlipHistory.of(history).tracks().stream()
                .filter(t -> t.title().startsWith("Tokenization API")).findFirst().orElseThrow();
        assertEquals("moved 3 times, +21 days", track.describe());
        List<String> changes = SnapshotDiff.between(history.get(2), history.get(3)).sentences();
        assertTrue(changes.contains("“Tokenization API migration complete” moved +7 days (2026-12-04 → 2026-12-11)"),
                changes.toString());
    }

    @Test
    void aMilestoneDoneAfterASnapshotWasStillOpenInItAndLaterItemsAreAbsent() {
        Program eur = workspace.programs().byKey("EUR-3");
        List<Snapshot> history = workspace.snapshots().history(eur.id());
        FrozenMilestone wave1 = history.get(0).payload().milestones().stream()
                .filter(m -> m.title().startsWith("Migration wave 1")).findFirst().orElseThrow();
        assertEquals("IN_PROGRESS", wave1.status());
        assertEquals(null, wave1.actual());
        assertFalse(history.get(0).payload().risks().stream().anyMatch(r -> r.title().startsWith("Wave 1 tenants")));
        assertTrue(history.get(2).payload().risks().stream().anyMatch(r -> r.title().startsWith("Wave 1 tenants")));
    }

    @Test
    void everyOverriddenHealthCarriesItsReasonAndUndoRemovesTheHistory() {
        List<Snapshot> all = workspace.programs().all().stream()
                .flatMap(p -> workspace.snapshots().history(p.id()).stream()).toList();
        assertTrue(all.size() >= 12, "a few weeks for the running programs: " + all.size());
        assertTrue(all.stream().anyMatch(Snapshot::overridden));
        all.stream().filter(Snapshot::overridden).forEach(s -> assertFalse(s.reason().isBlank(), s.toString()));

        workspace.commands().undo();
        assertTrue(workspace.snapshots().portfolioHistory().isEmpty());
        workspace.commands().redo();
        assertEquals(all.size(), workspace.snapshots().portfolioHistory().size());
    }

    private static FrozenMilestone token(Snapshot s) {
        return s.payload().milestones().stream().filter(m -> m.title().startsWith("Tokenization API")).findFirst()
                .orElseThrow();
    }
}
