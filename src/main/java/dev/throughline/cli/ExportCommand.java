package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.CsvKind;
import dev.throughline.interchange.InterchangeService.ExportFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {"Export a program to MS Project XML (MSPDI; opens in MS Project and ProjectLibre)"
        + " or to spreadsheet-safe CSV.", "The file is written whole or not at all."})
final class ExportCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "mspdi or csv.")
    private ExportFormat format;

    @Option(names = "--what", paramLabel = "WHAT", defaultValue = "milestones",
            description = "For csv: milestones (default), raid, or people (the whole directory).")
    private String what;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (a new file; --force replaces one).")
    private Path out;

    @Mixin
    private Overwrite overwrite;

    @Override
    public Integer call() {
        var target = overwrite.target(out, workspacePath());
        target.check();
        try (Workspace workspace = openForReading()) {
            long programId = workspace.programs().byKey(programKey).id();
            if (format == ExportFormat.MSPDI) {
                workspace.interchange().export(programId, format, target);
            } else {
                workspace.interchange().exportCsv(programId, kind(), target);
            }
            spec.commandLine().getOut().printf("Wrote %s.%n", out.toAbsolutePath());
            return Cli.OK;
        }
    }

    private CsvKind kind() {
        return switch (what.toLowerCase(Locale.ROOT)) {
            case "milestones" -> CsvKind.MILESTONES;
            case "raid" -> CsvKind.RAID;
            case "people" -> CsvKind.PEOPLE;
            default -> throw new ParameterException(spec.commandLine(), "--what takes milestones, raid or people, not " + what);
        };
    }
}
