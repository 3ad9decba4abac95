package dev.throughline.risk;

/** Where a RAID item stands. A realised risk has become an issue (see RiskService#realise). */
public enum RaidStatus {
    OPEN("Open"),
    MITIGATING("Mitigating"),
    CLOSED("Closed"),
    REALISED("Realised");

    private final String label;

    RaidStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open and mitigating items still threaten the plan: only they can trigger. */
    public boolean isActive() {
        return this == OPEN || this == MITIGATING;
    }

    @Override
    public String toString() {
        return label;
    }
}
