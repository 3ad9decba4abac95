package dev.throughline.attention;

import dev.throughline.program.Health;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramHealth;
import java.util.List;

/**
 * A program whose one current health (its latest snapshot's, or a newer edit's) is off track (urgent) or at
 * risk, with its reason and where that health came from.
 */
public final class ProgramHealthRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        return facts.programs().stream().filter(p -> facts.healthOf(p).health() != Health.ON_TRACK)
                .map(p -> item(p, facts.healthOf(p))).toList();
    }

    private static AttentionItem item(Program p, ProgramHealth health) {
        return new AttentionItem(AttentionItem.Kind.PROGRAM_HEALTH,
                health.health() == Health.OFF_TRACK ? AttentionItem.Severity.URGENT : AttentionItem.Severity.SOON,
                p.id(), p.key(), null, p.name() + " is " + health.health().label().toLowerCase(java.util.Locale.ROOT),
                (health.reason().isBlank() ? "No reason given" : health.reason()) + " (" + health.origin() + ")",
                AttentionItem.Target.OVERVIEW);
    }
}
