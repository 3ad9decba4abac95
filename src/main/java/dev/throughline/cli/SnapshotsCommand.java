package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.Tabular;
import dev.throughline.program.Program;
import dev.throughline.snapshot.Snapshot;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "snapshots", description = "List a program's status snapshots, oldest first.")
final class SnapshotsCommand extends WorkspaceOptions implements Callable<Integer> {

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
            List<List<String>> rows = workspace.snapshots().history(program.id()).stream()
                    .map(SnapshotsCommand::row).toList();
            spec.commandLine().getOut().print(new Tabular(List.of("id", "taken_at", "health", "suggested", "reason",
                    "summary", "milestones", "raid_items"), rows).render(format.value()));
            return Cli.OK;
        }
    }

    private static List<String> row(Snapshot s) {
        return List.of(String.valueOf(s.id()), s.takenAt().toString(), lower(s.health()), lower(s.suggestedHealth()),
                s.reason(), s.summary(), String.valueOf(s.payload().milestones().size()),
                String.valueOf(s.payload().risks().size()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
