package dev.throughline.meeting;

/** What fills an agenda section: a query of the plan, or the section's own title (free item). */
public enum SectionKind {
    MILESTONES_DUE("Milestones due in the next 14 days"),
    MILESTONES_SLIPPED("Slipped milestones"),
    RISKS("Triggered and high-score risks, reviews due"),
    RACI("RACI problems"),
    FREE("Free item"),
    CARRIED("Carried over from the last sync"),
    ACTIONS("Open action items, with their age"),
    DECISIONS("Decisions pending");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
