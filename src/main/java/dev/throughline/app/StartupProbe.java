package dev.throughline.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * For the start-up benchmark only ({@code -Dthroughline.probe=report|exit}): prints when the first
 * frame was painted and when the portfolio was on screen, in milliseconds since the JVM started, and
 * the resident memory then; with {@code exit}, quits right after. Does nothing otherwise.
 */
final class StartupProbe {

    private static final String MODE = System.getProperty("throughline.probe", "");

    private StartupProbe() {
    }

    static boolean enabled() {
        return !MODE.isEmpty();
    }

    /** Call once the first frame has been painted. */
    static void firstFramePainted() {
        if (enabled()) {
            System.out.println("THROUGHLINE_FIRST_FRAME " + sinceJvmStart());
        }
    }

    /** Call when the portfolio's rows are in the table. */
    static void portfolioShown() {
        if (!enabled()) {
            return;
        }
        Platform.runLater(() -> {
            System.out.println("THROUGHLINE_PORTFOLIO_READY " + sinceJvmStart() + " rss_kb=" + residentKb());
            if ("exit".equals(MODE)) {
                Platform.exit();
            }
        });
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** VmRSS from /proc (Linux); -1 elsewhere. */
    static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
