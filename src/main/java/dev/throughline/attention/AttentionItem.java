package dev.throughline.attention;

/**
 * One thing that needs a TPgM today: what (kind), how urgent, where it lives (a program and the tab to
 * open, or an intake request), a one-line title and the detail that explains it.
 */
public record AttentionItem(Kind kind, Severity severity, Long programId, String programKey, Long intakeId,
                            String title, String detail, Target target, Long itemId) {

    /** An item about a whole program (or an intake request): nothing to select in the tab. */
    public AttentionItem(Kind kind, Severity severity, Long programId, String programKey, Long intakeId, String title,
                         String detail, Target target) {
        this(kind, severity, programId, programKey, intakeId, title, detail, target, null);
    }

    /** The badge: says what it is (overdue, at risk, due today…), its colour says how urgent. */
    public String badge() {
        boolean urgent = severity == Severity.URGENT;
        return switch (kind) {
            case PROGRAM_HEALTH -> urgent ? "Off track" : "At risk";
            case INTAKE_RESPONSE -> urgent ? "Overdue" : "Due soon";
            case MILESTONE_SLIPPING -> urgent ? "Late" : "Slipping";
            case MILESTONE_DUE -> urgent ? "Due today" : "This week";
            case RISK_TRIGGERED -> urgent ? "Red" : "Triggered";
            case REVIEW_OVERDUE, ACTION_OVERDUE -> "Overdue";
            case SNAPSHOT_STALE -> "Stale";
            case RACI_PROBLEM -> "Check";
        };
    }

    public enum Severity {
        URGENT("Urgent"), SOON("Soon"), WATCH("Watch");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The kinds, in the order the home screen and the digest list them. */
    public enum Kind {
        PROGRAM_HEALTH("Programs off track or at risk"),
        INTAKE_RESPONSE("Intake requests near the response goal"),
        MILESTONE_SLIPPING("Milestones slipping"),
        MILESTONE_DUE("Milestones due in the coming week"),
        RISK_TRIGGERED("Triggered risks"),
        REVIEW_OVERDUE("Overdue risk reviews"),
        ACTION_OVERDUE("Overdue actions"),
        SNAPSHOT_STALE("Status snapshots older than a week"),
        RACI_PROBLEM("RACI problems");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** Where one click takes you: a tab of the program's page (by its id), or the intake list. */
    public enum Target {
        OVERVIEW("program-tab-overview"), MILESTONES("program-tab-milestones"), RAID("program-tab-raid"),
        RACI("program-tab-raci"), SYNCS("program-tab-syncs"), DECISIONS("program-tab-decisions"), INTAKE("intake");

        private final String tabId;

        Target(String tabId) {
            this.tabId = tabId;
        }

        public String tabId() {
            return tabId;
        }
    }

    /** "CHK-12 · Payments API" or the intake request's title. */
    public String where() {
        return programKey == null || programKey.isEmpty() ? title : programKey + " · " + title;
    }
}
