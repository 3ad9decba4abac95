package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.Tabular;
import dev.throughline.program.ProgramSummary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "programs", description = "List the programs of the portfolio.")
final class ProgramsCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TabularFormat format;

    @Option(names = "--archived", description = "Include archived programs.")
    private boolean archived;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            List<List<String>> rows = workspace.programs().portfolio().stream()
                    .filter(p -> archived || !p.archived())
                    .map(ProgramsCommand::row).toList();
            Tabular table = new Tabular(List.of("key", "name", "status", "health", "health_reason", "tpgm", "target",
                    "priority", "archived", "health_from"), rows);
            spec.commandLine().getOut().print(table.render(format.value()));
            return Cli.OK;
        }
    }

    private static List<String> row(ProgramSummary p) {
        return List.of(p.key(), p.name(), p.status().name().toLowerCase(java.util.Locale.ROOT), p.health().name().toLowerCase(java.util.Locale.ROOT),
                p.healthReason(), p.tpgmName(), p.target() == null ? "" : p.target().toString(), p.priority().name(),
                String.valueOf(p.archived()), p.current().sourceColumn());
    }
}
