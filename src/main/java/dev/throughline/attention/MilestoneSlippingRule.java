package dev.throughline.attention;

import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.program.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * An open milestone forecast later than its baseline, past its deadline, or whose forecast date has gone by
 * without an actual. Past the deadline or the date is urgent; a slip against the baseline is soon.
 */
public final class MilestoneSlippingRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (Program p : facts.programs()) {
            for (MilestoneRow row : facts.milestonesOf(p.id())) {
                Milestone m = row.milestone();
                if (m.status().isSettled()) {
                    continue;
                }
                String why;
                AttentionItem.Severity severity = AttentionItem.Severity.URGENT;
                if (m.forecast().isBefore(facts.today())) {
                    why = "forecast " + m.forecast() + " has passed without an actual date";
                } else if (m.deadline() != null && m.forecast().isAfter(m.deadline())) {
                    why = "forecast " + m.forecast() + " is after its deadline " + m.deadline();
                } else if (row.slipped()) {
                    why = "forecast " + m.forecast() + " is " + row.varianceDays() + " days after the baseline "
                            + row.comparedBaseline();
                    severity = AttentionItem.Severity.SOON;
                } else {
                    continue;
                }
                items.add(new AttentionItem(AttentionItem.Kind.MILESTONE_SLIPPING, severity, p.id(), p.key(), null,
                        m.title(), why + (row.owner() == null || row.owner().isBlank() ? "" : " (owner " + row.owner()
                        + ")"), AttentionItem.Target.MILESTONES, m.id()));
            }
        }
        return items;
    }
}
