package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.Tabular;
import dev.throughline.meeting.ActionRow;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "actions", description = "List action items: a program's (all states), or the open ones of every program.")
final class ActionsCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROGRAM", description = "Program key (default: every program, open only).")
    private String programKey;

    @Option(names = "--overdue", description = "Only open items past their due date.")
    private boolean overdue;

    @Mixin
    private TabularFormat format;

    @Override
    public Integer call() {
        try (Workspace workspace = openForReading()) {
            LocalDate today = workspace.decisionLog().today();
            List<ActionRow> rows = programKey == null ? workspace.decisionLog().openActionsAcrossPrograms()
                    : workspace.decisionLog().actions(workspace.programs().byKey(programKey).id());
            List<List<String>> out = rows.stream().filter(r -> !overdue || r.item().isOverdue(today))
                    .map(r -> List.of(r.programKey(), r.item().title(), r.owner(),
                            r.item().due() == null ? "" : r.item().due().toString(), r.item().status().label(),
                            String.valueOf(r.item().ageDays(today)), String.valueOf(r.item().isOverdue(today))))
                    .toList();
            spec.commandLine().getOut().print(new Tabular(List.of("program", "action", "owner", "due", "status",
                    "age_days", "overdue"), out).render(format.value()));
            return Cli.OK;
        }
    }
}
