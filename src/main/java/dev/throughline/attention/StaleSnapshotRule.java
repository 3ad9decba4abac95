package dev.throughline.attention;

import dev.throughline.program.Program;
import dev.throughline.program.ProgramStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An active program whose newest status snapshot is more than a week old, or that has none. */
public final class StaleSnapshotRule implements AttentionRule {

    public static final Duration MAX_AGE = Duration.ofDays(7);

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (Program p : facts.programs()) {
            if (p.status() != ProgramStatus.ACTIVE) {
                continue;
            }
            Instant last = facts.lastSnapshot().get(p.id());
            if (last != null && Duration.between(last, facts.now()).compareTo(MAX_AGE) <= 0) {
                continue;
            }
            String detail = last == null ? "no status snapshot has been taken yet"
                    : "last snapshot " + Duration.between(last, facts.now()).toDays() + " days ago ("
                    + last.toString().substring(0, 10) + ")";
            items.add(new AttentionItem(AttentionItem.Kind.SNAPSHOT_STALE, AttentionItem.Severity.WATCH, p.id(), p.key(),
                    null, p.name(), detail + "; take this week's snapshot", AttentionItem.Target.OVERVIEW));
        }
        return items;
    }
}
