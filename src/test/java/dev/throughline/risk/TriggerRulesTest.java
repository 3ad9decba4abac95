package dev.throughline.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules alone, on a plan held in memory. */
class TriggerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static TriggerRules.Plan plan(Map<Long, TriggerRules.PlanMilestone> milestones, Map<Long, List<Long>> next) {
        return new TriggerRules.Plan() {
            @Override
            public Optional<TriggerRules.PlanMilestone> milestone(long id) {
                return Optional.ofNullable(milestones.get(id));
            }

            @Override
            public List<TriggerRules.PlanMilestone> successors(long id) {
                return next.getOrDefault(id, List.of()).stream().map(milestones::get).toList();
            }
        };
    }

    private static TriggerRules.PlanMilestone m(long id, String forecast, boolean done, String actual) {
        return new TriggerRules.PlanMilestone(id, "M" + id, LocalDate.parse(forecast),
                actual == null ? null : LocalDate.parse(actual), done);
    }

    @Test
    void milestoneLaterThanUsesTheForecastOrTheActualOnceDone() {
        TriggerRule rule = TriggerRule.milestoneLaterThan(1, LocalDate.of(2027, 1, 15));
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, null,
                plan(Map.of(1L, m(1, "2027-01-15", false, null)), Map.of()), TODAY).isEmpty(), "on the day is fine");
        assertEquals("M1 is forecast for 2027-01-16, after 2027-01-15.", TriggerRules.evaluate(rule, RaidStatus.OPEN,
                null, plan(Map.of(1L, m(1, "2027-01-16", false, null)), Map.of()), TODAY).orElseThrow());
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, null,
                plan(Map.of(1L, m(1, "2027-01-20", true, "2027-01-10")), Map.of()), TODAY).isEmpty());
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.CLOSED, null,
                plan(Map.of(1L, m(1, "2027-01-20", false, null)), Map.of()), TODAY).isEmpty(), "closed never fires");
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, null, plan(Map.of(), Map.of()), TODAY).isEmpty(),
                "a removed milestone never fires");
    }

    @Test
    void dependencyNotDonePrefersTheLinkedSuccessor() {
        TriggerRule rule = TriggerRule.dependencyNotDone(1, 14);
        var milestones = Map.of(1L, m(1, "2027-01-19", false, null), 2L, m(2, "2027-01-29", false, null),
                3L, m(3, "2027-06-25", false, null));
        var p = plan(milestones, Map.of(1L, List.of(2L, 3L)));
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, null, p, TODAY).isPresent(), "earliest successor: M2");
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, null, List.of(3L), p, TODAY).isEmpty(),
                "linked successor M3 is far away");
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, null, plan(milestones, Map.of()), TODAY).isEmpty(),
                "no successor, nothing to miss");
    }

    @Test
    void reviewOverdueNeedsThePastDate() {
        TriggerRule rule = TriggerRule.reviewOverdue();
        var p = plan(Map.of(), Map.of());
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, TODAY, p, TODAY).isEmpty(), "due today is not overdue");
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.MITIGATING, TODAY.minusDays(1), p, TODAY).isPresent());
        assertTrue(TriggerRules.evaluate(rule, RaidStatus.OPEN, null, p, TODAY).isEmpty());
    }
}
