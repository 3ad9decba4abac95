package dev.throughline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.app.Workspace;
import dev.throughline.milestone.Milestone;
import dev.throughline.program.Program;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving one milestone with {@value WorkspaceGenerator#CHAIN} dependents, from the call to the durable
 * commit, on the default generated workspace; the floor is a one-row autocommit update on the same
 * file in the same run.
 */
@Tag("bench")
class RescheduleBenchmark {

    private static final int WARM_UP = 15;
    private static final int RUNS = 60;

    @TempDir
    Path folder;

    @Test
    void moveWithFiftyDependents() {
        Path file = folder.resolve("bench.db");
        WorkspaceGenerator.write(file, WorkspaceGenerator.Scale.DEFAULT.planOnly());
        try (Workspace workspace = Workspace.open(file)) {
            Program first = workspace.programs().byKey("GEN1-1");
            Milestone head = workspace.milestones().milestones(first.id()).get(0);
            for (int i = 0; i < WARM_UP; i++) {
                workspace.milestones().moveForecast(head.id(), head.forecast().plusDays(1));
                workspace.commands().undo();
            }
            double[] move = new double[RUNS];
            double[] floor = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                int moved = workspace.milestones().moveForecast(head.id(), head.forecast().plusDays(1));
                move[i] = (System.nanoTime() - t0) / 1e6;
                assertEquals(WorkspaceGenerator.CHAIN + 1, moved, "the whole chain follows");
                workspace.commands().undo();
                long t1 = System.nanoTime();
                workspace.store().write(sql -> sql.update("update people set role = role where id = 1"));
                floor[i] = (System.nanoTime() - t1) / 1e6;
            }
            double floorP50 = Measure.percentile(floor, 50);
            Measure.json("reschedule_50_dependents_p50", Measure.percentile(move, 50), "ms", floorP50);
            Measure.json("reschedule_50_dependents_p99", Measure.percentile(move, 99), "ms", Measure.percentile(floor, 99));
        }
    }
}
