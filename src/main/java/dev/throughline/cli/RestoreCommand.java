package dev.throughline.cli;

import dev.throughline.store.Recovery;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Replace the workspace with a backup; the current file is kept aside, never deleted.")
final class RestoreCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file to restore (see 'backups').")
    private Path backup;

    @Override
    public Integer call() {
        Recovery.Restored restored = Recovery.restore(workspacePath(), backup, Clock.systemUTC());
        spec.commandLine().getOut().println(restored.describe());
        return Cli.OK;
    }
}
