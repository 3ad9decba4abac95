package dev.throughline.cli;

import dev.throughline.app.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.ParentCommand;

/** Gives a subcommand the workspace chosen by the global {@code --db}. */
abstract class WorkspaceOptions {

    @ParentCommand
    private Cli root;

    Path workspacePath() {
        return root.workspace();
    }

    Workspace openForReading() {
        return Workspace.openReadOnly(workspacePath());
    }

    Workspace openForWriting() {
        return Workspace.open(workspacePath());
    }
}
