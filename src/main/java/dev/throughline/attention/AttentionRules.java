package dev.throughline.attention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The rules the home screen runs, and how their items are ordered: by kind, then severity, then program. */
public final class AttentionRules {

    private AttentionRules() {
    }

    public static List<AttentionRule> standard() {
        return List.of(new ProgramHealthRule(), new IntakeResponseRule(), new MilestoneSlippingRule(),
                new MilestoneDueRule(), new TriggeredRiskRule(), new OverdueReviewRule(), new OverdueActionRule(),
                new StaleSnapshotRule(),
                new RaciProblemRule());
    }

    public static List<AttentionItem> run(List<AttentionRule> rules, PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (AttentionRule rule : rules) {
            items.addAll(rule.check(facts));
        }
        items.sort(Comparator.comparing(AttentionItem::kind).thenComparing(AttentionItem::severity)
                .thenComparing(i -> i.programKey() == null ? "" : i.programKey()).thenComparing(AttentionItem::title));
        return items;
    }
}
