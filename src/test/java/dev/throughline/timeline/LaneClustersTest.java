package dev.throughline.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.timeline.TimelineFrame.ItemMark;
import dev.throughline.timeline.TimelineScale.Zoom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which milestones cluster at a scale, and the scale at which Fit keeps the right-most labels whole; no window. */
class LaneClustersTest {

    private static final double SPACING = LaneClusters.SPACING;

    @Test
    void milestonesOnTheSameDayAlwaysClusterAndNoZoomSeparatesThem() {
        long[] days = {100, 100, 100, 130};
        assertArrayEquals(new int[] {0, 3, 4}, LaneClusters.groups(days, TimelineScale.MAX_PX_PER_DAY));
        assertTrue(Double.isNaN(LaneClusters.pxPerDayToSeparate(days, 0, 3, SPACING)));
    }

    @Test
    void closeMilestonesClusterAndZoomingInSplitsThem() {
        long[] days = {0, 2, 3, 40};
        double monthZoom = Zoom.MONTH.pxPerDay(); // 6 px a day: 3 days is 18 px, closer than the spacing
        assertArrayEquals(new int[] {0, 3, 4}, LaneClusters.groups(days, monthZoom));
        double apart = LaneClusters.pxPerDayToSeparate(days, 0, 3, SPACING);
        assertEquals(SPACING, apart, 1e-9, "the closest pair is one day apart");
        assertTrue(apart <= TimelineScale.MAX_PX_PER_DAY, "the deepest zoom separates milestones a day apart");
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, LaneClusters.groups(days, apart));
    }

    @Test
    void aClusterSpansAtMostTheSpacingFromItsFirstMilestone() {
        long[] weekly = new long[20];
        for (int i = 0; i < weekly.length; i++) {
            weekly[i] = 7L * i;
        }
        // 7 days at 5 px a day is 35 px: two weekly milestones share a mark, not the whole lane
        int[] groups = LaneClusters.groups(weekly, 5);
        for (int g = 0; g + 1 < groups.length; g++) {
            long span = (weekly[groups[g + 1] - 1] - weekly[groups[g]]) * 5;
            assertTrue(span < SPACING, "group " + g + " spans " + span + " px");
            if (g + 2 < groups.length) {
                assertTrue((weekly[groups[g + 1]] - weekly[groups[g]]) * 5 >= SPACING, "marks keep the spacing");
            }
        }
        assertEquals(10, groups.length - 1);
    }

    @Test
    void theGroupsDoNotChangeWhileTheViewPans() {
        long[] days = new long[300];
        java.util.Random random = new java.util.Random(4);
        for (int i = 1; i < days.length; i++) {
            days[i] = days[i - 1] + random.nextInt(6);
        }
        int[] whole = LaneClusters.groups(days, 8);
        List<Integer> starts = new ArrayList<>();
        for (int b : whole) {
            starts.add(b);
        }
        for (int lo = 0; lo < 280; lo += 7) {
            int[] part = LaneClusters.groups(days, 8, lo, lo + 20, SPACING);
            for (int b : part) {
                assertTrue(starts.contains(b), "boundary " + b + " seen from " + lo + " is a boundary of the lane");
            }
            assertTrue(part[0] <= lo && part[part.length - 1] >= lo + 20, "the groups cover what is asked");
        }
    }

    @Test
    void everyMarkKeepsRoomForItsLabelOrChip() {
        TimelineLayout layout = new TimelineLayout();
        LocalDate d = LocalDate.of(2026, 12, 1);
        List<TimelineItem> items = List.of(TimelineSamples.item(1, "Beta", d), TimelineSamples.item(2, "Pricing", d),
                TimelineSamples.item(3, "Docs", d.plusDays(1)), TimelineSamples.item(4, "GA", d.plusDays(30)));
        TimelineIndex index = TimelineIndex.of(new TimelineData(List.of(new TimelineLane("a", "A", items)),
                List.of()));
        TimelineScale scale = new TimelineScale(d.minusDays(10), Zoom.MONTH.pxPerDay(), Locale.ENGLISH);
        TimelineFrame frame = layout.layout(index, scale, new TimelineViewport(0, 0, 900, 200), null);
        List<ItemMark> marks = frame.lanes().get(0).items();
        assertEquals(4, marks.size(), "hidden members stay in the frame, for navigation and the cluster's list");
        assertEquals(3, marks.get(0).clusterSize());
        assertTrue(marks.get(1).isHidden() && marks.get(2).isHidden());
        assertEquals(1, marks.get(3).clusterSize());
        assertEquals(List.of(1L, 2L, 3L), frame.members(marks.get(0)).stream().map(m -> m.item().id()).toList());
        assertEquals(marks.get(0), frame.shownAs(3));
        assertTrue(marks.get(0).labelRoom() >= LaneClusters.MIN_LABEL_ROOM);
        assertEquals(marks.get(0), frame.itemAt(marks.get(0).x(), marks.get(0).y(), 3),
                "the cluster, not a hidden member, is under the pointer");
        assertEquals("3 milestones Dec 1 – Dec 2, 2026",
                TimelineView.clusterTitle(frame.members(marks.get(0)).stream().map(ItemMark::item).toList(),
                        Locale.ENGLISH));
    }

    @Test
    void fitLeavesRoomForTheRightMostLabels() {
        // dates alone would take 100 days at 10 px in 1000 px; a 300 px label on the last day needs a smaller scale
        double dates = TimelineFit.pxPerDay(0, 99, List.of(), 1000);
        assertEquals(10, dates, 1e-9);
        double withLabel = TimelineFit.pxPerDay(0, 99, List.of(new TimelineFit.Tail(99, 300)), 1000);
        assertEquals(700 / 99.5, withLabel, 1e-9);
        assertTrue((99 + 0.5) * withLabel + 300 <= 1000 + 1e-9);
        // an earlier label that reaches further decides
        double earlier = TimelineFit.pxPerDay(0, 99, List.of(new TimelineFit.Tail(99, 20),
                new TimelineFit.Tail(90, 400)), 1000);
        assertEquals(600 / 90.5, earlier, 1e-9);
        // a label wider than the view is cut whatever the zoom: it does not shrink the timeline to nothing
        assertEquals(10, TimelineFit.pxPerDay(0, 99, List.of(new TimelineFit.Tail(50, 1200)), 1000), 1e-9);
    }
}
