package dev.throughline.cli;

import dev.throughline.store.OutputTarget;
import dev.throughline.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Write a verified copy of the workspace (SQLite backup API). Never overwrites a file.")
final class BackupCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the backup.")
    private Path out;

    @Override
    public Integer call() {
        OutputTarget target = OutputTarget.of(out, workspacePath(), OutputTarget.IfExists.NEVER);
        target.check();
        try (Store store = Store.open(workspacePath(), Store.Mode.READ_ONLY)) {
            store.backupTo(target.check());
            spec.commandLine().getOut().println("Backed up " + store.file() + " to " + out.toAbsolutePath());
            return Cli.OK;
        }
    }
}
