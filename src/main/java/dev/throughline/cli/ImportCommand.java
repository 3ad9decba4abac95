package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.CsvKind;
import dev.throughline.interchange.HeaderMapping;
import dev.throughline.interchange.ImportOptions;
import dev.throughline.interchange.ImportPlan;
import dev.throughline.interchange.ImportTarget;
import dev.throughline.interchange.InterchangeService;
import dev.throughline.interchange.InterchangeService.CsvInspection;
import dev.throughline.interchange.InterchangeService.ImportResult;
import dev.throughline.interchange.InterchangeService.Inspection;
import dev.throughline.interchange.SourcePlan;
import dev.throughline.interchange.SourcePlan.TaskKind;
import dev.throughline.interchange.Tabular;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {"Import a plan (MS Project .mpp/.xml, GanttProject .gan, Planner, MPX, XER, ...)"
        + " or a CSV of milestones, RAID items or people.",
        "Prints what will be created, matched and skipped; without --dry-run, backs up and imports (one undoable step)."})
final class ImportCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    private Path file;

    static final class Target {
        @Option(names = "--program", paramLabel = "KEY", description = "Import into this existing program.")
        String program;

        @Option(names = "--new", paramLabel = "KEY", description = "Create a new program with this key.")
        String newKey;
    }

    @ArgGroup(exclusive = true)
    private Target target;

    @Option(names = "--name", paramLabel = "NAME", description = "Name of the new program (default: the file's title).")
    private String name;

    @Option(names = "--tpgm", paramLabel = "PERSON", description = "Who runs the new program: a name or email in the"
            + " directory or the file (default: the file's manager).")
    private String tpgm;

    @Option(names = "--milestones", split = ",", paramLabel = "KINDS",
            description = "Which tasks become milestones: milestone, summary, task (default: milestone,summary).")
    private List<String> kinds;

    @Option(names = "--csv", paramLabel = "KIND", description = "What a CSV holds: milestones, raid or people (default: guessed from its headers).")
    private String csvKind;

    @Option(names = "--map", paramLabel = "FIELD=HEADER", description = "CSV column for a field, for example --map forecast=\"Due date\".")
    private Map<String, String> mapping;

    @Option(names = "--dry-run", description = "Only print the preview; write nothing.")
    private boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = dryRun ? openForReading() : openForWriting()) {
            InterchangeService interchange = workspace.interchange();
            Inspection inspection = interchange.inspect(file);
            HeaderMapping headerMapping = csvMapping(inspection);
            SourcePlan source = interchange.source(inspection, headerMapping);
            ImportOptions options = new ImportOptions(target(workspace), milestoneKinds());
            ImportPlan plan = interchange.preview(source, options);
            print(out, plan);
            if (!plan.canImport()) {
                spec.commandLine().getErr().println("throughline: " + ErrorText.oneLine(String.join(" ", plan.blockers())));
                return Cli.BAD_INPUT;
            }
            if (dryRun) {
                out.println("Dry run: nothing was written.");
                return Cli.OK;
            }
            ImportResult result = interchange.importSource(source, options);
            out.printf("Imported %s into %s. Backup before the import: %s%n", file.getFileName(),
                    result.plan().programLabel(), result.backup());
            return Cli.OK;
        }
    }

    private HeaderMapping csvMapping(Inspection inspection) {
        if (!(inspection instanceof CsvInspection csv)) {
            return null;
        }
        HeaderMapping result = csv.mapping();
        if (csvKind != null) {
            CsvKind kind = switch (csvKind.toLowerCase(Locale.ROOT)) {
                case "milestones" -> CsvKind.MILESTONES;
                case "raid" -> CsvKind.RAID;
                case "people" -> CsvKind.PEOPLE;
                default -> throw new ParameterException(spec.commandLine(), "--csv takes milestones, raid or people, not " + csvKind);
            };
            result = HeaderMapping.guess(kind, csv.table().headers());
        }
        if (mapping != null) {
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                result = result.with(e.getKey(), e.getValue());
            }
        }
        return result;
    }

    private ImportTarget target(Workspace workspace) {
        if (target != null && target.program != null) {
            return new ImportTarget.Existing(workspace.programs().byKey(target.program).id());
        }
        if (target != null && target.newKey != null) {
            return new ImportTarget.NewProgram(target.newKey, name, tpgm);
        }
        if (InterchangeService.isCsv(file)) {
            return new ImportTarget.Directory();
        }
        throw new ParameterException(spec.commandLine(), "Say where the plan goes: --program KEY or --new KEY.");
    }

    private Set<TaskKind> milestoneKinds() {
        if (kinds == null || kinds.isEmpty()) {
            return ImportOptions.defaultKinds();
        }
        Set<TaskKind> set = EnumSet.noneOf(TaskKind.class);
        for (String k : kinds) {
            switch (k.strip().toLowerCase(Locale.ROOT)) {
                case "milestone", "milestones" -> set.add(TaskKind.MILESTONE);
                case "summary", "summaries" -> set.add(TaskKind.SUMMARY);
                case "task", "tasks" -> set.add(TaskKind.TASK);
                default -> throw new ParameterException(spec.commandLine(),
                        "--milestones takes milestone, summary and task, not " + k);
            }
        }
        return set;
    }

    static void print(PrintWriter out, ImportPlan plan) {
        out.printf("%s (%s) -> %s%n", plan.fileName(), plan.format(), plan.programLabel());
        List<List<String>> rows = new ArrayList<>();
        for (ImportPlan.Line line : plan.lines()) {
            rows.add(List.of(line.action().name().toLowerCase(Locale.ROOT), line.kind().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), line.name(), line.why()));
        }
        out.print(new Tabular(List.of("action", "what", "name", "why"), rows).table());
        out.println(plan.summary());
    }
}
