package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.Tabular;
import dev.throughline.program.Program;
import dev.throughline.risk.RaidItem;
import dev.throughline.risk.RaidRow;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "risks", description = "List a program's RAID log with score, band and whether its trigger holds today.")
final class RisksCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example SSO-7.")
    private String programKey;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            List<List<String>> rows = workspace.risks().rows(program.id()).stream()
                    .sorted(java.util.Comparator.comparingInt(RaidRow::score).reversed()
                            .thenComparing(r -> r.item().id()))
                    .map(RisksCommand::row).toList();
            spec.commandLine().getOut().print(new Tabular(List.of("ref", "type", "title", "owner", "probability",
                    "impact", "score", "band", "residual_score", "response", "proximity", "review", "status",
                    "triggered", "trigger", "why_triggered", "milestones"), rows).render(format.value()));
            return Cli.OK;
        }
    }

    private static List<String> row(RaidRow r) {
        RaidItem i = r.item();
        return List.of(i.ref(), lower(i.type()), i.title(), r.owner(), String.valueOf(i.probability()),
                String.valueOf(i.impact()), String.valueOf(i.score()), lower(i.band()),
                i.hasResidual() ? String.valueOf(i.residualScore()) : "", i.response() == null ? "" : lower(i.response()),
                lower(i.proximity()), i.reviewDate() == null ? "" : i.reviewDate().toString(), lower(i.status()),
                String.valueOf(r.triggered()), r.triggerText(), r.triggeredBecause(), String.join("; ", r.milestones()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
