package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.Agenda;
import dev.throughline.meeting.AgendaMarkdown;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.program.Program;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "agenda", description = "Print the agenda generated from the plan for the next (or given) occurrence"
        + " of a sync.")
final class AgendaCommand extends WorkspaceOptions implements Callable<Integer> {

    enum Format { MD }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Option(names = "--series", paramLabel = "TITLE",
            description = "Series title (may be left out when the program has exactly one).")
    private String seriesTitle;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "The occurrence's date (default: the next one).")
    private LocalDate date;

    @Option(names = "--item", paramLabel = "TEXT", description = "A free agenda item (repeatable).")
    private List<String> items = List.of();

    @Option(names = "--format", defaultValue = "md", paramLabel = "md",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            MeetingSeries series;
            if (seriesTitle != null) {
                series = workspace.meetings().byTitle(program.id(), seriesTitle);
            } else {
                List<MeetingSeries> all = workspace.meetings().series(program.id());
                if (all.size() != 1) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), program.key() + " has "
                            + all.size() + " sync series; choose one with --series"
                            + (all.isEmpty() ? "." : " (" + String.join(", ", all.stream().map(MeetingSeries::title)
                            .toList()) + ")."));
                }
                series = all.get(0);
            }
            Agenda agenda = workspace.meetings().agenda(series.id(), date, items);
            spec.commandLine().getOut().print(AgendaMarkdown.render(agenda));
            return Cli.OK;
        }
    }
}
