package dev.throughline.timeline;

import dev.throughline.timeline.TimelineFrame.ItemMark;
import dev.throughline.timeline.TimelineFrame.LaneRow;
import dev.throughline.timeline.TimelineFrame.LinkPath;
import dev.throughline.timeline.TimelineScale.Tick;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a redraw shows, without touching the scene graph: the lanes under the viewport (by arithmetic on
 * the lane height), each lane's items whose diamond, label, baseline ghost or deadline flag reaches into view (by
 * binary search on the lane's forecast-sorted days, widened by the lane's longest baseline/deadline reach and the
 * label margin), the dependency paths with a visible end, the today line and the header ticks. Work and allocation
 * grow with what is visible, not with the data set. Stateless and thread-safe.
 */
public final class TimelineLayout {

    public static final double DEFAULT_LANE_HEIGHT = 40;
    public static final double DEFAULT_DIAMOND_RADIUS = 7;
    /** The widest label drawn; items further left than this are culled even if their label could reach in. */
    public static final double DEFAULT_LABEL_MARGIN = 240;
    public static final int DEFAULT_MAX_LINKS = 2_000;
    /** Gap between a diamond and its label, and between a label and the next diamond. */
    public static final double LABEL_GAP = 5;
    /** How far right of its x a deadline flag reaches. */
    static final double FLAG_WIDTH = 9;

    private final double laneHeight;
    private final double radius;
    private final double labelMargin;
    private final int maxLinks;

    public TimelineLayout(double laneHeight, double diamondRadius, double labelMargin, int maxLinks) {
        if (!(laneHeight > 0)) {
            throw new IllegalArgumentException("laneHeight must be positive");
        }
        this.laneHeight = laneHeight;
        this.radius = diamondRadius;
        this.labelMargin = labelMargin;
        this.maxLinks = maxLinks;
    }

    public TimelineLayout() {
        this(DEFAULT_LANE_HEIGHT, DEFAULT_DIAMOND_RADIUS, DEFAULT_LABEL_MARGIN, DEFAULT_MAX_LINKS);
    }

    public double laneHeight() {
        return laneHeight;
    }

    public double diamondRadius() {
        return radius;
    }

    public double labelMargin() {
        return labelMargin;
    }

    public double contentHeight(TimelineIndex index) {
        return index.laneCount() * laneHeight;
    }

    /** scrollY kept between the first lane at the top and the last lane at the bottom. */
    public double clampScrollY(TimelineIndex index, double scrollY, double viewportHeight) {
        double max = Math.max(0, contentHeight(index) - viewportHeight);
        return Math.max(0, Math.min(max, scrollY));
    }

    /** Top of a lane in viewport coordinates. */
    public double laneTop(int lane, double scrollY) {
        return lane * laneHeight - scrollY;
    }

    /** The lane at viewport y, or -1 outside the lanes. */
    public int laneAt(TimelineIndex index, double y, double scrollY) {
        double content = y + scrollY;
        if (content < 0) {
            return -1;
        }
        int lane = (int) (content / laneHeight);
        return lane < index.laneCount() ? lane : -1;
    }

