package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.Tabular;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.program.Program;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "milestones", description = "List a program's milestones with baseline, forecast, variance and what drives each date.")
final class MilestonesCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            List<List<String>> rows = workspace.milestones().rows(program.id(), null).stream()
                    .map(MilestonesCommand::row).toList();
            spec.commandLine().getOut().print(new Tabular(List.of("title", "workstream", "owner", "status", "baseline",
                    "forecast", "variance_days", "deadline", "actual", "driven_by"), rows).render(format.value()));
            return Cli.OK;
        }
    }

    private static List<String> row(MilestoneRow r) {
        Milestone m = r.milestone();
        return List.of(m.title(), r.workstream(), r.owner(), m.status().name().toLowerCase(java.util.Locale.ROOT),
                text(r.comparedBaseline()), text(m.forecast()),
                r.varianceDays() == null ? "" : (r.varianceDays() > 0 ? "+" : "") + r.varianceDays(),
                text(m.deadline()), text(m.actual()), r.drivenBy());
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
