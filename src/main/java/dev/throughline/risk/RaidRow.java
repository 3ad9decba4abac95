package dev.throughline.risk;

import java.util.List;

/**
 * A RAID item as the register, the heat map and the CLI show it: names resolved, linked milestones,
 * and the trigger evaluated against today's plan ({@code triggeredBecause} empty when it does not hold).
 */
public record RaidRow(RaidItem item, String programKey, String owner, List<Long> milestoneIds,
                      List<String> milestones, String triggerText, String triggeredBecause, boolean reviewOverdue) {

    public boolean triggered() {
        return !triggeredBecause.isEmpty();
    }

    public int score() {
        return item.score();
    }

    public Band band() {
        return item.band();
    }

    /** The cell of the heat map this row counts in: inherent or residual. */
    public int probability(boolean residual) {
        return residual ? item.residualProbabilityOrInherent() : item.probability();
    }

    public int impact(boolean residual) {
        return residual ? item.residualImpactOrInherent() : item.impact();
    }
}