    public TimelineFrame layout(TimelineIndex index, TimelineScale scale, TimelineViewport viewport, LocalDate today) {
        int laneCount = index.laneCount();
        double scrollX = viewport.scrollX();
        double scrollY = viewport.scrollY();
        double width = viewport.width();
        int first = (int) Math.max(0, Math.min(laneCount, Math.floor(scrollY / laneHeight)));
        int last = (int) Math.max(first, Math.min(laneCount, Math.ceil((scrollY + viewport.height()) / laneHeight)));

        double ppd = scale.pxPerDay();
        double startDay = scale.epochDayAt(scrollX);
        double endDay = scale.epochDayAt(scrollX + width);
        double slopDays = (radius + FLAG_WIDTH + 2) / ppd + 1;
        double labelDays = labelMargin / ppd;

        List<LaneRow> rows = new ArrayList<>(last - first);
        for (int lane = first; lane < last; lane++) {
            double top = lane * laneHeight - scrollY;
            double y = top + laneHeight / 2;
            int count = index.itemCount(lane);
            long fromDay = (long) Math.floor(startDay - slopDays - Math.max(labelDays, index.reachAfter(lane)));
            long toDay = (long) Math.ceil(endDay + slopDays + index.reachBefore(lane));
            int lo = index.lowerBound(lane, fromDay);
            int hi = index.upperBound(lane, toDay);
            long[] laneDays = index.days(lane);
            int[] groups = LaneClusters.groups(laneDays, ppd, lo, hi, LaneClusters.SPACING);
            List<ItemMark> marks = new ArrayList<>(Math.max(0, hi - lo));
            for (int g = 0; g + 1 < groups.length; g++) {
                addGroup(index, scale, lane, groups[g], groups[g + 1], count, scrollX, y, width, marks);
            }
            rows.add(new LaneRow(lane, index.lane(lane), top, laneHeight, marks));
        }

        List<LinkPath> links = new ArrayList<>();
        int overCap = 0;
        for (int lane = first; lane < last; lane++) {
            long[] endDays = index.endpointDays(lane);
            if (endDays.length == 0) {
                continue;
            }
            int[] refs = index.endpointRefs(lane);
            int lo = TimelineIndex.lowerBound(endDays, (long) Math.floor(startDay - slopDays));
            int hi = TimelineIndex.lowerBound(endDays, (long) Math.ceil(endDay + slopDays) + 1);
            for (int k = lo; k < hi; k++) {
                int ref = refs[k];
                TimelineLink link = index.link(ref >>> 1);
                boolean isTarget = (ref & 1) == 1;
                if (!endVisible(index, scale, viewport, link.fromId(), first, last)) {
                    if (!isTarget || !endVisible(index, scale, viewport, link.toId(), first, last)) {
                        continue;
                    }
                } else if (isTarget) {
                    continue; // drawn once, from its visible start
                }
                if (links.size() >= maxLinks) {
                    overCap++;
                    continue;
                }
                links.add(path(index, scale, viewport, link, first, last));
            }
        }

        double todayX = today == null ? Double.NaN : scale.centerX(today) - scrollX;
        LocalDate fromDate = scale.dateAt(scrollX);
        LocalDate toDate = scale.dateAt(scrollX + width);
        return new TimelineFrame(scale, viewport, laneHeight, radius, first, last, rows, links, overCap, todayX,
                shift(scale.majorTicks(fromDate, toDate), scrollX), shift(scale.minorTicks(fromDate, toDate), scrollX),
                shift(scale.gridTicks(fromDate, toDate), scrollX), contentHeight(index));
    }

    /**
     * Adds the marks of one group {@code [from, to)} of a lane when any of it reaches into view: a single milestone
     * as before; a cluster as its first milestone (with the count) followed by hidden members, which keep their own
     * x and deadline but draw no diamond, label or baseline ghost of their own.
     */
    private void addGroup(TimelineIndex index, TimelineScale scale, int lane, int from, int to, int count,
                          double scrollX, double y, double width, List<ItemMark> marks) {
        int size = to - from;
        double x = scale.centerXOfEpochDay(index.forecastDay(lane, from)) - scrollX;
        double room = labelMargin;
        if (to < count) {
            // up to the next mark's diamond, or its baseline ghost when that comes first
            double next = scale.centerXOfEpochDay(index.forecastDay(lane, to)) - scrollX;
            LocalDate nextBaseline = index.item(lane, to).baseline();
            if (nextBaseline != null) {
                double ghost = scale.centerX(nextBaseline) - scrollX;
                if (ghost > x && ghost < next) {
                    next = ghost;
                }
            }
            room = Math.max(0, Math.min(labelMargin, next - x - 2 * radius - 2 * LABEL_GAP));
        }
        double left = x - radius;
        double right = Math.max(x + radius + (room > 0 ? LABEL_GAP + room : 0),
                scale.centerXOfEpochDay(index.forecastDay(lane, to - 1)) - scrollX + radius);
        double bx = Double.NaN;
        for (int k = from; k < to; k++) {
            TimelineItem item = index.item(lane, k);
            if (size == 1 && item.baseline() != null && !item.baseline().equals(item.forecast())) {
                bx = scale.centerX(item.baseline()) - scrollX;
                left = Math.min(left, bx - radius);
                right = Math.max(right, bx + radius);
            }
            double dx = deadlineX(item, scale, scrollX);
            if (!Double.isNaN(dx)) {
                left = Math.min(left, dx - 1);
                right = Math.max(right, dx + FLAG_WIDTH);
            }
        }
        if (right < 0 || left > width) {
            return;
        }
        TimelineItem head = index.item(lane, from);
        marks.add(new ItemMark(head, lane, from, x, y, bx, deadlineX(head, scale, scrollX), room, size));
        for (int k = from + 1; k < to; k++) {
            TimelineItem item = index.item(lane, k);
            double mx = scale.centerXOfEpochDay(index.forecastDay(lane, k)) - scrollX;
            marks.add(new ItemMark(item, lane, k, mx, y, Double.NaN, deadlineX(item, scale, scrollX), 0, 0));
        }
    }

    private static double deadlineX(TimelineItem item, TimelineScale scale, double scrollX) {
        return item.deadline() == null ? Double.NaN : scale.centerX(item.deadline()) - scrollX;
    }

