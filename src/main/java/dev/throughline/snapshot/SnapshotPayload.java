package dev.throughline.snapshot;

import java.time.Instant;
import java.util.List;

/**
 * The frozen part of a snapshot, stored as JSON with {@link #version} beside it: everything needed to
 * re-render any export and diff any two snapshots without reading the live plan. {@code decisions}
 * and {@code actions} are optional in the JSON (absent reads as empty) so they can fill in when the
 * decisions and actions feature lands without a version bump.
 */
public record SnapshotPayload(int version, Instant takenAt, String programKey, String programName,
                              List<FrozenMilestone> milestones, List<FrozenRisk> risks, List<String> raciProblems,
                              List<FrozenDecision> decisions, List<FrozenAction> actions) {

    /** Bump when the JSON shape changes incompatibly; {@link PayloadJson} reads every older version it knows. */
    public static final int CURRENT_VERSION = 1;

    public SnapshotPayload {
        programKey = programKey == null ? "" : programKey;
        programName = programName == null ? "" : programName;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        risks = risks == null ? List.of() : List.copyOf(risks);
        raciProblems = raciProblems == null ? List.of() : List.copyOf(raciProblems);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A payload without decisions and actions. */
    public SnapshotPayload(int version, Instant takenAt, String programKey, String programName,
                           List<FrozenMilestone> milestones, List<FrozenRisk> risks, List<String> raciProblems) {
        this(version, takenAt, programKey, programName, milestones, risks, raciProblems, List.of(), List.of());
    }
}
