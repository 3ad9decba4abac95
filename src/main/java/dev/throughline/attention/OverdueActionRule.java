package dev.throughline.attention;

import dev.throughline.meeting.ActionItem;
import dev.throughline.meeting.ActionRow;
import dev.throughline.program.Program;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An open action item of a running program past its due date; a week late or more is urgent. */
public final class OverdueActionRule implements AttentionRule {

    static final int URGENT_AFTER_DAYS = 7;

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (ActionRow row : facts.openActions()) {
            ActionItem action = row.item();
            Optional<Program> program = facts.program(action.programId());
            if (program.isEmpty() || !action.isOverdue(facts.today())) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(action.due(), facts.today());
            String owner = row.owner() == null || row.owner().isBlank() ? "no owner" : row.owner();
            items.add(new AttentionItem(AttentionItem.Kind.ACTION_OVERDUE,
                    late >= URGENT_AFTER_DAYS ? AttentionItem.Severity.URGENT : AttentionItem.Severity.SOON,
                    action.programId(), program.get().key(), null, action.title(),
                    owner + " · due " + action.due() + ", " + late + (late == 1 ? " day" : " days") + " overdue",
                    AttentionItem.Target.DECISIONS, action.id()));
        }
        return items;
    }
}