    private boolean endVisible(TimelineIndex index, TimelineScale scale, TimelineViewport viewport, long itemId,
                               int first, int last) {
        int lane = index.laneOf(itemId);
        if (lane < first || lane >= last) {
            return false;
        }
        double x = scale.centerXOfEpochDay(index.forecastDay(lane, index.positionOf(itemId))) - viewport.scrollX();
        return x >= -radius && x <= viewport.width() + radius;
    }

    /**
     * Predecessor to successor along lane edges: leave the predecessor's diamond from its bottom (successor in
     * the same lane or below) or top tip, run along the edge of the predecessor's lane (just above its bottom
     * edge for the same lane), then drop or rise into the successor's tip. Labels sit beside the diamonds, so the
     * path never runs through them or through a diamond of either lane; when it crosses lanes in between, its
     * vertical run steps aside from any visible diamond there and rejoins along the successor lane's edge.
     */
    LinkPath path(TimelineIndex index, TimelineScale scale, TimelineViewport viewport, TimelineLink link,
                  int firstVisible, int lastVisible) {
        int fromLane = index.laneOf(link.fromId());
        int toLane = index.laneOf(link.toId());
        TimelineItem from = index.find(link.fromId());
        TimelineItem to = index.find(link.toId());
        double x0 = scale.centerX(from.forecast()) - viewport.scrollX();
        double x1 = scale.centerX(to.forecast()) - viewport.scrollX();
        double fromTop = laneTop(fromLane, viewport.scrollY());
        double toTop = laneTop(toLane, viewport.scrollY());
        double y0 = fromTop + laneHeight / 2;
        double y1 = toTop + laneHeight / 2;
        double[] points;
        if (fromLane == toLane) {
            double edge = fromTop + laneHeight - 3;
            points = new double[] {x0, y0 + radius, x0, edge, x1, edge, x1, y1 + radius};
        } else {
            boolean down = toLane > fromLane;
            double edge = down ? fromTop + laneHeight : fromTop;
            double tip0 = down ? y0 + radius : y0 - radius;
            double tip1 = down ? y1 - radius : y1 + radius;
            double xv = verticalRun(index, scale, viewport, x1, Math.min(fromLane, toLane) + 1,
                    Math.max(fromLane, toLane), firstVisible, lastVisible);
            if (xv == x1) {
                points = new double[] {x0, tip0, x0, edge, x1, edge, x1, tip1};
            } else {
                double rejoin = down ? toTop : toTop + laneHeight;
                points = new double[] {x0, tip0, x0, edge, xv, edge, xv, rejoin, x1, rejoin, x1, tip1};
            }
        }
        return new LinkPath(link, from, to, points, to.forecast().isBefore(from.forecast()));
    }

    /**
     * Where a link's vertical run crosses lanes {@code [fromLane, toLane)}: at {@code x}, unless a visible diamond
     * in those lanes sits there, then a little left or right of it.
     */
    private double verticalRun(TimelineIndex index, TimelineScale scale, TimelineViewport viewport, double x,
                               int fromLane, int toLane, int firstVisible, int lastVisible) {
        int lo = Math.max(fromLane, firstVisible);
        int hi = Math.min(toLane, lastVisible);
        if (lo >= hi) {
            return x;
        }
        double step = radius + 6;
        for (double candidate : new double[] {x, x - step, x + step, x - 2 * step, x + 2 * step}) {
            if (!diamondNear(index, scale, viewport, candidate, lo, hi)) {
                return candidate;
            }
        }
        return x;
    }

    private boolean diamondNear(TimelineIndex index, TimelineScale scale, TimelineViewport viewport, double x,
                                int fromLane, int toLane) {
        double reach = radius + 3;
        long firstDay = (long) Math.floor(scale.epochDayAt(x - reach + viewport.scrollX()));
        long lastDay = (long) Math.floor(scale.epochDayAt(x + reach + viewport.scrollX()));
        for (int lane = fromLane; lane < toLane; lane++) {
            int k = index.lowerBound(lane, firstDay);
            for (; k < index.itemCount(lane) && index.forecastDay(lane, k) <= lastDay; k++) {
                double dx = scale.centerXOfEpochDay(index.forecastDay(lane, k)) - viewport.scrollX() - x;
                if (Math.abs(dx) < reach) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Tick> shift(List<Tick> ticks, double scrollX) {
        List<Tick> out = new ArrayList<>(ticks.size());
        for (Tick t : ticks) {
            out.add(new Tick(t.date(), t.x() - scrollX, t.label(), t.unit()));
        }
        return out;
    }
}
