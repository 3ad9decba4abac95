package dev.throughline.attention;

import dev.throughline.risk.Band;
import dev.throughline.risk.RaidRow;
import java.util.ArrayList;
import java.util.List;

/** A RAID item whose trigger holds against today's plan; a red one is urgent. */
public final class TriggeredRiskRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (RaidRow row : facts.raid()) {
            if (!row.triggered() || facts.program(row.item().programId()).isEmpty()) {
                continue;
            }
            items.add(new AttentionItem(AttentionItem.Kind.RISK_TRIGGERED, row.band() == Band.RED
                    ? AttentionItem.Severity.URGENT : AttentionItem.Severity.SOON, row.item().programId(),
                    row.programKey(), null, row.item().ref() + " " + row.item().title(),
                    "triggered: " + row.triggeredBecause() + " (score " + row.score() + ")", AttentionItem.Target.RAID,
                    row.item().id()));
        }
        return items;
    }
}
