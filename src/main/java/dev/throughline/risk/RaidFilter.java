package dev.throughline.risk;

import java.util.Locale;

/**
 * What the register shows: each part null/blank/false means "any". Closed and realised items are
 * hidden unless {@code showClosed} is set or the status filter asks for them. {@code cell} filters to
 * one heat-map cell, inherent or residual. Pure.
 */
public record RaidFilter(RaidType type, RaidStatus status, String owner, Band band, boolean reviewOverdueOnly,
                         boolean triggeredOnly, boolean showClosed, String search, HeatCell cell, boolean residual) {

    /** One cell of the 5x5 grid. */
    public record HeatCell(int probability, int impact) {
    }

    public static RaidFilter none() {
        return new RaidFilter(null, null, "", null, false, false, false, "", null, false);
    }

    public boolean test(RaidRow row) {
        return testIgnoringCell(row) && (cell == null
                || (row.probability(residual) == cell.probability() && row.impact(residual) == cell.impact()));
    }

    /** Every part but the heat-map cell: what the heat map counts. */
    public boolean testIgnoringCell(RaidRow row) {
        RaidItem item = row.item();
        if (status == null ? !showClosed && !item.status().isActive() : item.status() != status) {
            return false;
        }
        if (type != null && item.type() != type) {
            return false;
        }
        if (owner != null && !owner.isBlank() && !row.owner().equalsIgnoreCase(owner.strip())) {
            return false;
        }
        if (band != null && RiskBands.band(residual ? item.residualScore() : item.score()) != band) {
            return false;
        }
        if (reviewOverdueOnly && !row.reviewOverdue()) {
            return false;
        }
        if (triggeredOnly && !row.triggered()) {
            return false;
        }
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || String.join(" ", item.ref(), item.title(), item.cause(), item.event(), item.effect(),
                item.mitigation(), row.owner(), row.programKey(), String.join(" ", row.milestones()))
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Counts per cell of the rows this filter (without its cell) lets through; [probability-1][impact-1]. */
    public int[][] heat(Iterable<RaidRow> rows) {
        int[][] counts = new int[5][5];
        for (RaidRow row : rows) {
            if (testIgnoringCell(row)) {
                counts[row.probability(residual) - 1][row.impact(residual) - 1]++;
            }
        }
        return counts;
    }
}
