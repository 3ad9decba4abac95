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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real writer at random moments and checks that nothing it acknowledged is lost.
 *
 * <p>Each trial starts {@link CrashChild} in its own JVM on the same workspace file, lets it apply
 * user commands through the services for a random time (seeded), then kills it with
 * {@link ProcessHandle#destroyForcibly()} (SIGKILL on Linux: no shutdown hooks, no close, no checkpoint).
 * This JVM then opens the file with {@link Store#open(Path)}: the leftover WAL makes the store run
 * SQLite's full integrity check, and a DAMAGED refusal fails the trial. It then checks the full
 * integrity check again, that every command the child acknowledged (in this and every earlier trial)
 * is in the file, and that nothing beyond the one command in flight at the kill was written. The file
 * is closed cleanly and the next trial starts on the recovered file.
 *
 * <p>{@code -Dcrash.trials=N} sets the quick set (default 5); {@code -Dcrash.seed=S} replays a run.
 * The 100-trial set is tagged {@code slow}; see docs/reliability.md.
 */
class CrashTest {

    private static final long DEFAULT_SEED = 20261127L;
    private static final int MIN_WAIT_MS = 150;
    private static final int MAX_WAIT_MS = 900;

    private static final Pattern PERSON = Pattern.compile("^ACK (\\d+) person (Person (\\d+)-(\\d+))$");
    private static final Pattern UPDATE = Pattern.compile("^ACK (\\d+) update (Person \\d+-\\d+) Role (\\d+)$");
    private static final Pattern PROGRAM = Pattern.compile("^ACK (\\d+) program (T(\\d+)-(\\d+))$");
    private static final Pattern OBJECTIVE = Pattern.compile("^ACK (\\d+) objective (T\\d+-\\d+) (Objective (\\d+)-(\\d+))$");
    private static final Pattern ACK = Pattern.compile("^ACK (\\d+) .*");
    /** Rows the child writes: "Person 3-17", "T3-19", "Objective 3-20" and roles "Role 21". */
    private static final Pattern TAGGED = Pattern.compile("^(?:Person |T|Objective )(\\d+)-(\\d+)$");
    private static final Pattern ROLE = Pattern.compile("^Role (\\d+)$");

    @TempDir
    Path folder;

    @Test
    void acknowledgedCommandsSurviveAKillAtARandomMoment() throws Exception {
        run("quick", Integer.getInteger("crash.trials", 5));
    }

    @Test
    @Tag("slow")
    void acknowledgedCommandsSurviveAHundredKills() throws Exception {
        run("full", 100);
    }

    private void run(String label, int trials) throws Exception {
        long seed = Long.getLong("crash.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        Path file = folder.resolve("crash.db");
        Expected expected = new Expected();
        Summary summary = new Summary(label, seed);
        try {
            for (int trial = 1; trial <= trials; trial++) {
                int waitMs = MIN_WAIT_MS + random.nextInt(MAX_WAIT_MS - MIN_WAIT_MS + 1);
                List<String> acks = killAfter(file, trial, waitMs);
                TrialResult result = verify(file, trial, acks, expected);
                summary.add(result);
                assertTrue(result.fullCheckOnOpen(), "trial " + trial
                        + ": the leftover WAL was noticed on open and the full integrity check ran");
                assertEquals(List.of(), result.integrityProblems(), "trial " + trial + ": integrity_check after the kill");
                if (!result.lost().isEmpty()) {
                    fail("trial " + trial + " (seed " + seed + ", killed " + waitMs + " ms after the first ACK): "
                            + result.lost().size() + " acknowledged commands lost, first: "
                            + result.lost().subList(0, Math.min(5, result.lost().size())));
                }
            }
        } finally {
            System.out.println(summary.line());
        }
    }

    /** Runs the child until {@code waitMs} after its first ACK, kills it, and returns every ACK line it printed. */
    private List<String> killAfter(Path file, int trial, int waitMs) throws Exception {
        Path stderr = folder.resolve("child-" + trial + ".err");
        List<String> command = List.of(javaCommand(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                file.toString(), String.valueOf(trial));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch firstAck = new CountDownLatch(1);
        AtomicReference<IOException> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.startsWith("ACK ")) {
                        firstAck.countDown();
                    }
                }
            } catch (IOException e) {
                readFailure.set(e);
            }
        }, "crash-child-" + trial + "-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!firstAck.await(60, TimeUnit.SECONDS)) {
                fail("trial " + trial + ": the child acknowledged nothing within 60 s" + childReport(stderr, lines));
            }
            Thread.sleep(waitMs);
            if (!process.isAlive()) {
                fail("trial " + trial + ": the child stopped by itself before the kill (exit " + process.exitValue() + ")"
                        + childReport(stderr, lines));
            }
        } finally {
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the child's
            // stdout and drop ACK lines still in the pipe; this way every line the child wrote is read.
            process.toHandle().destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "trial " + trial + ": the killed child did not end");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(!reader.isAlive(), "trial " + trial + ": the child's output did not end");
        if (readFailure.get() != null) {
            throw new AssertionError("trial " + trial + ": reading the child's output failed", readFailure.get());
        }
        return lines.stream().filter(l -> l.startsWith("ACK ")).toList();
    }

    private static String javaCommand() {
        String configured = System.getProperty("throughline.testJava");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
    }

    private static String childReport(Path stderr, List<String> lines) {
        String err;
        try {
            err = Files.exists(stderr) ? Files.readString(stderr) : "";
        } catch (IOException e) {
            err = "(stderr unreadable: " + e.getMessage() + ")";
        }
        return "\nstdout (last lines): " + lines.subList(Math.max(0, lines.size() - 5), lines.size())
                + "\nstderr: " + err;
    }

    /** Opens the killed child's file here, checks it, records the new ACKs as expected, and closes it cleanly. */
    private TrialResult verify(Path file, int trial, List<String> acks, Expected expected) {
        int lastAck = 0;
        for (String line : acks) {
            int n = expected.record(line);
            assertEquals(lastAck + 1, n, "trial " + trial + ": ACKs arrive in order without gaps: " + line);
            lastAck = n;
        }
        assertTrue(Files.exists(file.resolveSibling(file.getFileName() + "-wal")),
                "trial " + trial + ": the kill left a WAL, as a crash does");

        Snapshot found;
        boolean fullCheckOnOpen;
        List<String> problems;
        // A DAMAGED refusal (WorkspaceRefusedException) propagates and fails the trial.
        try (Store store = Store.open(file)) {
            fullCheckOnOpen = store.checkedAfterUncleanExit();
            problems = store.integrityProblems(true);
            found = Snapshot.of(store);
        }
        List<String> lost = expected.missingFrom(found);
        int inFlight = checkNothingBeyondTheKill(trial, lastAck, found);
        return new TrialResult(trial, acks.size(), inFlight, fullCheckOnOpen, problems, lost);
    }

    /** The child ACKs right after each commit, so at most command lastAck+1 can be in the file unacknowledged. */
    private static int checkNothingBeyondTheKill(int trial, int lastAck, Snapshot found) {
        Set<Integer> unacknowledged = new HashSet<>();
        List<String> labels = new ArrayList<>(found.roles.keySet());
        labels.addAll(found.programs);
        found.objectives.forEach(o -> labels.add(o.substring(o.indexOf('|') + 1)));
        for (String label : labels) {
            Matcher m = TAGGED.matcher(label);
            if (m.matches() && Integer.parseInt(m.group(1)) == trial && Integer.parseInt(m.group(2)) > lastAck) {
                unacknowledged.add(Integer.parseInt(m.group(2)));
            }
        }
        for (Map.Entry<String, String> person : found.roles.entrySet()) {
            Matcher name = TAGGED.matcher(person.getKey());
            Matcher role = ROLE.matcher(person.getValue());
            if (name.matches() && Integer.parseInt(name.group(1)) == trial && role.matches()
                    && Integer.parseInt(role.group(1)) > lastAck) {
                unacknowledged.add(Integer.parseInt(role.group(1)));
            }
        }
        assertTrue(unacknowledged.stream().allMatch(n -> n == lastAck + 1),
                "trial " + trial + ": only the command in flight at the kill may be in the file unacknowledged;"
                        + " last ACK " + lastAck + ", found " + unacknowledged);
        return unacknowledged.size();
    }

    /** What the file must hold: everything acknowledged so far, across trials on the same file. */
    private static final class Expected {
        final Set<String> people = new HashSet<>();
        /** Person name to the number in the newest acknowledged role "Role <n>"; the file may hold a newer one. */
        final Map<String, Integer> minimumRole = new HashMap<>();
        final Set<String> programs = new HashSet<>();
        final Set<String> objectives = new HashSet<>();
        int acknowledged;

        /** Records one ACK line; returns its command number. */
        int record(String line) {
            Matcher m;
            if ((m = PERSON.matcher(line)).matches()) {
                people.add(m.group(2));
                minimumRole.put(m.group(2), Integer.parseInt(m.group(1)));
            } else if ((m = UPDATE.matcher(line)).matches()) {
                minimumRole.put(m.group(2), Integer.parseInt(m.group(3)));
            } else if ((m = PROGRAM.matcher(line)).matches()) {
                programs.add(m.group(2));
            } else if ((m = OBJECTIVE.matcher(line)).matches()) {
                objectives.add(m.group(2) + "|" + m.group(3));
            } else {
                fail("unexpected ACK line from the child: " + line);
            }
            acknowledged++;
            Matcher n = ACK.matcher(line);
            assertTrue(n.matches(), line);
            return Integer.parseInt(n.group(1));
        }

        List<String> missingFrom(Snapshot found) {
            List<String> lost = new ArrayList<>();
            for (String person : people) {
                if (!found.roles.containsKey(person)) {
                    lost.add("person " + person);
                }
            }
            for (Map.Entry<String, Integer> e : minimumRole.entrySet()) {
                String role = found.roles.get(e.getKey());
                if (role == null) {
                    continue;
                }
                Matcher m = ROLE.matcher(role);
                if (!m.matches() || Integer.parseInt(m.group(1)) < e.getValue()) {
                    lost.add("update of " + e.getKey() + " to Role " + e.getValue() + " (file has '" + role + "')");
                }
            }
            for (String program : programs) {
                if (!found.programs.contains(program)) {
                    lost.add("program " + program);
                }
            }
            for (String objective : objectives) {
                if (!found.objectives.contains(objective)) {
                    lost.add("objective " + objective);
                }
            }
            return lost;
        }
    }

    /** What the reopened file holds, read through the store. */
    private record Snapshot(Map<String, String> roles, Set<String> programs, Set<String> objectives) {
        static Snapshot of(Store store) {
            Map<String, String> roles = new HashMap<>();
            store.read(sql -> sql.list("select name, role from people", r -> roles.put(r.getString(1), r.getString(2))));
            Set<String> programs = new HashSet<>(store.read(sql -> sql.list("select key from programs", r -> r.getString(1))));
            Set<String> objectives = new HashSet<>(store.read(sql -> sql.list(
                    "select p.key || '|' || o.text from objectives o join programs p on p.id = o.program_id",
                    r -> r.getString(1))));
            return new Snapshot(roles, programs, objectives);
        }
    }

    private record TrialResult(int trial, int acknowledged, int inFlightCommitted, boolean fullCheckOnOpen,
                               List<String> integrityProblems, List<String> lost) {
    }

    private static final class Summary {
        final String label;
        final long seed;
        final long started = System.nanoTime();
        int trials;
        long acknowledged;
        int lost;
        int inFlightCommitted;
        int fullChecksOnOpen;
        int integrityOk;
        int minAcked = Integer.MAX_VALUE;
        int maxAcked;

        Summary(String label, long seed) {
            this.label = label;
            this.seed = seed;
        }

        void add(TrialResult result) {
            trials++;
            acknowledged += result.acknowledged();
            lost += result.lost().size();
            inFlightCommitted += result.inFlightCommitted();
            fullChecksOnOpen += result.fullCheckOnOpen() ? 1 : 0;
            integrityOk += result.integrityProblems().isEmpty() ? 1 : 0;
            minAcked = Math.min(minAcked, result.acknowledged());
            maxAcked = Math.max(maxAcked, result.acknowledged());
        }

        String line() {
            return String.format("CrashTest[%s]: %d trials, %d commands acknowledged, %d lost, acked per trial"
                            + " min %d max %d, full integrity check on open %d/%d, integrity ok %d/%d,"
                            + " %d in-flight commits found (committed, killed before ACK), seed %d, %.1f s",
                    label, trials, acknowledged, lost, trials == 0 ? 0 : minAcked, maxAcked, fullChecksOnOpen, trials,
                    integrityOk, trials, inFlightCommitted, seed, (System.nanoTime() - started) / 1e9);
        }
    }
}
