package dev.throughline.timeline;

import dev.throughline.timeline.TimelineScale.Tick;
import java.util.List;

/**
 * What one redraw shows, computed by {@link TimelineLayout}: only the lanes, items, links and ticks inside the
 * viewport. All x and y are viewport coordinates (0,0 is the top-left of the lane area, right of the title column
 * and under the header). Immutable.
 *
 * @param firstLane      index of the first visible lane
 * @param lastLane       index after the last visible lane
 * @param lanes          the visible lanes, top to bottom, each with its visible items
 * @param links          dependency paths whose start or end is visible (at most the layout's cap)
 * @param linksOverCap   links that were visible but left out because of the cap
 * @param todayX         x of the middle of today's cell, NaN when there is no today
 * @param majorTicks     header band ticks (months, quarters or years), first one at or left of x = 0
 * @param minorTicks     header cell ticks (weeks, months or quarters), first one at or left of x = 0
 * @param gridTicks      extra unlabelled grid lines (months at quarter zoom)
 * @param contentHeight  height of all lanes together
 */
public record TimelineFrame(TimelineScale scale, TimelineViewport viewport, double laneHeight, double diamondRadius,
                            int firstLane, int lastLane, List<LaneRow> lanes, List<LinkPath> links,
                            int linksOverCap, double todayX, List<Tick> majorTicks, List<Tick> minorTicks,
                            List<Tick> gridTicks, double contentHeight) {

    public TimelineFrame {
        lanes = List.copyOf(lanes);
        links = List.copyOf(links);
        majorTicks = List.copyOf(majorTicks);
        minorTicks = List.copyOf(minorTicks);
        gridTicks = List.copyOf(gridTicks);
    }

    /** One visible lane: {@code top} is its upper edge; items are in forecast order. */
    public record LaneRow(int index, TimelineLane lane, double top, double height, List<ItemMark> items) {

        public LaneRow {
            items = List.copyOf(items);
        }

        public double centerY() {
            return top + height / 2;
        }
    }

    /**
     * One visible item. {@code x, y} is the centre of its forecast diamond; {@code baselineX} is NaN unless the
     * baseline differs from the forecast; {@code deadlineX} is NaN without a deadline (both are day centres);
     * {@code labelRoom} is the width free for its label before the next mark's diamond in the lane.
     * {@code clusterSize} is 1 for a milestone drawn on its own, the number of milestones for the first of a
     * cluster (drawn with a "+N" chip for the others), and 0 for a milestone hidden in the cluster before it.
     */
    public record ItemMark(TimelineItem item, int lane, int position, double x, double y, double baselineX,
                           double deadlineX, double labelRoom, int clusterSize) {

        public ItemMark(TimelineItem item, int lane, int position, double x, double y, double baselineX,
                        double deadlineX, double labelRoom) {
            this(item, lane, position, x, y, baselineX, deadlineX, labelRoom, 1);
        }

        /** Drawn as a "+N" cluster standing for the next {@code clusterSize - 1} milestones too. */
        public boolean isCluster() {
            return clusterSize > 1;
        }

        /** Hidden in the cluster before it: no diamond or label of its own. */
        public boolean isHidden() {
            return clusterSize == 0;
        }

        public boolean hasBaselineGhost() {
            return !Double.isNaN(baselineX);
        }

        public boolean hasDeadline() {
            return !Double.isNaN(deadlineX);
        }
    }

    /**
     * An orthogonal dependency path: {@code points} holds x0, y0, x1, y1, ... from the predecessor's diamond to
     * the successor's, running along lane edges so it never crosses a label; the arrow head goes at the last
     * point. {@code violated} when the successor is forecast before its predecessor.
     */
    public record LinkPath(TimelineLink link, TimelineItem from, TimelineItem to, double[] points,
                           boolean violated) {

        public int pointCount() {
            return points.length / 2;
        }

        public double x(int i) {
            return points[2 * i];
        }

        public double y(int i) {
            return points[2 * i + 1];
        }
    }

    public boolean todayVisible() {
        return !Double.isNaN(todayX) && todayX >= 0 && todayX <= viewport.width();
    }

    /** Number of items in the visible lanes. */
    public int itemCount() {
        int n = 0;
        for (LaneRow row : lanes) {
            n += row.items().size();
        }
        return n;
    }

    /** The visible item whose diamond contains (x, y) within {@code slop} pixels, nearest first; or null. */
    public ItemMark itemAt(double x, double y, double slop) {
        ItemMark best = null;
        double bestDistance = Double.MAX_VALUE;
        double reach = diamondRadius + slop;
        for (LaneRow row : lanes) {
            if (y < row.top() || y >= row.top() + row.height()) {
                continue;
            }
            for (ItemMark mark : row.items()) {
                if (mark.isHidden()) {
                    continue;
                }
                double d = Math.abs(mark.x() - x) + Math.abs(mark.y() - y);
                if (d <= reach && d < bestDistance) {
                    best = mark;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** The milestones a cluster mark stands for, in date order (just the mark's own for a single one). */
    public List<ItemMark> members(ItemMark mark) {
        for (LaneRow row : lanes) {
            if (row.index() != mark.lane()) {
                continue;
            }
            int at = row.items().indexOf(mark);
            if (at < 0) {
                break;
            }
            int end = at + 1;
            while (end < row.items().size() && row.items().get(end).isHidden()) {
                end++;
            }
            return row.items().subList(at, end);
        }
        return List.of(mark);
    }

    /** The mark drawn for an item: its own, or the cluster it is hidden in; null when not visible. */
    public ItemMark shownAs(long itemId) {
        for (LaneRow row : lanes) {
            ItemMark head = null;
            for (ItemMark mark : row.items()) {
                if (!mark.isHidden()) {
                    head = mark;
                }
                if (mark.item().id() == itemId) {
                    return head;
                }
            }
        }
        return null;
    }

    /** The visible lane row at y, or null. */
    public LaneRow laneAt(double y) {
        for (LaneRow row : lanes) {
            if (y >= row.top() && y < row.top() + row.height()) {
                return row;
            }
        }
        return null;
    }

    /** The visible mark of an item, or null. */
    public ItemMark find(long itemId) {
        for (LaneRow row : lanes) {
            for (ItemMark mark : row.items()) {
                if (mark.item().id() == itemId) {
                    return mark;
                }
            }
        }
        return null;
    }
}
