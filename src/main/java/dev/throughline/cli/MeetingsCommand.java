package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.Tabular;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.Occurrence;
import dev.throughline.program.Program;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "meetings", description = "List a program's sync series and their next occurrences, with"
        + " attendees outside their working hours.")
final class MeetingsCommand extends WorkspaceOptions implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example CHK-12.")
    private String programKey;

    @Option(names = "--next", defaultValue = "3", paramLabel = "N",
            description = "Occurrences to show per series (1-50, default: ${DEFAULT-VALUE}).")
    private int next;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Show times in this zone (default: this computer's zone).")
    private String zone;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        if (next < 1 || next > 50) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--next must be from 1 to 50; " + next
                    + " is not.");
        }
        ZoneId viewer;
        try {
            viewer = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "“" + zone + "” is not a time zone;"
                    + " use a region like America/Los_Angeles.");
        }
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            LocalDate today = workspace.meetings().today();
            List<List<String>> rows = new ArrayList<>();
            for (MeetingSeries s : workspace.meetings().series(program.id())) {
                for (Occurrence o : workspace.meetings().occurrences(s, today, today.plusDays(366), next)) {
                    rows.add(List.of(s.title(), s.rrule(), WHEN.format(o.start()) + " " + s.zone().getId(),
                            WHEN.format(o.startIn(viewer)) + " " + viewer.getId(), String.valueOf(s.durationMinutes()),
                            String.valueOf(s.asyncFirst()), String.join("; ", o.warnings())));
                }
            }
            spec.commandLine().getOut().print(new Tabular(List.of("series", "rule", "start", "your_time", "minutes",
                    "async_first", "warnings"), rows).render(format.value()));
            return Cli.OK;
        }
    }
}
