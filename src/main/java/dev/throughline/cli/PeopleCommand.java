package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.Tabular;
import dev.throughline.people.Person;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "people", description = "List the people directory.")
final class PeopleCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            List<List<String>> rows = workspace.people().all().stream().map(PeopleCommand::row).toList();
            Tabular table = new Tabular(List.of("name", "role", "function", "email", "slack", "gitlab", "zone",
                    "work_start", "work_end"), rows);
            spec.commandLine().getOut().print(table.render(format.value()));
            return Cli.OK;
        }
    }

    private static List<String> row(Person p) {
        return List.of(p.name(), p.role(), p.function().label(), p.email(), p.slack(), p.gitlab(), p.zone().getId(),
                p.workStart().toString(), p.workEnd().toString());
    }
}
