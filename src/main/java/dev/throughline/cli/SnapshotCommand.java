package dev.throughline.cli;

import dev.throughline.app.Workspace;
import dev.throughline.program.Health;
import dev.throughline.program.Program;
import dev.throughline.snapshot.Snapshot;
import dev.throughline.snapshot.SnapshotDiff;
import dev.throughline.snapshot.SnapshotDraft;
import dev.throughline.snapshot.SnapshotExport;
import dev.throughline.snapshot.SnapshotService;
import dev.throughline.validation.ValidationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "snapshot", description = {"Take, export or compare a program's status snapshots.",
        "  snapshot KEY --save [--summary TEXT] [--health on_track|at_risk|off_track --reason TEXT]",
        "  snapshot KEY [--id ID] [--format md|slack|html|pdf|csv|json] [--out FILE]   (default: the latest)",
        "  snapshot KEY --diff ID1 ID2"})
final class SnapshotCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example SSO-7.")
    private String programKey;

    @Option(names = {"--save", "--take"}, description = "Freeze the program as it is now (one undoable step in the app).")
    private boolean take;

    @Option(names = "--summary", paramLabel = "TEXT", description = "Summary (default: drafted from what changed).")
    private String summary;

    @Option(names = "--health", paramLabel = "HEALTH", description = "Chosen health (default: the suggested one).")
    private Health health;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, when the health differs from the suggestion.")
    private String reason;

    @Option(names = {"--id", "--show"}, paramLabel = "ID",
            description = "Export snapshot ID (default: the latest), with what changed since the one before.")
    private Long show;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|slack|html|pdf|csv|json",
            description = "Export format (default: ${DEFAULT-VALUE}).")
    private SnapshotExport.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the export to FILE instead of the console.")
    private Path out;

    @Mixin
    private Overwrite overwrite;

    @Option(names = "--diff", arity = "2", paramLabel = "ID", description = "What changed from snapshot ID1 to ID2.")
    private List<Long> diff;

    @Override
    public Integer call() {
        if (take && (show != null || diff != null) || show != null && diff != null) {
            throw new ValidationException("mode", "Give at most one of --save, --id ID or --diff ID1 ID2.");
        }
        if (format == SnapshotExport.Format.PDF && out == null && !take && diff == null) {
            throw new ValidationException("out", "A PDF export needs --out FILE.");
        }
        PrintWriter console = spec.commandLine().getOut();
        if (take) {
            try (Workspace workspace = openForWriting()) {
                Program program = workspace.programs().byKey(programKey);
                SnapshotService snapshots = workspace.snapshots();
                SnapshotDraft drafted = snapshots.draft(program.id()).narrative();
                Snapshot s = snapshots.take(program.id(), new SnapshotDraft(health, reason,
                        summary != null ? summary : drafted.summary(), drafted.accomplishments(), drafted.nextSteps(),
                        drafted.asks()));
                console.println("Snapshot " + s.id() + " of " + program.key() + " taken " + s.takenAt() + ": "
                        + s.health().label() + " (suggested " + s.suggestedHealth().label() + ")");
                return Cli.OK;
            }
        }
        var target = out == null ? null : overwrite.target(out, workspacePath());
        if (target != null) {
            target.check();
        }
        try (Workspace workspace = openForReading()) {
            Program program = workspace.programs().byKey(programKey);
            SnapshotService snapshots = workspace.snapshots();
            if (diff != null) {
                Snapshot from = snapshots.get(program.id(), diff.get(0));
                Snapshot to = snapshots.get(program.id(), diff.get(1));
                List<String> lines = SnapshotDiff.between(from, to).sentences();
                if (lines.isEmpty()) {
                    console.println("No changes between snapshots " + from.id() + " and " + to.id() + ".");
                }
                lines.forEach(line -> console.println("- " + line.replaceAll("\\p{Cc}", " ")));
                return Cli.OK;
            }
            Snapshot s = show != null ? snapshots.get(program.id(), show) : latest(snapshots, program);
            Optional<SnapshotDiff> changes = snapshots.previous(s).map(p -> SnapshotDiff.between(p, s));
            if (out == null) {
                console.print(SnapshotExport.render(format, s, changes));
            } else {
                Path written = target.write(SnapshotExport.bytes(format, s, changes));
                console.println("Wrote " + written);
            }
            return Cli.OK;
        }
    }

    private static Snapshot latest(SnapshotService snapshots, Program program) {
        List<Snapshot> history = snapshots.history(program.id());
        if (history.isEmpty()) {
            throw new ValidationException("snapshot", program.key() + " has no snapshot yet; take one with --save.");
        }
        return history.get(history.size() - 1);
    }
}
