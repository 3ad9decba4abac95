package dev.throughline.interchange;

import dev.throughline.interchange.SourcePlan.TaskKind;
import java.util.EnumSet;
import java.util.Set;

/** The choices of the wizard's first step (and of the CLI's flags). */
public record ImportOptions(ImportTarget target, Set<TaskKind> milestoneKinds) {

    public ImportOptions {
        milestoneKinds = milestoneKinds.isEmpty() ? EnumSet.noneOf(TaskKind.class) : EnumSet.copyOf(milestoneKinds);
    }

    /** Milestones and summary dates: what a TPgM usually wants from an engineering plan. */
    public static Set<TaskKind> defaultKinds() {
        return EnumSet.of(TaskKind.MILESTONE, TaskKind.SUMMARY);
    }
}
