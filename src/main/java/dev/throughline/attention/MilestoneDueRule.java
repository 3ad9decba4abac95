package dev.throughline.attention;

import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.program.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An open milestone forecast in the coming week (today and the six days after), so the TPgM can check it
 * will land. A rolling week: on a Friday, next week's dates matter more than today's alone.
 */
public final class MilestoneDueRule implements AttentionRule {

    public static final int DAYS = 7;

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        LocalDate today = facts.today();
        LocalDate weekEnd = today.plusDays(DAYS - 1);
        List<AttentionItem> items = new ArrayList<>();
        for (Program p : facts.programs()) {
            for (MilestoneRow row : facts.milestonesOf(p.id())) {
                Milestone m = row.milestone();
                if (m.status().isSettled() || m.forecast().isBefore(today) || m.forecast().isAfter(weekEnd)) {
                    continue;
                }
                items.add(new AttentionItem(AttentionItem.Kind.MILESTONE_DUE, m.forecast().equals(today)
                        ? AttentionItem.Severity.URGENT : AttentionItem.Severity.SOON, p.id(), p.key(), null, m.title(),
                        "due " + (m.forecast().equals(today) ? "today" : m.forecast().getDayOfWeek().getDisplayName(
                                java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + m.forecast())
                                + (row.owner() == null || row.owner().isBlank() ? ", no owner" : ", owner " + row.owner()),
                        AttentionItem.Target.MILESTONES, m.id()));
            }
        }
        return items;
    }
}
