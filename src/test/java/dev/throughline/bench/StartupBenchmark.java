package dev.throughline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the app on the large generated workspace, in child JVMs, against an empty JavaFX
 * window started the same way (the floor): time to the first painted frame, time until the portfolio
 * is in its table, and resident memory then. Median of several runs, Monocle headless, software pipeline.
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = 5;

    @TempDir
    Path folder;

    /** First frame and portfolio ready (ms since the JVM started); resident memory with the portfolio, then with a program open too. */
    private record Start(long firstFrame, long fxCpuToFirstFrame, long ready, long rssKb, long rssWithProgramKb) {
    }

    @Test
    void coldStartOnTheLargeWorkspace() throws Exception {
        Path file = folder.resolve("large.db");
        WorkspaceGenerator.write(file, WorkspaceGenerator.Scale.DEFAULT);
        List<Start> app = new ArrayList<>();
        List<Start> bare = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            bare.add(start("dev.throughline.bench.BareWindow"));
            app.add(start("dev.throughline.Main", "--db", file.toString()));
        }
        Measure.json("cold_start_first_frame", median(app, Start::firstFrame), "ms", median(bare, Start::firstFrame));
        Measure.json("cold_start_fx_thread_cpu_to_first_frame", median(app, Start::fxCpuToFirstFrame), "ms",
                median(bare, Start::fxCpuToFirstFrame));
        Measure.json("cold_start_portfolio_ready", median(app, Start::ready), "ms", median(bare, Start::ready));
        Measure.json("rss_after_portfolio", median(app, Start::rssKb) / 1024.0, "MB", median(bare, Start::rssKb) / 1024.0);
        Measure.json("rss_after_portfolio_and_program", median(app, Start::rssWithProgramKb) / 1024.0, "MB",
                median(bare, Start::rssWithProgramKb) / 1024.0);
    }

    private Start start(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java",
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dheadless.geometry=1600x1200-32", "-Dthroughline.probe=exit",
                "-Duser.home=" + folder.resolve("home"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long firstFrame = -1;
        long fxCpu = -1;
        long ready = -1;
        long rss = -1;
        long rssWithProgram = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("THROUGHLINE_FIRST_FRAME ")) {
                    String[] parts = line.split(" ");
                    firstFrame = Long.parseLong(parts[1]);
                    fxCpu = Long.parseLong(parts[2].substring("fx_cpu_ms=".length()));
                } else if (line.startsWith("THROUGHLINE_PORTFOLIO_READY ")) {
                    String[] parts = line.split(" ");
                    ready = Long.parseLong(parts[1]);
                    rss = Long.parseLong(parts[2].substring("rss_kb=".length()));
                } else if (line.startsWith("THROUGHLINE_PROGRAM_OPEN ")) {
                    rssWithProgram = Long.parseLong(line.split(" ")[2].substring("rss_kb=".length()));
                }
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), mainClass + " exits after reporting");
        assertEquals(0, process.exitValue(), mainClass + " exit code");
        assertTrue(firstFrame > 0 && ready > 0 && rssWithProgram > 0, mainClass + " reported its start");
        return new Start(firstFrame, fxCpu, ready, rss, rssWithProgram);
    }

    private static double median(List<Start> starts, java.util.function.ToLongFunction<Start> value) {
        double[] values = starts.stream().mapToDouble(s -> value.applyAsLong(s)).toArray();
        return Measure.percentile(values, 50);
    }
}
