package dev.throughline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link TimelineData} prepared once for drawing: each lane's items sorted by forecast (with their epoch days in a
 * primitive array for binary search), how far an item's baseline or deadline reaches from its forecast, where
 * each item lives, and each lane's link endpoints sorted by date. Built whenever the data changes, in
 * O(n log n); every frame afterwards touches only what it shows. Immutable.
 */
public final class TimelineIndex {

    private static final Comparator<TimelineItem> BY_FORECAST = Comparator
            .comparing(TimelineItem::forecast, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(TimelineItem::id);

    public static final TimelineIndex EMPTY = new TimelineIndex(TimelineData.EMPTY);

    private final TimelineData data;
    private final TimelineItem[][] items;
    private final long[][] days;
    /** Per lane: the most days any item's baseline/deadline lies before its forecast. */
    private final long[] reachBefore;
    /** Per lane: the most days any item's baseline/deadline lies after its forecast. */
    private final long[] reachAfter;
    private final Map<Long, Long> positions;
    private final TimelineLink[] links;
    /** Per lane: link endpoints in that lane as (link index << 1 | 1 when the endpoint is the link's target). */
    private final int[][] endpointRefs;
    private final long[][] endpointDays;
    private final long minDay;
    private final long maxDay;
    private final int itemCount;

    private TimelineIndex(TimelineData data) {
        this.data = data;
        List<TimelineLane> lanes = data.lanes();
        int n = lanes.size();
        items = new TimelineItem[n][];
        days = new long[n][];
        reachBefore = new long[n];
        reachAfter = new long[n];
        positions = new HashMap<>();
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        int count = 0;
        for (int lane = 0; lane < n; lane++) {
            TimelineItem[] sorted = lanes.get(lane).items().stream()
                    .filter(i -> i.forecast() != null)
                    .sorted(BY_FORECAST)
                    .toArray(TimelineItem[]::new);
            long[] d = new long[sorted.length];
            for (int k = 0; k < sorted.length; k++) {
                TimelineItem item = sorted[k];
                long f = item.forecast().toEpochDay();
                d[k] = f;
                long first = f;
                long last = f;
                for (LocalDate other : new LocalDate[] {item.baseline(), item.deadline()}) {
                    if (other != null) {
                        long o = other.toEpochDay();
                        first = Math.min(first, o);
                        last = Math.max(last, o);
                    }
                }
                reachBefore[lane] = Math.max(reachBefore[lane], f - first);
                reachAfter[lane] = Math.max(reachAfter[lane], last - f);
                lo = Math.min(lo, first);
                hi = Math.max(hi, last);
                positions.put(item.id(), ((long) lane << 32) | k);
            }
            items[lane] = sorted;
            days[lane] = d;
            count += sorted.length;
        }
        itemCount = count;
        minDay = lo;
        maxDay = hi;

        List<TimelineLink> usable = new ArrayList<>();
        for (TimelineLink link : data.links()) {
            if (positions.containsKey(link.fromId()) && positions.containsKey(link.toId())) {
                usable.add(link);
            }
        }
        links = usable.toArray(TimelineLink[]::new);
        int[] perLane = new int[n];
        for (TimelineLink link : links) {
            perLane[laneOf(link.fromId())]++;
            perLane[laneOf(link.toId())]++;
        }
        endpointRefs = new int[n][];
        endpointDays = new long[n][];
        long[][] packed = new long[n][];
        for (int lane = 0; lane < n; lane++) {
            packed[lane] = new long[perLane[lane]];
            perLane[lane] = 0;
        }
        for (int i = 0; i < links.length; i++) {
            addEndpoint(packed, perLane, links[i].fromId(), i << 1);
            addEndpoint(packed, perLane, links[i].toId(), (i << 1) | 1);
        }
        for (int lane = 0; lane < n; lane++) {
            // (day, ref) pairs sorted by day: pack the day high and the ref low, then unpack.
            long[] p = packed[lane];
            Arrays.sort(p);
            int[] refs = new int[p.length];
            long[] ds = new long[p.length];
            for (int k = 0; k < p.length; k++) {
                refs[k] = (int) (p[k] & 0xFFFF_FFFFL);
                ds[k] = p[k] >> 32;
            }
            endpointRefs[lane] = refs;
            endpointDays[lane] = ds;
        }
    }

    private void addEndpoint(long[][] packed, int[] fill, long itemId, int ref) {
        long pos = positions.get(itemId);
        int lane = (int) (pos >>> 32);
        long day = days[lane][(int) pos];
        packed[lane][fill[lane]++] = (day << 32) | (ref & 0xFFFF_FFFFL);
    }

    public static TimelineIndex of(TimelineData data) {
        return data == null || data.lanes().isEmpty() ? EMPTY : new TimelineIndex(data);
    }

    public TimelineData data() {
        return data;
    }

    public int laneCount() {
        return items.length;
    }

    public TimelineLane lane(int lane) {
        return data.lanes().get(lane);
    }

    public int itemCount() {
        return itemCount;
    }

    public int itemCount(int lane) {
        return items[lane].length;
    }

    /** The {@code pos}-th item of a lane in forecast order. */
    public TimelineItem item(int lane, int pos) {
        return items[lane][pos];
    }

    public long forecastDay(int lane, int pos) {
        return days[lane][pos];
    }

    /** A lane's forecast days in order (shared, do not modify). */
    long[] days(int lane) {
        return days[lane];
    }

    long reachBefore(int lane) {
        return reachBefore[lane];
    }

    long reachAfter(int lane) {
        return reachAfter[lane];
    }

    /** First position in the lane whose forecast day is at or after {@code day}. */
    public int lowerBound(int lane, long day) {
        return lowerBound(days[lane], day);
    }

    /** First position in the lane whose forecast day is after {@code day}. */
    public int upperBound(int lane, long day) {
        return lowerBound(days[lane], day + 1);
    }

    static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public boolean contains(long itemId) {
        return positions.containsKey(itemId);
    }

    /** Lane of an item, or -1. */
    public int laneOf(long itemId) {
        Long pos = positions.get(itemId);
        return pos == null ? -1 : (int) (pos >>> 32);
    }

    /** Position of an item within its lane's forecast order, or -1. */
    public int positionOf(long itemId) {
        Long pos = positions.get(itemId);
        return pos == null ? -1 : (int) (long) pos;
    }

    /** The item with this id, or null. */
    public TimelineItem find(long itemId) {
        Long pos = positions.get(itemId);
        return pos == null ? null : items[(int) (pos >>> 32)][(int) (long) pos];
    }

    public int linkCount() {
        return links.length;
    }

    public TimelineLink link(int i) {
        return links[i];
    }

    int[] endpointRefs(int lane) {
        return endpointRefs[lane];
    }

    long[] endpointDays(int lane) {
        return endpointDays[lane];
    }

    /** Earliest date any item reaches (forecast, baseline or deadline), or null when there are no items. */
    public LocalDate firstDate() {
        return itemCount == 0 ? null : LocalDate.ofEpochDay(minDay);
    }

    /** Latest date any item reaches, or null when there are no items. */
    public LocalDate lastDate() {
        return itemCount == 0 ? null : LocalDate.ofEpochDay(maxDay);
    }
}
