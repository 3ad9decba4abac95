package dev.throughline.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync running in another JVM is killed (SIGKILL: no close, no shutdown hook) half-way; reopening the
 * workspace file finds everything it had captured, and the meeting can be carried on and ended.
 */
class RunModeCrashTest {

    @TempDir
    Path tempDir;

    @Test
    void aKilledRunLosesNothingAndCanBeEnded() throws Exception {
        Path file = tempDir.resolve("w.db");
        Path stderr = tempDir.resolve("child.err");
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process child = new ProcessBuilder(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), RunModeCrashChild.class.getName(), file.toString()))
                .redirectError(stderr.toFile()).start();
        String ready;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            ready = out.readLine();
            assertNotNull(ready, () -> "the child printed nothing: " + read(stderr));
            assertTrue(ready.startsWith("READY "), ready);
            assertTrue(child.isAlive(), "the child is still running the sync when killed");
        } finally {
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        long occurrenceId = Long.parseLong(ready.substring("READY ".length()).strip());

        try (Workspace reopened = Workspace.open(file)) {
            SyncMeeting m = reopened.occurrences().meeting(occurrenceId);
            assertEquals(OccurrenceState.RUNNING, m.state(), "still running: the clocks resume");
            assertEquals(ItemState.DONE, m.entries().get(0).state());
            assertEquals("Sandbox by Friday", m.entries().get(0).outcome());
            assertEquals(m.entries().get(1).id(), m.stored().currentItemId(), "the second item is up");
            assertNotNull(m.stored().itemStartedAt());
            assertEquals("Typed just before the crash", m.stored().notes());
            assertEquals(List.of("Ship behind a flag"), m.decisions().stream().map(Decision::title).toList());
            assertEquals("Rollback without a deploy", m.decisions().get(0).rationale());
            assertEquals(List.of("Send the flag plan — Kenji Sato"), m.actions().stream()
                    .map(a -> a.item().title() + " — " + a.owner()).toList());
            assertEquals(Boolean.TRUE, m.attendees().stream().filter(a -> a.name().equals("Maya Okafor")).findFirst()
                    .orElseThrow().present());

            String minutes = reopened.occurrences().end(occurrenceId);
            assertTrue(minutes.contains("Sandbox by Friday"), minutes);
            assertTrue(minutes.contains("Typed just before the crash"), minutes);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
