package dev.throughline.attention;

import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.program.Program;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * An open milestone forecast from today to the end of this working week (on a weekend: the coming one),
 * so the TPgM can check it will land.
 */
public final class MilestoneDueRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        LocalDate today = facts.today();
        LocalDate weekEnd = weekEnd(today);
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
                        AttentionItem.Target.MILESTONES));
            }
        }
        return items;
    }

    /** Friday of this week; from Saturday on, Friday of the next. */
    static LocalDate weekEnd(LocalDate today) {
        DayOfWeek day = today.getDayOfWeek();
        LocalDate from = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
                ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : today;
        return from.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }
}
