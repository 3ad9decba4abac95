package dev.throughline.attention;

import dev.throughline.program.Health;
import dev.throughline.program.Program;
import java.util.List;

/** A program reported off track (urgent) or at risk, with the reason it gives. */
public final class ProgramHealthRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        return facts.programs().stream().filter(p -> p.health() != Health.ON_TRACK).map(ProgramHealthRule::item).toList();
    }

    private static AttentionItem item(Program p) {
        return new AttentionItem(AttentionItem.Kind.PROGRAM_HEALTH,
                p.health() == Health.OFF_TRACK ? AttentionItem.Severity.URGENT : AttentionItem.Severity.SOON,
                p.id(), p.key(), null, p.name() + " is " + p.health().label().toLowerCase(java.util.Locale.ROOT),
                p.healthReason().isBlank() ? "No reason given." : p.healthReason(), AttentionItem.Target.OVERVIEW);
    }
}
