package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.program.Program;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "baseline", description = "Take a named baseline of a program: freeze every milestone's forecast.")
final class BaselineCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Name of the baseline, unique in the program.")
    private String name;

    @Override
    public Integer call() {
        try (Workspace workspace = openForWriting()) {
            Program program = workspace.programs().byKey(programKey);
            workspace.milestones().takeBaseline(program.id(), name);
            spec.commandLine().getOut().printf("Took baseline \"%s\" of %s: %d milestones.%n", name.strip(), program.key(),
                    workspace.milestones().milestones(program.id()).size());
            return Cli.OK;
        }
    }
}
