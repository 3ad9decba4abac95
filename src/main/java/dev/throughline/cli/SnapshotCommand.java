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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "snapshot", description = {"Take, export or compare a program's status snapshots.",
        "  snapshot KEY --take [--summary TEXT] [--health on_track|at_risk|off_track --reason TEXT]",
        "  snapshot KEY --show ID [--format md|slack|html|csv] [--out FILE]",
        "  snapshot KEY --diff ID1 ID2"})
final class SnapshotCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "Program key, for example SSO-7.")
    private String programKey;

    @Option(names = "--take", description = "Freeze the program as it is now (one undoable step in the app).")
    private boolean take;

    @Option(names = "--summary", paramLabel = "TEXT", description = "Summary (default: drafted from what changed).")
    private String summary;

    @Option(names = "--health", paramLabel = "HEALTH", description = "Chosen health (default: the suggested one).")
    private Health health;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, when the health differs from the suggestion.")
    private String reason;

    @Option(names = "--show", paramLabel = "ID", description = "Export snapshot ID (with what changed since the one before).")
    private Long show;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|slack|html|csv",
            description = "Export format (default: ${DEFAULT-VALUE}).")
    private SnapshotExport.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the export to FILE instead of the console.")
    private Path out;

    @Option(names = "--diff", arity = "2", paramLabel = "ID", description = "What changed from snapshot ID1 to ID2.")
    private List<Long> diff;

    @Override
    public Integer call() throws IOException {
        int modes = (take ? 1 : 0) + (show != null ? 1 : 0) + (diff != null ? 1 : 0);
        if (modes != 1) {
            throw new ValidationException("mode", "Give exactly one of --take, --show ID or --diff ID1 ID2.");
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
            Snapshot s = snapshots.get(program.id(), show);
            String text = SnapshotExport.render(format, s, snapshots.previous(s).map(p -> SnapshotDiff.between(p, s)));
            if (out == null) {
                console.print(text);
            } else {
                write(out, text);
                console.println("Wrote " + out.toAbsolutePath());
            }
            return Cli.OK;
        }
    }

    /** Writes next to the target, then moves it in place: a failed export never leaves half a file. */
    private static void write(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".snapshot-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
            throw new ValidationException("out", "Cannot write " + absolute + ": " + e.getMessage());
        }
    }
}
