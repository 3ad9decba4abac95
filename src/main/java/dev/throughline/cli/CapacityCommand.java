package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.capacity.Capacity;
import dev.throughline.interchange.Tabular;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "capacity", description = "Each TPgM's load (running programs weighted by size and criticality, syncs"
        + " per week, A/R deliverables) and headroom against a budget of 6 points, most headroom first.")
final class CapacityCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            List<List<String>> rows = workspace.capacity().rows().stream().map(r -> List.of(r.name(),
                    String.valueOf(r.programs().size()), r.programList(), Capacity.format(r.programPoints()),
                    Capacity.format(r.syncsPerWeek()), String.valueOf(r.arDeliverables()), Capacity.format(r.load()),
                    Capacity.format(r.headroom()))).toList();
            spec.commandLine().getOut().print(new Tabular(List.of("tpgm", "programs", "program_list", "program_points",
                    "syncs_per_week", "ar_deliverables", "load", "headroom"), rows).render(format.value()));
            return Cli.OK;
        }
    }
}
