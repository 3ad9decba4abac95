package dev.throughline.bench;

import dev.throughline.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large, realistic workspace for benchmarks: people across functions and zones, programs
 * with workstreams, milestones chained by dependencies (some across programs) whose forecasts satisfy
 * them, and a baseline with slips. Program 1's first milestone drives a chain of
 * {@link #CHAIN} dependents, for the re-forecast benchmark. Deterministic for a given seed.
 */
public final class WorkspaceGenerator {

    /** Milestones that follow program 1's first milestone, one after the other. */
    public static final int CHAIN = 50;

    /** How large a workspace to write: a year of work for a large TPgM organisation by default. */
    public record Scale(int programs, int milestones, int people, int raidItems, int meetingSeries,
                        int snapshotsPerProgram, long seed) {
        public static final Scale DEFAULT = new Scale(200, 20_000, 300, 5_000, 400, 52, 42);

        /** The plan alone (no syncs, no status history): for benchmarks that only read the plan. */
        public Scale planOnly() {
            return new Scale(programs, milestones, people, raidItems, 0, 0, seed);
        }
    }

    /** What was written. */
    public record Written(int people, int programs, int milestones, int dependencies, int raidItems,
                          int meetingSeries, int snapshots) {
    }

    private WorkspaceGenerator() {
    }

    public static Written write(Path file, Scale scale) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; the generator only writes new files.");
        }
        try (Store store = Store.open(file)) {
            return store.write(sql -> GeneratedPlanRepository.generate(sql, scale));
        }
    }

}
