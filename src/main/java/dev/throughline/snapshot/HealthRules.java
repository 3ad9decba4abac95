package dev.throughline.snapshot;

import dev.throughline.program.Health;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Suggested health from the frozen plan, as plain code. Each rule that fires gives a health and a
 * sentence; the suggestion is the worst of them, with every reason listed worst first. Settled (done or
 * cancelled) milestones and inactive RAID items never count.
 * <ul>
 * <li>a milestone slipped more than {@link #AT_RISK_DAYS} days past its baseline: at risk;
 * more than {@link #OFF_TRACK_DAYS}: off track;</li>
 * <li>a milestone forecast past its deadline: off track;</li>
 * <li>a milestone whose forecast date has passed and is not done: at risk;</li>
 * <li>a red or triggered RAID item: at risk; both red and triggered: off track;</li>
 * <li>an open action item past its due date: at risk.</li>
 * </ul>
 */
public final class HealthRules {

    public static final int AT_RISK_DAYS = 10;
    public static final int OFF_TRACK_DAYS = 30;

    /** One rule that fired. */
    public record Finding(Health health, String reason) {
    }

    /** The worst health found, and every finding worst first (empty when on track). */
    public record Suggestion(Health health, List<Finding> findings) {

        public Suggestion {
            findings = List.copyOf(findings);
        }

        public List<String> reasons() {
            return findings.stream().map(Finding::reason).toList();
        }
    }

    private HealthRules() {
    }

    public static Suggestion suggest(List<FrozenMilestone> milestones, List<FrozenRisk> risks, LocalDate today) {
        return suggest(milestones, risks, List.of(), today);
    }

    public static Suggestion suggest(List<FrozenMilestone> milestones, List<FrozenRisk> risks,
                                     List<FrozenAction> actions, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        for (FrozenAction a : actions) {
            if (a.overdue(today)) {
                findings.add(new Finding(Health.AT_RISK, "Action “" + a.title() + "”" + (a.owner().isBlank() ? ""
                        : " (" + a.owner() + ")") + " was due " + a.due() + " and is still open"));
            }
        }
        for (FrozenMilestone m : milestones) {
            if (m.settled()) {
                continue;
            }
            Integer variance = m.varianceDays();
            if (variance != null && variance > OFF_TRACK_DAYS) {
                findings.add(new Finding(Health.OFF_TRACK, "“" + m.title() + "” slipped " + variance
                        + " days past its baseline (more than " + OFF_TRACK_DAYS + ")"));
            } else if (variance != null && variance > AT_RISK_DAYS) {
                findings.add(new Finding(Health.AT_RISK, "“" + m.title() + "” slipped " + variance
                        + " days past its baseline (more than " + AT_RISK_DAYS + ")"));
            }
            if (m.deadline() != null && m.forecast() != null && m.forecast().isAfter(m.deadline())) {
                findings.add(new Finding(Health.OFF_TRACK, "“" + m.title() + "” is forecast " + m.forecast()
                        + ", past its deadline " + m.deadline()));
            }
            if (m.forecast() != null && m.forecast().isBefore(today)) {
                findings.add(new Finding(Health.AT_RISK, "“" + m.title() + "” was due " + m.forecast()
                        + " and is not done"));
            }
        }
        for (FrozenRisk r : risks) {
            if (!r.active() || !(r.red() || r.triggered())) {
                continue;
            }
            String label = r.ref() + " “" + r.title() + "”";
            if (r.red() && r.triggered()) {
                findings.add(new Finding(Health.OFF_TRACK, label + " is red (" + r.score() + ") and triggered: "
                        + r.triggeredBecause()));
            } else if (r.triggered()) {
                findings.add(new Finding(Health.AT_RISK, label + " is triggered: " + r.triggeredBecause()));
            } else {
                findings.add(new Finding(Health.AT_RISK, label + " is red (score " + r.score() + ")"));
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.health().ordinal()).reversed());
        Health worst = findings.isEmpty() ? Health.ON_TRACK : findings.get(0).health();
        return new Suggestion(worst, findings);
    }
}
