package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.program.Program;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Picks a program's series by title, or its only series when no title is given. */
final class SeriesChoice {

    private SeriesChoice() {
    }

    static MeetingSeries pick(CommandSpec spec, Workspace workspace, Program program, String title) {
        if (title != null) {
            return workspace.meetings().byTitle(program.id(), title);
        }
        List<MeetingSeries> all = workspace.meetings().series(program.id());
        if (all.size() != 1) {
            throw new ParameterException(spec.commandLine(), program.key() + " has " + all.size()
                    + " sync series; choose one with --series" + (all.isEmpty() ? "." : " ("
                    + String.join(", ", all.stream().map(MeetingSeries::title).toList()) + ")."));
        }
        return all.get(0);
    }
}
