package dev.throughline.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the start-up benchmark only ({@code -Dthroughline.probe=report|exit}): prints when the first
 * frame was painted and when the portfolio was on screen, in milliseconds since the JVM started, and
 * the resident memory then; with {@code exit}, quits right after. Does nothing otherwise.
 */
final class StartupProbe {

    private static final int QUIET_PULSES = 10;
    private static final String MODE = System.getProperty("throughline.probe", "");

    private StartupProbe() {
    }

    static boolean enabled() {
        return !MODE.isEmpty();
    }

    /** Call once the first frame has been painted. */
    static void firstFramePainted() {
        if (enabled()) {
            System.out.println("THROUGHLINE_FIRST_FRAME " + sinceJvmStart() + " fx_cpu_ms="
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        }
    }

    /**
     * Call when the portfolio's rows are in the table: reports, then (for the memory figure) has
     * {@code openLargeProgram} open a program and reports again once the app has gone quiet.
     */
    static void portfolioShown(Runnable openLargeProgram, BooleanSupplier busy) {
        if (!enabled()) {
            return;
        }
        Platform.runLater(() -> {
            System.out.println("THROUGHLINE_PORTFOLIO_READY " + sinceJvmStart() + " rss_kb=" + residentKb());
            openLargeProgram.run();
            new AnimationTimer() {
                private int pulses;
                private int quietPulses;

                @Override
                public void handle(long now) {
                    pulses++;
                    quietPulses = busy.getAsBoolean() ? 0 : quietPulses + 1;
                    if (pulses >= QUIET_PULSES && quietPulses >= QUIET_PULSES) {
                        stop();
                        System.out.println("THROUGHLINE_PROGRAM_OPEN " + sinceJvmStart() + " rss_kb=" + residentKb());
                        if ("exit".equals(MODE)) {
                            Platform.exit();
                        }
                    }
                }
            }.start();
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
