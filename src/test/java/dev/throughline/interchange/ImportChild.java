package dev.throughline.interchange;

import dev.throughline.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Run by {@link HostileFileImportTest} in its own JVM, whose {@code java.io.tmpdir} is a folder the test
 * watches: imports each file (a dry run, through the command line) and prints one line per file,
 * {@code <exit> <millis> <first line of stderr>}.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        String db = args[0];
        for (int i = 1; i < args.length; i++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int exit = Cli.run(new String[] {"--db", db, "import", args[i], "--new", "HX-" + i, "--dry-run"},
                    new PrintWriter(out), new PrintWriter(err)).exitCode();
            long millis = (System.nanoTime() - start) / 1_000_000;
            String firstLine = err.toString().lines().findFirst().orElse("");
            System.out.println(exit + " " + millis + " " + firstLine);
        }
    }
}
