package dev.throughline.snapshot;

import static dev.throughline.snapshot.Frozen.TODAY;
import static dev.throughline.snapshot.Frozen.milestone;
import static dev.throughline.snapshot.Frozen.risk;
import static dev.throughline.snapshot.Frozen.slipped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.program.Health;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthRulesTest {

    @Test
    void nothingWrongIsOnTrackWithNoReasons() {
        HealthRules.Suggestion s = HealthRules.suggest(List.of(slipped(1, "Beta", 10)),
                List.of(risk(1, "Vendor late", 2, 2, true, false)), TODAY);
        assertEquals(Health.ON_TRACK, s.health());
        assertTrue(s.reasons().isEmpty());
    }

    @Test
    void slipBeyondTenDaysIsAtRiskAndBeyondThirtyIsOffTrack() {
        assertEquals(Health.AT_RISK, HealthRules.suggest(List.of(slipped(1, "Beta", 11)), List.of(), TODAY).health());
        assertEquals(Health.AT_RISK, HealthRules.suggest(List.of(slipped(1, "Beta", 30)), List.of(), TODAY).health());
        HealthRules.Suggestion off = HealthRules.suggest(List.of(slipped(1, "Beta", 31)), List.of(), TODAY);
        assertEquals(Health.OFF_TRACK, off.health());
        assertEquals(List.of("“Beta” slipped 31 days past its baseline (more than 30)"), off.reasons());
    }

    @Test
    void aDoneOrCancelledMilestoneNeverCounts() {
        var base = TODAY.minusDays(90);
        List<FrozenMilestone> settled = List.of(milestone(1, "Alpha", "DONE", base, base.plusDays(45), base),
                milestone(2, "Gamma", "CANCELLED", base, base.plusDays(45), base));
        assertEquals(Health.ON_TRACK, HealthRules.suggest(settled, List.of(), TODAY).health());
    }

    @Test
    void forecastPastTheDeadlineIsOffTrack() {
        var s = HealthRules.suggest(List.of(milestone(1, "GA", "PLANNED", null, TODAY.plusDays(20),
                TODAY.plusDays(19))), List.of(), TODAY);
        assertEquals(Health.OFF_TRACK, s.health());
        assertTrue(s.reasons().get(0).contains("past its deadline"), s.reasons().toString());
    }

    @Test
    void aForecastDateThatPassedWithoutDoneIsAtRisk() {
        var s = HealthRules.suggest(List.of(milestone(1, "GA", "IN_PROGRESS", null, TODAY.minusDays(1), null)),
                List.of(), TODAY);
        assertEquals(Health.AT_RISK, s.health());
        assertTrue(s.reasons().get(0).contains("was due"));
    }

    @Test
    void redOrTriggeredRiskIsAtRiskBothIsOffTrackClosedIgnored() {
        assertEquals(Health.AT_RISK, HealthRules.suggest(List.of(), List.of(risk(1, "R", 4, 4, true, false)), TODAY)
                .health());
        assertEquals(Health.AT_RISK, HealthRules.suggest(List.of(), List.of(risk(1, "R", 2, 2, true, true)), TODAY)
                .health());
        assertEquals(Health.OFF_TRACK, HealthRules.suggest(List.of(), List.of(risk(1, "R", 4, 4, true, true)), TODAY)
                .health());
        assertEquals(Health.ON_TRACK, HealthRules.suggest(List.of(), List.of(risk(1, "R", 5, 5, false, true)), TODAY)
                .health());
    }

    @Test
    void worstWinsAndEveryReasonIsListedWorstFirst() {
        var s = HealthRules.suggest(List.of(slipped(1, "Beta", 12), slipped(2, "GA", 40)),
                List.of(risk(3, "Vendor", 4, 4, true, false)), TODAY);
        assertEquals(Health.OFF_TRACK, s.health());
        assertEquals(3, s.reasons().size());
        assertTrue(s.reasons().get(0).contains("GA"));
        assertEquals(Health.AT_RISK, s.findings().get(1).health());
    }

    @Test
    void anOpenActionPastItsDueDateIsAtRiskDoneOrNotYetDueIsNot() {
        List<FrozenAction> actions = List.of(new FrozenAction(1, "Book the PCI assessor", "Omar", TODAY.minusDays(1),
                "OPEN"), new FrozenAction(2, "Send minutes", "Maya", TODAY.minusDays(5), "DONE"),
                new FrozenAction(3, "Draft FAQ", "Ben", TODAY, "OPEN"));
        HealthRules.Suggestion s = HealthRules.suggest(List.of(), List.of(), actions, TODAY);
        assertEquals(Health.AT_RISK, s.health());
        assertEquals(List.of("Action “Book the PCI assessor” (Omar) was due " + TODAY.minusDays(1) + " and is still open"),
                s.reasons());
    }

    @Test
    void reasonIsRequiredOnlyWhenTheChoiceDiffers() {
        assertTrue(SnapshotService.reasonProblem(Health.ON_TRACK, Health.ON_TRACK, "").isEmpty());
        assertTrue(SnapshotService.reasonProblem(Health.ON_TRACK, Health.AT_RISK, "  ").isPresent());
        assertTrue(SnapshotService.reasonProblem(Health.ON_TRACK, Health.AT_RISK, "vendor confirmed").isEmpty());
    }
}
