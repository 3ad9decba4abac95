package dev.throughline.snapshot;

import static dev.throughline.snapshot.Frozen.TODAY;
import static dev.throughline.snapshot.Frozen.milestone;
import static dev.throughline.snapshot.Frozen.payload;
import static dev.throughline.snapshot.Frozen.risk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.program.Health;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    private static final java.time.LocalDate BASE = TODAY.plusDays(30);

    @Test
    void identicalPayloadsHaveNoChanges() {
        SnapshotPayload p = payload(List.of(milestone(1, "Beta", "PLANNED", BASE, BASE, null)),
                List.of(risk(1, "Vendor", 3, 3, true, false)));
        SnapshotDiff d = SnapshotDiff.between(Health.ON_TRACK, p, Health.ON_TRACK, p);
        assertTrue(d.isEmpty());
        assertEquals(List.of(), d.sentences());
    }

    @Test
    void craftedChangesAreEachReported() {
        SnapshotPayload before = payload(List.of(
                        milestone(1, "Beta", "PLANNED", BASE, BASE, null),
                        milestone(2, "Alpha", "IN_PROGRESS", BASE, BASE.minusDays(20), null),
                        milestone(3, "Old", "PLANNED", BASE, BASE, null),
                        milestone(4, "Same", "PLANNED", BASE, BASE, null)),
                List.of(risk(1, "Vendor", 3, 3, true, false), risk(2, "Hiring", 2, 2, true, false),
                        risk(3, "Legal", 2, 2, true, false), risk(5, "Quiet", 1, 1, true, false)));
        SnapshotPayload after = payload(List.of(
                        milestone(1, "Beta renamed", "PLANNED", BASE, BASE.plusDays(11), null),
                        milestone(2, "Alpha", "DONE", BASE, BASE.minusDays(18), null),
                        milestone(4, "Same", "PLANNED", BASE, BASE, null),
                        milestone(9, "New", "PLANNED", null, BASE.plusDays(5), null)),
                List.of(risk(1, "Vendor", 4, 5, true, false), risk(2, "Hiring", 2, 2, false, false),
                        risk(4, "Fresh", 3, 1, true, false), risk(5, "Quiet", 1, 1, true, false)));

        SnapshotDiff d = SnapshotDiff.between(Health.ON_TRACK, before, Health.AT_RISK, after);

        assertTrue(d.healthChanged());
        assertEquals(4, d.milestones().size(), d.milestones().toString());
        var moved = d.milestones().get(0);
        assertEquals(SnapshotDiff.Kind.MOVED, moved.kind());
        assertEquals(11, moved.days());
        assertEquals("Beta renamed", moved.title());
        assertEquals(SnapshotDiff.Kind.COMPLETED, d.milestones().get(1).kind());
        assertEquals(SnapshotDiff.Kind.ADDED, d.milestones().get(2).kind());
        assertEquals(SnapshotDiff.Kind.REMOVED, d.milestones().get(3).kind());
        assertEquals(List.of(4L), d.newRisks().stream().map(FrozenRisk::id).toList());
        assertEquals(List.of(2L, 3L), d.closedRisks().stream().map(FrozenRisk::id).toList(), "closed, and gone");
        assertEquals(1, d.rescored().size());
        assertEquals(11, d.rescored().get(0).delta());
        List<String> s = d.sentences();
        assertEquals("Health on track → at risk", s.get(0));
        assertTrue(s.contains("“Beta renamed” moved +11 days (" + BASE + " → " + BASE.plusDays(11) + ")"), s.toString());
        assertTrue(s.contains("R-1 “Vendor” re-scored 9 → 20"), s.toString());
        assertFalse(d.isEmpty());
    }

    @Test
    void aRiskReopenedCountsAsNew() {
        SnapshotPayload before = payload(List.of(), List.of(risk(1, "Vendor", 3, 3, false, false)));
        SnapshotPayload after = payload(List.of(), List.of(risk(1, "Vendor", 3, 3, true, false)));
        assertEquals(1, SnapshotDiff.between(Health.ON_TRACK, before, Health.ON_TRACK, after).newRisks().size());
    }

    @Test
    void decisionsMadeAndActionsOpenedClosedAndNewlyOverdueAreReported() {
        java.time.Instant weekAgo = java.time.Instant.parse("2026-11-20T10:00:00Z");
        SnapshotPayload before = new SnapshotPayload(1, weekAgo, "CHK-1", "Checkout", List.of(), List.of(), List.of(),
                List.of(decision(1, "Beta at 5%", "DECIDED"), decision(2, "Which assessor", "PENDING")),
                List.of(action(10, "Send the plan", TODAY.minusDays(10), "OPEN"),
                        action(11, "Book the room", TODAY.minusDays(3), "OPEN"),
                        action(12, "Already late", TODAY.minusDays(9), "OPEN"),
                        action(13, "Draft FAQ", TODAY.plusDays(5), "OPEN")));
        SnapshotPayload after = new SnapshotPayload(1, java.time.Instant.parse("2026-11-27T10:00:00Z"), "CHK-1",
                "Checkout", List.of(), List.of(), List.of(),
                List.of(decision(1, "Beta at 5%", "DECIDED"), decision(2, "Which assessor", "DECIDED"),
                        decision(3, "Vault read-only", "DECIDED"), decision(4, "Still open", "PENDING")),
                List.of(action(10, "Send the plan", TODAY.minusDays(10), "DONE"),
                        action(11, "Book the room", TODAY.minusDays(3), "OPEN"),
                        action(12, "Already late", TODAY.minusDays(9), "OPEN"),
                        action(13, "Draft FAQ", TODAY.plusDays(5), "DROPPED"),
                        action(14, "Call the vendor", TODAY.plusDays(2), "OPEN")));

        SnapshotDiff d = SnapshotDiff.between(Health.ON_TRACK, before, Health.ON_TRACK, after);

        assertEquals(List.of(2L, 3L), d.decided().stream().map(FrozenDecision::id).toList(),
                "a pending decision taken and a new one; not the one decided before nor a pending one");
        assertEquals(List.of(14L), d.openedActions().stream().map(FrozenAction::id).toList());
        assertEquals(List.of(10L, 13L), d.closedActions().stream().map(FrozenAction::id).toList());
        assertEquals(List.of(11L), d.newlyOverdue().stream().map(FrozenAction::id).toList(),
                "due between the two snapshots; the one already late before is not news");
        assertFalse(d.isEmpty());
        assertEquals(List.of("Decided: “Which assessor”", "Decided: “Vault read-only”",
                "1 action opened: “Call the vendor”",
                "2 actions closed, 1 now overdue: “Book the room” (Omar, due 2026-11-24)"), d.sentences());
    }

    @Test
    void actionsOnlyNowOverdueReadAsSuch() {
        SnapshotPayload before = new SnapshotPayload(1, java.time.Instant.parse("2026-11-20T10:00:00Z"), "C", "C",
                List.of(), List.of(), List.of(), List.of(), List.of(action(11, "Book the room", TODAY.minusDays(3),
                "OPEN")));
        SnapshotPayload after = payload(List.of(), List.of());
        after = new SnapshotPayload(1, after.takenAt(), "C", "C", List.of(), List.of(), List.of(), List.of(),
                before.actions());
        assertEquals(List.of("1 action now overdue: “Book the room” (Omar, due 2026-11-24)"),
                SnapshotDiff.between(Health.AT_RISK, before, Health.AT_RISK, after).sentences());
    }

    private static FrozenDecision decision(long id, String title, String status) {
        return new FrozenDecision(id, title, "", TODAY.minusDays(1), "", status);
    }

    private static FrozenAction action(long id, String title, java.time.LocalDate due, String status) {
        return new FrozenAction(id, title, "Omar", due, status);
    }
}
