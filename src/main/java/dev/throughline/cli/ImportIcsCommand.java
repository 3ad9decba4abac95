package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.CalendarService;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.program.Program;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-ics", description = "Add the recurring events of an iCalendar file to a program as sync series"
        + " (all of them or, when one is wrong, none).")
final class ImportIcsCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Parameters(index = "1", paramLabel = "FILE", description = "The .ics file to read.")
    private Path file;

    @Override
    public Integer call() {
        try (Workspace workspace = openForWriting()) {
            Program program = workspace.programs().byKey(programKey);
            CalendarService.Imported imported = workspace.calendars().importFrom(program.id(), file);
            for (MeetingSeries s : imported.series()) {
                spec.commandLine().getOut().println("Added “" + s.title() + "” (" + s.rrule() + ", " + s.zone().getId() + ")");
            }
            imported.notes().forEach(n -> spec.commandLine().getOut().println("Note: " + n));
            return Cli.OK;
        }
    }
}
