package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.program.Program;
import dev.throughline.raci.RaciExport;
import dev.throughline.raci.RaciMatrix;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "raci", description = "Print a program's RACI matrix and what breaks its rules (exit 1 when a rule is broken).")
final class RaciCommand extends WorkspaceOptions implements Callable<Integer> {

    enum Format { TABLE, MD, CSV }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example SSO-7.")
    private String programKey;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|md|csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). CSV has a problems column;"
                    + " table and md list the problems below.")
    private Format format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            RaciMatrix matrix = workspace.raci().matrix(program.id());
            PrintWriter out = spec.commandLine().getOut();
            List<String> problems = RaciExport.problemLines(matrix);
            switch (format) {
                case MD -> out.print(RaciExport.markdown(matrix));
                case CSV -> out.print(RaciExport.tabular(matrix).csv());
                case TABLE -> {
                    out.print(RaciExport.tabular(matrix).table());
                    out.println();
                    if (problems.isEmpty()) {
                        out.println("No problems: every deliverable has exactly one Accountable and at least one Responsible.");
                    } else {
                        out.println("Problems:");
                        problems.forEach(line -> out.println("  " + line));
                    }
                }
            }
            return problems.isEmpty() ? Cli.OK : Cli.PROBLEMS;
        }
    }
}
