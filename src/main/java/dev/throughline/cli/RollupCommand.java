package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.snapshot.RollupExport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rollup", description = {"Portfolio roll-up: one row per program from its latest status snapshot",
        "(health, reason, last snapshot date, milestones slipped, red risks)."})
final class RollupCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|csv|html",
            description = "Export format (default: ${DEFAULT-VALUE}).")
    private RollupExport.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the console.")
    private Path out;

    @Mixin
    private Overwrite overwrite;

    @Override
    public Integer call() {
        var target = out == null ? null : overwrite.target(out, workspacePath());
        if (target != null) {
            target.check();
        }
        try (Workspace workspace = openForReading()) {
            var snapshots = workspace.snapshots();
            String text = RollupExport.render(format, snapshots.rollup(), snapshots.today());
            if (out == null) {
                spec.commandLine().getOut().print(text);
            } else {
                spec.commandLine().getOut().println("Wrote " + target.write(text.getBytes(StandardCharsets.UTF_8)));
            }
            return Cli.OK;
        }
    }
}
