package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.Agenda;
import dev.throughline.meeting.AgendaItem;
import dev.throughline.meeting.AgendaMarkdown;
import dev.throughline.meeting.SectionKind;
import dev.throughline.meeting.SyncMeeting;
import java.util.ArrayList;
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

@Command(name = "agenda", description = "Print the agenda of the next (or given) occurrence of a sync: as edited and"
        + " carried over when it is stored, else generated from the plan.")
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
            MeetingSeries series = SeriesChoice.pick(spec, workspace, program, seriesTitle);
            SyncMeeting meeting = workspace.occurrences().meeting(series.id(), date);
            Agenda agenda = meeting.isStored() ? withFreeItems(meeting.agenda())
                    : workspace.meetings().agenda(series.id(), meeting.date(), items);
            spec.commandLine().getOut().print(AgendaMarkdown.render(agenda));
            return Cli.OK;
        }
    }

    /** The stored agenda (edited ahead, with carry-over) plus any --item lines, which are printed, not stored. */
    private Agenda withFreeItems(Agenda stored) {
        List<AgendaItem> all = new ArrayList<>(stored.items());
        items.stream().filter(t -> !t.isBlank())
                .forEach(t -> all.add(new AgendaItem("Other", SectionKind.FREE, t.strip(), 2, "free item")));
        return new Agenda(stored.programKey(), stored.seriesTitle(), stored.start(), stored.durationMinutes(),
                stored.asyncFirst(), stored.attendees(), all);
    }
}
