package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.attention.AttentionDigest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attention", description = "Print the daily digest of what needs attention across the portfolio:"
        + " programs off track, slipping or due milestones, triggered risks, overdue reviews, stale snapshots,"
        + " intake requests near the response goal, RACI problems.")
final class AttentionCommand extends WorkspaceOptions implements Callable<Integer> {

    enum Format { MD }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            spec.commandLine().getOut().print(AttentionDigest.markdown(workspace.attention().items(),
                    workspace.attention().today()));
            return Cli.OK;
        }
    }
}
