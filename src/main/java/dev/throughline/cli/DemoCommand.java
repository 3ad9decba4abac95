package dev.throughline.cli;

import dev.throughline.app.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Load the sample portfolio into an empty workspace.")
final class DemoCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace workspace = openForWriting()) {
            workspace.sample().load();
            spec.commandLine().getOut().printf("Loaded the sample portfolio into %s: %d programs, %d people.%n",
                    workspace.file(), workspace.programs().all().size(), workspace.people().all().size());
            return Cli.OK;
        }
    }
}
