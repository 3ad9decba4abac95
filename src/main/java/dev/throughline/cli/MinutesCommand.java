package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.OccurrenceRecord;
import dev.throughline.meeting.OccurrenceState;
import dev.throughline.program.Program;
import dev.throughline.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "minutes", description = "Print the minutes (Markdown) of a sync that ran: the latest one, or the given date.")
final class MinutesCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Option(names = "--series", paramLabel = "TITLE",
            description = "Series title (may be left out when the program has exactly one).")
    private String seriesTitle;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "The occurrence's date (default: the latest that ended).")
    private LocalDate date;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            MeetingSeries series = SeriesChoice.pick(spec, workspace, program, seriesTitle);
            List<OccurrenceRecord> ended = workspace.occurrences().stored(series.id()).stream()
                    .filter(o -> o.state() == OccurrenceState.ENDED && (date == null || o.date().equals(date))).toList();
            if (ended.isEmpty()) {
                throw new ValidationException("date", "“" + series.title() + "” has no minutes"
                        + (date == null ? " yet: no sync of it has ended." : " for " + date + "."));
            }
            spec.commandLine().getOut().print(ended.get(ended.size() - 1).minutes());
            return Cli.OK;
        }
    }
}
