package dev.throughline.timeline;

import java.util.Arrays;

/**
 * Which milestones of a lane draw as one "+N" cluster at a scale. Milestones closer than {@link #SPACING} pixels to
 * the first of their group join it, so every mark (a single milestone or a cluster) keeps at least
 * {@link #MIN_LABEL_ROOM} pixels for its label before the next mark, and no diamond hides another. Zooming in
 * spreads the days apart and the clusters split. Pure: days and pixels in, group boundaries out.
 *
 * <p>Grouping is greedy from the left, anchored at a milestone that always starts a group (the lane's first, or
 * one at least {@link #SPACING} after its predecessor), so the groups do not change while the view pans.
 */
public final class LaneClusters {

    /** The least room a label gets beside its diamond: a few letters and an ellipsis, or a "+N" chip. */
    public static final double MIN_LABEL_ROOM = 40;
    /** Closest distance between the first milestones of two marks, in pixels. */
    public static final double SPACING = 2 * TimelineLayout.DEFAULT_DIAMOND_RADIUS + 2 * TimelineLayout.LABEL_GAP
            + MIN_LABEL_ROOM;
    /** How far back an anchor is looked for in a lane packed tight (beyond it, groups may shift while panning). */
    static final int MAX_LOOK_BACK = 4_096;

    private LaneClusters() {
    }

    /**
     * The groups of a lane's forecast-sorted {@code days} that reach into positions {@code [lo, hi)}, as group
     * boundaries: group {@code i} is {@code [bounds[i], bounds[i + 1])}. The first group may start before {@code lo}
     * and the last may end after {@code hi}; the last boundary is the start of the next group (or the day count).
     */
    public static int[] groups(long[] days, double pxPerDay, int lo, int hi, double spacing) {
        int count = days.length;
        if (lo >= hi || count == 0) {
            return new int[] {Math.min(lo, count)};
        }
        int anchor = lo;
        int limit = Math.max(0, lo - MAX_LOOK_BACK);
        while (anchor > limit && (days[anchor] - days[anchor - 1]) * pxPerDay < spacing) {
            anchor--;
        }
        int[] bounds = new int[Math.min(count - anchor, hi - lo + 1) + 1];
        int n = 0;
        int start = anchor;
        while (start < hi) {
            int end = start + 1;
            while (end < count && (days[end] - days[start]) * pxPerDay < spacing) {
                end++;
            }
            if (end > lo) {
                if (n + 1 >= bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[n++] = start;
            }
            start = end;
        }
        bounds[n++] = start;
        return Arrays.copyOf(bounds, n);
    }

    /** The groups of a whole lane. */
    public static int[] groups(long[] days, double pxPerDay) {
        return groups(days, pxPerDay, 0, days.length, SPACING);
    }

    /**
     * The scale at which the milestones {@code [from, to)} of a lane stop clustering (every consecutive pair at
     * least {@code spacing} apart), or NaN when two of them fall on the same day and no zoom separates them.
     */
    public static double pxPerDayToSeparate(long[] days, int from, int to, double spacing) {
        long closest = Long.MAX_VALUE;
        for (int k = from + 1; k < to; k++) {
            closest = Math.min(closest, days[k] - days[k - 1]);
        }
        if (closest == Long.MAX_VALUE) {
            return Double.NaN;
        }
        return closest <= 0 ? Double.NaN : spacing / closest;
    }
}
