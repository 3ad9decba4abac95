package dev.throughline.milestone;

/** A dependency with both ends named by program key and title, whichever programs they belong to. */
public record NamedDependency(Dependency dependency, String predecessorKey, String predecessorTitle,
                              String successorKey, String successorTitle) {

    public boolean touches(long milestoneId) {
        return dependency.predecessorId() == milestoneId || dependency.successorId() == milestoneId;
    }

    /** How it reads from {@code milestoneId}'s side: "waits on SSO-7 · … (FS +2d)" or "blocks CHK-12 · … (FS)". */
    public String seenFrom(long milestoneId) {
        return dependency.successorId() == milestoneId
                ? DependencyText.waitsOn(predecessorKey, predecessorTitle, dependency)
                : DependencyText.blocks(successorKey, successorTitle, dependency);
    }
}
