package dev.throughline.attention;

import dev.throughline.intake.IntakeRow;
import dev.throughline.intake.ResponseClock;
import java.util.ArrayList;
import java.util.List;

/** An intake request with no first response that is close to (due soon) or past the 24-working-hour goal. */
public final class IntakeResponseRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (IntakeRow row : facts.intake()) {
            if (!row.request().status().isOpen() || !row.standsOut()) {
                continue;
            }
            boolean overdue = row.response().state() == ResponseClock.State.OVERDUE;
            items.add(new AttentionItem(AttentionItem.Kind.INTAKE_RESPONSE, overdue ? AttentionItem.Severity.URGENT
                    : AttentionItem.Severity.SOON, null, row.request().ref(), row.request().id(),
                    row.request().initiative(), "from " + row.requester() + ": " + row.response().describe()
                    + " to a first answer", AttentionItem.Target.INTAKE));
        }
        return items;
    }
}
