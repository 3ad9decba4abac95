package dev.throughline.cli;

import dev.throughline.app.WorkspaceLocation;
import dev.throughline.store.StoreException;
import dev.throughline.validation.ValidationException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        line.registerConverter(LocalDate.class, Cli::date);
        line.registerConverter(Path.class, Cli::path);
        line.setParameterExceptionHandler(Cli::badUsage);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
        int code;
        try {
            code = line.execute(args);
        } catch (StackOverflowError e) {
            code = say(err, "the input is nested too deeply to read; nothing was changed.", PROBLEMS);
        } catch (OutOfMemoryError e) {
            code = say(err, "ran out of memory; nothing more was written.", PROBLEMS);
        }
        out.flush();
        err.flush();
        return new Outcome(code, Optional.ofNullable(root.openedWorkspace));
    }

    /** One line: what was wrong with the command line, and where to look. */
    private static int badUsage(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String help = cmd.getParent() == null ? "throughline --help" : "throughline " + cmd.getCommandName() + " --help";
        return say(cmd.getErr(), ErrorText.oneLine(e.getMessage()) + " (see '" + help + "')", BAD_INPUT);
    }

    private static int failure(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        if (e instanceof ValidationException || e instanceof StoreException) {
            return say(err, ErrorText.oneLine(e.getMessage()), BAD_INPUT);
        }
        if (e instanceof ParameterException usage) {
            return badUsage(usage, new String[0]);
        }
        if (e instanceof java.io.UncheckedIOException) {
            return say(err, ErrorText.oneLine(e.getMessage()), PROBLEMS);
        }
        return say(err, "'" + cmd.getCommandName() + "' stopped on an internal error (" + ErrorText.oneLine(e.getMessage())
                + "); committed changes are kept, nothing half-done was saved.", PROBLEMS);
    }

    private static int say(PrintWriter err, String line, int code) {
        err.println("throughline: " + line);
        return code;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + ErrorText.oneLine(text) + "' is not a date on the calendar;"
                    + " write it as YYYY-MM-DD, for example 2026-02-28");
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + ErrorText.oneLine(text) + "' is not a usable file name ("
                    + ErrorText.oneLine(e.getReason()) + ")");
        }
    }
}
