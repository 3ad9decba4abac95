package dev.throughline.cli;

import dev.throughline.interchange.Tabular;
import dev.throughline.store.BackupCatalog;
import dev.throughline.store.BackupInfo;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "backups", description = "List the workspace's backups, newest first, with what each holds.")
final class BackupsCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        BackupCatalog catalog = new BackupCatalog(workspacePath(), Clock.systemUTC());
        List<BackupInfo> backups = catalog.list(true);
        if (backups.isEmpty() && format.value() == Tabular.Format.TABLE) {
            spec.commandLine().getOut().println("No backups yet in " + catalog.folder());
            return Cli.OK;
        }
        List<List<String>> rows = backups.stream().map(b -> List.of(b.takenAt().toString(), b.kind(),
                String.valueOf(b.sizeBytes()), b.counts(), b.sound() ? "ok" : "DAMAGED", b.file().toString())).toList();
        spec.commandLine().getOut().print(new Tabular(List.of("taken_at", "kind", "bytes", "holds", "check", "file"), rows)
                .render(format.value()));
        return Cli.OK;
    }
}
