package dev.throughline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.program.ProgramSummary;
import dev.throughline.snapshot.FrozenMilestone;
import dev.throughline.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator at a small scale: what it promises to write is what a user then finds in the workspace. */
class WorkspaceGeneratorTest {

    private static final WorkspaceGenerator.Scale SMALL = new WorkspaceGenerator.Scale(4, 200, 20, 40, 6, 8, 7);

    @TempDir
    Path folder;

    @Test
    void writesEveryKindOfRecordItCounts() {
        Path file = folder.resolve("gen.db");
        WorkspaceGenerator.Written written = WorkspaceGenerator.write(file, SMALL);
        assertEquals(new WorkspaceGenerator.Written(20, 4, 200, written.dependencies(), 40, 6, 32), written);
        try (Workspace workspace = Workspace.open(file)) {
            List<ProgramSummary> programs = workspace.programs().portfolio();
            assertEquals(4, programs.size());
            assertEquals(6, programs.stream().mapToInt(p -> workspace.meetings().series(p.id()).size()).sum());
            assertEquals(32, programs.stream().mapToInt(p -> workspace.snapshots().history(p.id()).size()).sum());
            // A year of syncs happened: each past occurrence left an action item, most of them since closed.
            int actions = programs.stream().mapToInt(p -> workspace.decisionLog().actions(p.id()).size()).sum();
            assertTrue(actions >= 6 * 12, "at least a monthly sync's year of actions per series, was " + actions);
            assertTrue(workspace.decisionLog().openActionsAcrossPrograms().size() < actions / 2);
        }
    }

    @Test
    void theLatestSnapshotAgreesWithTodaysForecastsAndTheFirstWithTheBaseline() {
        Path file = folder.resolve("gen.db");
        WorkspaceGenerator.write(file, SMALL);
        try (Workspace workspace = Workspace.open(file)) {
            long program = workspace.programs().portfolio().get(0).id();
            List<Snapshot> history = workspace.snapshots().history(program);
            Map<Long, MilestoneRow> live = workspace.milestones().rows(program, null).stream()
                    .collect(Collectors.toMap(r -> r.milestone().id(), Function.identity()));
            Snapshot first = history.stream().min(java.util.Comparator.comparing(Snapshot::takenAt)).orElseThrow();
            Snapshot last = history.stream().max(java.util.Comparator.comparing(Snapshot::takenAt)).orElseThrow();
            for (FrozenMilestone m : last.payload().milestones()) {
                assertEquals(live.get(m.id()).milestone().forecast(), m.forecast(), m.title());
            }
            assertTrue(first.payload().milestones().stream().allMatch(m -> m.forecast().equals(m.baseline())),
                    "a year ago nothing had slipped yet");
            assertTrue(last.payload().milestones().stream().anyMatch(m -> m.varianceDays() > 0), "some milestones slipped since");
        }
    }

    @Test
    void neverOverwritesAFile() {
        Path file = folder.resolve("gen.db");
        WorkspaceGenerator.write(file, SMALL);
        assertThrows(IllegalArgumentException.class, () -> WorkspaceGenerator.write(file, SMALL));
    }
}
