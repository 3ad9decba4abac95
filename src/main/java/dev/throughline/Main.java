package dev.throughline;

import dev.throughline.app.ThroughlineApp;
import dev.throughline.cli.AppArguments;
import dev.throughline.cli.Cli;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Launcher. A plain class (not an {@code Application}) so the app starts from the class path and
 * from the shaded jar. No arguments, or only {@code --db FILE}: the app. A command: headless CLI.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Optional<Path> app = AppArguments.workspaceToOpen(args);
        if (app.isPresent()) {
            ThroughlineApp.launch(app.get());
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Cli.Outcome outcome = Cli.run(args, out, err);
        if (outcome.exitCode() == Cli.OPEN_APP) {
            ThroughlineApp.launch(outcome.appWorkspace().orElseThrow());
            return;
        }
        System.exit(outcome.exitCode());
    }
}
