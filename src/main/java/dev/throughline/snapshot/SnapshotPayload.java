package dev.throughline.snapshot;

import java.time.Instant;
import java.util.List;

/**
 * The frozen part of a snapshot, stored as JSON with {@link #version} beside it: everything needed to
 * re-render any export and diff any two snapshots without reading the live plan.
 */
public record SnapshotPayload(int version, Instant takenAt, String programKey, String programName,
                              List<FrozenMilestone> milestones, List<FrozenRisk> risks, List<String> raciProblems) {

    /** Bump when the JSON shape changes; {@link PayloadJson} reads every older version it knows. */
    public static final int CURRENT_VERSION = 1;

    public SnapshotPayload {
        programKey = programKey == null ? "" : programKey;
        programName = programName == null ? "" : programName;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        risks = risks == null ? List.of() : List.copyOf(risks);
        raciProblems = raciProblems == null ? List.of() : List.copyOf(raciProblems);
    }
}
