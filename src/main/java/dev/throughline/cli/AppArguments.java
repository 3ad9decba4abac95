package dev.throughline.cli;

import dev.throughline.app.WorkspaceLocation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises the arguments that only open the app ({@code []}, {@code --db FILE}, {@code --db=FILE})
 * without building the full command line: picocli's introspection of every command costs a
 * noticeable slice of a cold start, and opening the window is the path users wait on.
 */
public final class AppArguments {

    private static final String DB = "--db";

    private AppArguments() {
    }

    /** The workspace to open, or empty when the arguments are a command (or anything else for picocli to judge). */
    public static Optional<Path> workspaceToOpen(String[] args) {
        if (args.length == 0) {
            return Optional.of(WorkspaceLocation.defaultWorkspace());
        }
        if (args.length == 2 && DB.equals(args[0]) && isPath(args[1])) {
            return Optional.of(Path.of(args[1]).toAbsolutePath());
        }
        if (args.length == 1 && args[0].startsWith(DB + "=") && isPath(args[0].substring(DB.length() + 1))) {
            return Optional.of(Path.of(args[0].substring(DB.length() + 1)).toAbsolutePath());
        }
        return Optional.empty();
    }

    private static boolean isPath(String value) {
        if (value.isBlank() || value.startsWith("-")) {
            return false;
        }
        try {
            Path.of(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
