package dev.throughline.snapshot;

/**
 * A RAID item as it stood when a snapshot was taken: type, band and status names as text (RISK,
 * RED, OPEN...), and whether its trigger held at that moment, with why.
 */
public record FrozenRisk(long id, String ref, String type, String title, String owner, int probability, int impact,
                         int score, String band, String status, boolean active, boolean triggered,
                         String triggeredBecause) {

    public FrozenRisk {
        ref = ref == null ? "" : ref;
        type = type == null ? "" : type;
        title = title == null ? "" : title;
        owner = owner == null ? "" : owner;
        band = band == null ? "" : band;
        status = status == null ? "" : status;
        triggeredBecause = triggeredBecause == null ? "" : triggeredBecause;
    }

    public boolean red() {
        return "RED".equals(band);
    }
}
