package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.intake.IntakeRequest;
import dev.throughline.intake.IntakeRow;
import dev.throughline.interchange.Tabular;
import dev.throughline.people.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "intake", description = "List intake requests with their response clock (24 working hours, 8:00-16:00"
        + " Pacific, Mon-Fri), newest first.")
final class IntakeCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--open", description = "Only requests still in triage (new or asked for more).")
    private boolean openOnly;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            List<List<String>> rows = workspace.intake().rows().stream()
                    .filter(r -> !openOnly || r.request().status().isOpen()).map(IntakeCommand::row).toList();
            spec.commandLine().getOut().print(new Tabular(List.of("ref", "received", "requester", "initiative",
                    "complexity", "criticality", "functions", "desired", "status", "first_response", "response",
                    "response_detail", "due", "program", "note"), rows).render(format.value()));
            return Cli.OK;
        }
    }

    private static List<String> row(IntakeRow row) {
        IntakeRequest r = row.request();
        List<String> functions = new ArrayList<>(r.functions().stream().sorted().map(Function::label).toList());
        if (!r.otherFunctions().isBlank()) {
            functions.add(r.otherFunctions());
        }
        return List.of(r.ref(), r.receivedAt().toString(), row.requester(), r.initiative(), lower(r.complexity()),
                lower(r.criticality()), String.join(", ", functions), r.desiredDate() == null ? "" : r.desiredDate().toString(),
                lower(r.status()), r.firstResponseAt() == null ? "" : r.firstResponseAt().toString(),
                lower(row.response().state()), row.response().describe(), row.response().due().toString(),
                row.programKey(), r.triageNote());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
