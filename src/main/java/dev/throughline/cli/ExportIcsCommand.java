package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.CalendarService;
import dev.throughline.program.Program;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export-ics", description = "Write a program's sync series (RRULE, skipped dates, zone) and milestones"
        + " (all-day events) as an iCalendar file that calendar apps import.")
final class ExportIcsCommand extends WorkspaceOptions implements Callable<Integer> {

    enum Content { all, series, milestones }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write (a new file; --force replaces one).")
    private Path out;

    @Mixin
    private Overwrite overwrite;

    @Option(names = "--only", defaultValue = "all", paramLabel = "WHAT",
            description = "What to export: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Content only;

    @Option(names = "--series", paramLabel = "TITLE", description = "Export only this series (implies --only series).")
    private String seriesTitle;

    @Override
    public Integer call() {
        var target = overwrite.target(out, workspacePath());
        target.check();
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            Long one = seriesTitle == null ? null : workspace.meetings().byTitle(program.id(), seriesTitle).id();
            CalendarService.Content content = one != null ? CalendarService.Content.SERIES : switch (only) {
                case all -> CalendarService.Content.BOTH;
                case series -> CalendarService.Content.SERIES;
                case milestones -> CalendarService.Content.MILESTONES;
            };
            int events = workspace.calendars().exportTo(program.id(), content, one, target);
            spec.commandLine().getOut().println("Wrote " + events + " event(s) of " + program.key() + " to "
                    + out.toAbsolutePath());
            return Cli.OK;
        }
    }
}
