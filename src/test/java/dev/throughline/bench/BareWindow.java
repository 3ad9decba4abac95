package dev.throughline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor for start-up: an empty JavaFX window of the app's size, started and probed the same way. */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Nested: a main class that extends Application cannot start from the class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1400, 880));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("THROUGHLINE_FIRST_FRAME " + since + " fx_cpu_ms="
                                + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
                        System.out.println("THROUGHLINE_PORTFOLIO_READY " + since + " rss_kb=" + rss());
                        System.out.println("THROUGHLINE_PROGRAM_OPEN " + since + " rss_kb=" + rss());
                        Platform.exit();
                    }
                }
            }.start();
        }

        private static long rss() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D+", ""))).findFirst().orElse(-1L);
            } catch (Exception e) {
                return -1;
            }
        }
    }
}
