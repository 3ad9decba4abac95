package dev.throughline.attention;

import dev.throughline.program.Program;
import dev.throughline.raci.RaciRules;
import java.util.ArrayList;
import java.util.List;

/** A program whose RACI breaks a rule (no Accountable, two, no Responsible): one item per program. */
public final class RaciProblemRule implements AttentionRule {

    @Override
    public List<AttentionItem> check(PortfolioFacts facts) {
        List<AttentionItem> items = new ArrayList<>();
        for (Program p : facts.programs()) {
            List<RaciRules.RowProblem> problems = facts.raciProblems().getOrDefault(p.id(), List.of());
            if (problems.isEmpty()) {
                continue;
            }
            items.add(new AttentionItem(AttentionItem.Kind.RACI_PROBLEM, AttentionItem.Severity.WATCH, p.id(), p.key(),
                    null, p.name(), String.join("; ", RaciRules.summary(problems)), AttentionItem.Target.RACI,
                    problems.get(0).deliverableId()));
        }
        return items;
    }
}
