package dev.throughline.attention;

import dev.throughline.risk.RaidRow;
import dev.throughline.risk.TriggerKind;
import java.util.ArrayList;
import java.util.List;

/**
 * An open RAID item whose review date has passed; one whose trigger is "review date passed" and holds is
 * already listed as triggered, so it is not listed twice.
 */
public final class OverdueReviewRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (RaidRow row : facts.raid()) {
            boolean listedAsTriggered = row.triggered() && row.item().trigger() != null
                    && row.item().trigger().kind() == TriggerKind.REVIEW_OVERDUE;
            if (!row.reviewOverdue() || listedAsTriggered || facts.program(row.item().programId()).isEmpty()) {
                continue;
            }
            items.add(new AttentionItem(AttentionItem.Kind.REVIEW_OVERDUE, AttentionItem.Severity.WATCH,
                    row.item().programId(), row.programKey(), null, row.item().ref() + " " + row.item().title(),
                    "review was due " + row.item().reviewDate() + (row.owner().isBlank() ? "" : " (owner " + row.owner()
                    + ")"), AttentionItem.Target.RAID, row.item().id()));
        }
        return items;
    }
}
