package dev.throughline.cli;

import dev.throughline.bench.WorkspaceGenerator;
import dev.throughline.bench.WorkspaceGenerator.Scale;
import dev.throughline.store.OutputTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Write a large generated workspace for benchmarks into a new file.")
final class GenerateCommand extends WorkspaceOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "New workspace file to write (never overwritten).")
    private Path out;

    @Option(names = "--programs", defaultValue = "200", description = "Programs (default: ${DEFAULT-VALUE}).")
    private int programs;

    @Option(names = "--milestones", defaultValue = "20000", description = "Milestones in all (default: ${DEFAULT-VALUE}).")
    private int milestones;

    @Option(names = "--people", defaultValue = "300", description = "People (default: ${DEFAULT-VALUE}).")
    private int people;

    @Option(names = "--raid", defaultValue = "5000", description = "RAID items in all (default: ${DEFAULT-VALUE}).")
    private int raid;

    @Option(names = "--meetings", defaultValue = "400", description = "Sync series in all (default: ${DEFAULT-VALUE}).")
    private int meetings;

    @Option(names = "--snapshots", defaultValue = "52", description = "Weekly status snapshots per program (default: ${DEFAULT-VALUE}).")
    private int snapshots;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        if (programs < 1 || milestones < programs || people < 10 || raid < 0 || meetings < 0 || snapshots < 0) {
            spec.commandLine().getErr().println("throughline: need at least 1 program, 10 people and one milestone per program;"
                    + " RAID items, meetings and snapshots cannot be negative.");
            return Cli.BAD_INPUT;
        }
        OutputTarget target = OutputTarget.of(out, workspacePath(), OutputTarget.IfExists.NEVER);
        Path partial = target.temporaryBeside("generating");
        long started = System.nanoTime();
        WorkspaceGenerator.Written written;
        try {
            written = WorkspaceGenerator.write(partial, new Scale(programs, milestones, people, raid, meetings, snapshots, seed));
            target.place(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the generated workspace to " + out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
        spec.commandLine().getOut().printf("Wrote %s: %d programs, %d milestones, %d dependencies, %d RAID items, %d people,"
                        + " %d sync series, %d snapshots in %.1f s.%n",
                out.toAbsolutePath(), written.programs(), written.milestones(), written.dependencies(), written.raidItems(),
                written.people(), written.meetingSeries(), written.snapshots(),
                (System.nanoTime() - started) / 1e9);
        return Cli.OK;
    }

    /** A killed run leaves only its hidden partial file (never the target), which the next run does not need. */
    private static void deleteQuietly(Path partial) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + suffix));
            } catch (IOException ignored) {
                // A leftover hidden file costs space, not data.
            }
        }
    }
}
