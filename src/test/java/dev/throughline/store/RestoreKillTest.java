package dev.throughline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing a restore at a random moment (SIGKILL to a child JVM that restores two backups in turn): the
 * workspace is never missing or empty, the next open finishes or undoes the interrupted restore, holds
 * exactly one of the two backups and passes the full check, no temporary copy is left, and every file
 * kept aside is a complete workspace.
 */
class RestoreKillTest {

    private static final long SEED = Long.getLong("restore.kill.seed", 20261202L);
    private static final Set<Long> PEOPLE_IN_A_BACKUP = Set.of(300L, 600L);

    @TempDir
    Path folder;

    @Test
    void aKillDuringRestoreNeverLosesTheWorkspace() throws Exception {
        Path workspace = folder.resolve("workspace.db");
        Path small = backupWithPeople(folder.resolve("small.db"), 300);
        Path large = backupWithPeople(folder.resolve("large.db"), 600);
        Recovery.restore(workspace, small, java.time.Clock.systemUTC());
        Random random = new Random(SEED);
        int trials = Integer.getInteger("restore.kill.trials", 6);
        int interrupted = 0;
        for (int trial = 1; trial <= trials; trial++) {
            int waitMs = random.nextInt(400);
            killDuringRestores(workspace, small, large, trial, waitMs);

            assertTrue(Files.exists(workspace) && Files.size(workspace) > 0,
                    "trial " + trial + ": right after the kill the workspace is there and not empty");
            if (!InterruptedRestore.leftovers(workspace).isEmpty()) {
                interrupted++;
            }
            try (Store store = Store.open(workspace)) {
                long people = store.read(sql -> sql.count("select count(*) from people"));
                assertTrue(PEOPLE_IN_A_BACKUP.contains(people), "trial " + trial + ": holds one backup, not " + people);
                assertEquals(List.of(), store.integrityProblems(true), "trial " + trial);
            }
            assertEquals(List.of(), InterruptedRestore.leftovers(workspace), "trial " + trial + ": no temporary copy left");
            assertEquals(List.of(), namesContaining(".restore-"), "trial " + trial);
            for (Path aside : namesContaining("before-restore")) {
                if (aside.toString().endsWith("-wal") || aside.toString().endsWith("-shm")) {
                    continue;
                }
                try (Store kept = Store.open(aside, Store.Mode.READ_ONLY)) {
                    long people = kept.read(sql -> sql.count("select count(*) from people"));
                    assertTrue(PEOPLE_IN_A_BACKUP.contains(people), "trial " + trial + ": " + aside + " holds " + people);
                    assertEquals(List.of(), kept.integrityProblems(false), aside.toString());
                }
            }
        }
        System.out.println("RestoreKillTest: " + trials + " kills, " + interrupted
                + " left a restore half-way (finished or undone on the next open), seed " + SEED);
    }

    private void killDuringRestores(Path workspace, Path small, Path large, int trial, int waitMs) throws Exception {
        List<String> command = List.of(System.getProperty("throughline.testJava", "java"), "-cp",
                System.getProperty("java.class.path"), RestoreChild.class.getName(),
                workspace.toString(), small.toString(), large.toString());
        Process process = new ProcessBuilder(command).redirectError(folder.resolve("child-" + trial + ".err").toFile()).start();
        CountDownLatch firstRestore = new CountDownLatch(1);
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    firstRestore.countDown();
                }
            } catch (IOException ignored) {
                // The child was killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            if (!firstRestore.await(120, TimeUnit.SECONDS)) {
                fail("trial " + trial + ": the child restored nothing: "
                        + Files.readString(folder.resolve("child-" + trial + ".err")));
            }
            Thread.sleep(waitMs);
            assertTrue(process.isAlive(), "trial " + trial + ": the child stopped by itself");
        } finally {
            process.toHandle().destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        Files.deleteIfExists(folder.resolve("child-" + trial + ".err"));
    }

    private List<Path> namesContaining(String part) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(part)).sorted().toList();
        }
    }

    private static Path backupWithPeople(Path file, int people) {
        try (Store store = Store.open(file)) {
            store.write(sql -> {
                for (int i = 0; i < people; i++) {
                    sql.insert("insert into people (name, function, zone, work_start, work_end)"
                            + " values (?, 'PM', 'UTC', '09:00', '17:00')", "Person " + i + " ".repeat(200) + "x");
                }
                return null;
            });
        }
        return file;
    }
}
