package dev.throughline.cli;

import dev.throughline.store.OutputTarget;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --force}: whether an output may replace an existing file. Never the workspace or its files. */
final class Overwrite {

    @Option(names = "--force", description = "Replace the output file if it already exists"
            + " (never the workspace, its -wal, lock or backups, a device or a folder).")
    private boolean force;

    OutputTarget target(Path out, Path workspace) {
        return OutputTarget.of(out, workspace, force ? OutputTarget.IfExists.REPLACE : OutputTarget.IfExists.REFUSE);
    }
}
