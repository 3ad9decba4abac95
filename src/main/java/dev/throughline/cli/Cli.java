package dev.throughline.cli;

import dev.throughline.app.WorkspaceLocation;
import dev.throughline.store.StoreException;
import dev.throughline.validation.ValidationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code throughline [--db FILE] [COMMAND]}. Without a command the app opens; with one it runs
 * headless. Exit codes: 0 done, 1 problems found, 2 bad usage or bad input.
 */
@Command(name = "throughline", mixinStandardHelpOptions = true, version = "Throughline 0.1",
        description = "Offline program-planning workbench. Without a command, opens the app.",
        subcommands = {DemoCommand.class, ProgramsCommand.class, PeopleCommand.class, CheckCommand.class,
                BackupCommand.class, BackupsCommand.class, RestoreCommand.class, MilestonesCommand.class,
                BaselineCommand.class, GenerateCommand.class, RaciCommand.class, RisksCommand.class,
                MeetingsCommand.class, AgendaCommand.class, SnapshotCommand.class, SnapshotsCommand.class,
                ExportIcsCommand.class, ImportIcsCommand.class, MinutesCommand.class, ActionsCommand.class,
                RollupCommand.class, ImportCommand.class, ExportCommand.class,
                IntakeCommand.class, AttentionCommand.class, CapacityCommand.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int BAD_INPUT = 2;
    /** Returned when no command was given: the caller opens the app on {@link #workspace()}. */
    public static final int OPEN_APP = -1;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Workspace file (default: $THROUGHLINE_DB, else the per-user data folder).")
    private Path db;

    private Path openedWorkspace;

    Path workspace() {
        return db != null ? db.toAbsolutePath() : WorkspaceLocation.defaultWorkspace();
    }

    @Override
    public Integer call() {
        openedWorkspace = workspace();
        return OPEN_APP;
    }

    /** Result of a run: the exit code, and the workspace to open when the code is {@link #OPEN_APP}. */
    public record Outcome(int exitCode, Optional<Path> appWorkspace) {
    }

    public static Outcome run(String[] args, PrintWriter out, PrintWriter err) {
        Cli root = new Cli();
        CommandLine line = new CommandLine(root);
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setParameterExceptionHandler(Cli::badUsage);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
        int code = line.execute(args);
        out.flush();
        err.flush();
        return new Outcome(code, Optional.ofNullable(root.openedWorkspace));
    }

    private static int badUsage(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("throughline: " + e.getMessage());
        err.println("Try 'throughline --help'.");
        return BAD_INPUT;
    }

    private static int failure(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (e instanceof ValidationException || e instanceof StoreException) {
            err.println("throughline: " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof java.io.UncheckedIOException) {
            err.println("throughline: " + e.getMessage());
            return PROBLEMS;
        }
        err.println("throughline: unexpected error: " + e);
        return PROBLEMS;
    }
}
