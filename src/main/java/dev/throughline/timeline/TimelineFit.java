package dev.throughline.timeline;

import java.util.List;

/**
 * The scale at which a timeline's dates and its right-most labels fit a width: Fit must not cut off the label of
 * the last milestone of a lane. Pure: days and pixel widths in, pixels per day out.
 */
public final class TimelineFit {

    /** A mark on {@code day} that needs {@code px} pixels right of its day's centre (diamond, chip, label, badge). */
    public record Tail(long day, double px) {
    }

    private TimelineFit() {
    }

    /**
     * The largest scale (within the scale's limits) at which every day from {@code firstDay} to {@code lastDay} and
     * every tail fit in {@code width} pixels measured from the start of {@code firstDay}. A tail wider than the
     * width on its own is left out (its label is cut whatever the zoom).
     */
    public static double pxPerDay(long firstDay, long lastDay, List<Tail> tails, double width) {
        double best = width / (lastDay - firstDay + 1);
        for (Tail tail : tails) {
            double free = width - tail.px();
            if (free <= 0) {
                continue;
            }
            best = Math.min(best, free / (tail.day() - firstDay + 0.5));
        }
        return TimelineScale.clampPxPerDay(best);
    }
}
