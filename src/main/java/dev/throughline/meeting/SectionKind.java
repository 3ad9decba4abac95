package dev.throughline.meeting;

/** What fills an agenda section: a query of the plan, or the section's own title (free item). */
public enum SectionKind {
    MILESTONES_DUE("Milestones due", "Milestones due in the next 14 days"),
    MILESTONES_SLIPPED("Slipped milestones", "Slipped milestones"),
    RISKS("Risks", "Triggered and high-score risks, reviews due"),
    RACI("RACI problems", "RACI problems"),
    FREE("Free item", "Free item"),
    CARRIED("Carried over", "Carried over from the last sync"),
    ACTIONS("Open actions", "Open action items, with their age"),
    DECISIONS("Pending decisions", "Decisions pending");

    private final String name;
    private final String label;

    SectionKind(String name, String label) {
        this.name = name;
        this.label = label;
    }

    /** What the agenda template editor calls it ("Milestones due"). */
    public String displayName() {
        return name;
    }

    /** What it fills the section with, in a sentence. */
    public String label() {
        return label;
    }
}
