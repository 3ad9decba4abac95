package dev.throughline.snapshot;

import static dev.throughline.snapshot.Frozen.TODAY;
import static dev.throughline.snapshot.Frozen.milestone;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.program.Health;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipHistoryTest {

    private static final LocalDate BASE = TODAY.plusDays(40);

    private static Snapshot taken(long id, String day, FrozenMilestone... milestones) {
        SnapshotPayload p = new SnapshotPayload(1, Instant.parse(day + "T16:00:00Z"), "CHK-1", "Checkout",
                List.of(milestones), List.of(), List.of());
        return new Snapshot(id, 1, p.takenAt(), Health.ON_TRACK, Health.ON_TRACK, "", "", "", "", "", p);
    }

    @Test
    void countsMovesAndTheNetSlipAcrossSnapshots() {
        List<Snapshot> history = List.of(
                taken(3, "2026-11-20", milestone(1, "Beta", "PLANNED", BASE, BASE.plusDays(11), null),
                        milestone(2, "GA", "PLANNED", BASE, BASE, null)),
                taken(1, "2026-11-06", milestone(1, "Beta", "PLANNED", BASE, BASE, null),
                        milestone(2, "GA", "PLANNED", BASE, BASE, null)),
                taken(2, "2026-11-13", milestone(1, "Beta", "PLANNED", BASE, BASE.plusDays(4), null),
                        milestone(2, "GA", "PLANNED", BASE, BASE, null)),
                taken(4, "2026-11-27", milestone(1, "Beta", "PLANNED", BASE, BASE.plusDays(11), null),
                        milestone(2, "GA", "PLANNED", BASE, BASE.minusDays(2), null)));

        SlipHistory slips = SlipHistory.of(history);

        assertEquals(LocalDate.parse("2026-11-06"), slips.snapshotDates().get(0), "oldest first");
        SlipHistory.Track beta = slips.tracks().get(0);
        assertEquals(List.of(BASE, BASE.plusDays(4), BASE.plusDays(11), BASE.plusDays(11)),
                beta.points().stream().map(SlipHistory.Point::forecast).toList());
        assertEquals("moved twice, +11 days", beta.describe());
        assertEquals("moved once, -2 days", slips.tracks().get(1).describe());
        assertEquals(List.of("Beta", "GA"), slips.moved().stream().map(SlipHistory.Track::title).toList());
    }

    @Test
    void aMilestoneThatNeverMovedSaysSoAndThreeMovesAreCounted() {
        SlipHistory slips = SlipHistory.of(List.of(
                taken(1, "2026-11-06", milestone(1, "Beta", "PLANNED", BASE, BASE, null),
                        milestone(2, "Docs", "PLANNED", BASE, BASE, null)),
                taken(2, "2026-11-13", milestone(1, "Beta", "PLANNED", BASE, BASE.plusDays(5), null),
                        milestone(2, "Docs", "PLANNED", BASE, BASE, null)),
                taken(3, "2026-11-20", milestone(1, "Beta", "PLANNED", BASE, BASE.plusDays(3), null)),
                taken(4, "2026-11-27", milestone(1, "Beta", "PLANNED", BASE, BASE.plusDays(11), null))));
        assertEquals("moved 3 times, +11 days", slips.tracks().get(0).describe());
        assertEquals("never moved", slips.tracks().get(1).describe());
        assertEquals(1, slips.moved().size());
    }

    @Test
    void theChartSaysWhatItNeedsWithNoSnapshotOneSnapshotOrNoMove() {
        assertEquals("No snapshot yet. The slip chart needs two snapshots to show how forecasts moved.",
                SlipHistory.of(List.of()).chartNote().orElseThrow());
        assertEquals("One snapshot so far (taken 2026-11-06). The slip chart needs two to show how forecasts moved;"
                        + " the forecasts it froze are listed below.",
                SlipHistory.of(List.of(taken(1, "2026-11-06", milestone(1, "Beta", "PLANNED", BASE, BASE, null))))
                        .chartNote().orElseThrow());
        assertEquals("No milestone forecast moved across these 2 snapshots.", SlipHistory.of(List.of(
                taken(1, "2026-11-06", milestone(1, "Beta", "PLANNED", BASE, BASE, null)),
                taken(2, "2026-11-13", milestone(1, "Beta", "PLANNED", BASE, BASE, null)))).chartNote().orElseThrow());
        assertEquals(java.util.Optional.empty(), SlipHistory.of(List.of(
                taken(1, "2026-11-06", milestone(1, "Beta", "PLANNED", BASE, BASE, null)),
                taken(2, "2026-11-13", milestone(1, "Beta", "PLANNED", BASE, BASE.plusDays(3), null)))).chartNote());
    }
}
