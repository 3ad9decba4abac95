package dev.throughline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.timeline.TimelineFrame.ItemMark;
import dev.throughline.timeline.TimelineFrame.LaneRow;
import dev.throughline.timeline.TimelineFrame.LinkPath;
import dev.throughline.timeline.TimelineItem.State;
import dev.throughline.timeline.TimelineScale.Tick;
import dev.throughline.timeline.TimelineScale.Zoom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimelineLayoutTest {

    private static final LocalDate ORIGIN = LocalDate.of(2025, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);
    private final TimelineLayout layout = new TimelineLayout(40, 7, 240, 2_000);

    private static TimelineScale scale(Zoom zoom) {
        return new TimelineScale(ORIGIN, zoom.pxPerDay(), Locale.ENGLISH);
    }

    private static Set<Integer> laneIndexes(TimelineFrame frame) {
        Set<Integer> out = new HashSet<>();
        frame.lanes().forEach(r -> out.add(r.index()));
        return out;
    }

    private static Set<Long> ids(TimelineFrame frame) {
        Set<Long> out = new HashSet<>();
        for (LaneRow row : frame.lanes()) {
            row.items().forEach(m -> out.add(m.item().id()));
        }
        return out;
    }

    @Test
    void onlyLanesIntersectingTheViewportAreReturned() {
        TimelineIndex index = TimelineIndex.of(TimelineSamples.grid(200, 5, ORIGIN, 1));
        TimelineFrame frame = layout.layout(index, scale(Zoom.MONTH), new TimelineViewport(0, 1000, 800, 400), TODAY);
        assertEquals(25, frame.firstLane());
        assertEquals(35, frame.lastLane());
        assertEquals(10, frame.lanes().size());
        assertEquals(0, frame.lanes().get(0).top(), 1e-9);

        TimelineFrame partial = layout.layout(index, scale(Zoom.MONTH), new TimelineViewport(0, 1010, 800, 400),
                TODAY);
        assertEquals(25, partial.firstLane(), "a lane scrolled half out is still drawn");
        assertEquals(36, partial.lastLane());
        assertEquals(-10, partial.lanes().get(0).top(), 1e-9);
        assertEquals(25, partial.lanes().get(0).index());

        TimelineFrame bottom = layout.layout(index, scale(Zoom.MONTH), new TimelineViewport(0, 7900, 800, 400),
                TODAY);
        assertEquals(Set.of(197, 198, 199), laneIndexes(bottom), "no lanes past the last one");
        assertEquals(8000, bottom.contentHeight(), 1e-9);
        assertEquals(7600, layout.clampScrollY(index, 99_999, 400), 1e-9);
        assertEquals(0, layout.clampScrollY(index, -5, 400), 1e-9);
    }

    @Test
    void itemsBeyondTheLabelMarginAreCulledAndItemsInsideAreKept() {
        TimelineScale s = scale(Zoom.WEEK); // 24 px a day: the 240 px label margin is 10 days
        // viewport shows Feb 1 .. Feb 1 + 800/24 days (about Mar 6)
        double scrollX = s.x(LocalDate.of(2025, 2, 1));
        List<TimelineItem> items = List.of(
                TimelineSamples.item(1, "far left", LocalDate.of(2025, 1, 10)),
                TimelineSamples.item(2, "label reaches in", LocalDate.of(2025, 1, 25)),
                TimelineSamples.item(3, "inside", LocalDate.of(2025, 2, 14)),
                TimelineSamples.item(4, "at the right edge", LocalDate.of(2025, 3, 6)),
                TimelineSamples.item(5, "far right", LocalDate.of(2025, 3, 20)),
                new TimelineItem(6, "ghost in view", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 2, 20), null, null,
                        State.PLANNED, 70, ""),
                new TimelineItem(7, "deadline in view", LocalDate.of(2024, 12, 1), null, LocalDate.of(2025, 2, 3),
                        null, State.PLANNED, 0, ""));
        TimelineIndex index = TimelineIndex.of(new TimelineData(
                List.of(new TimelineLane("a", "A", items)), List.of()));
        TimelineFrame frame = layout.layout(index, s, new TimelineViewport(scrollX, 0, 800, 300), TODAY);
        assertEquals(Set.of(2L, 3L, 4L, 6L, 7L), ids(frame));

        ItemMark inside = frame.find(3);
        assertEquals(s.centerX(LocalDate.of(2025, 2, 14)) - scrollX, inside.x(), 1e-9);
        assertEquals(20, inside.y(), 1e-9);
        assertTrue(Double.isNaN(inside.baselineX()));
        ItemMark ghost = frame.find(6);
        assertEquals(s.centerX(LocalDate.of(2025, 2, 20)) - scrollX, ghost.baselineX(), 1e-9);
        assertTrue(ghost.hasBaselineGhost());
        assertTrue(frame.find(7).hasDeadline());
    }

    @Test
    void labelRoomStopsAtTheNextDiamondOrItsBaselineGhost() {
        TimelineScale s = scale(Zoom.WEEK);
        List<TimelineItem> items = List.of(
                TimelineSamples.item(1, "a", LocalDate.of(2025, 1, 2)),
                TimelineSamples.item(2, "b", LocalDate.of(2025, 1, 7)),
                new TimelineItem(3, "c", LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 12), null, null,
                        State.PLANNED, 18, ""));
        TimelineIndex index = TimelineIndex.of(new TimelineData(List.of(new TimelineLane("a", "A", items)),
                List.of()));
        TimelineFrame frame = layout.layout(index, s, new TimelineViewport(0, 0, 2000, 100), TODAY);
        double gap = 2 * 7 + 2 * TimelineLayout.LABEL_GAP;
        assertEquals(5 * 24 - gap, frame.find(1).labelRoom(), 1e-9);
        assertEquals(5 * 24 - gap, frame.find(2).labelRoom(), 1e-9, "stops at c's baseline ghost on Jan 12");
        assertEquals(240, frame.find(3).labelRoom(), 1e-9, "the last item gets the label margin");
    }

    @Test
    void aLargeDataSetYieldsAVisibleSetProportionalToTheViewport() {
        TimelineData data = TimelineSamples.grid(200, 100, ORIGIN, 7);
        TimelineIndex index = TimelineIndex.of(data);
        assertEquals(20_000, index.itemCount());
        TimelineScale s = scale(Zoom.WEEK);
        TimelineViewport viewport = new TimelineViewport(s.x(LocalDate.of(2025, 9, 1)), 3000, 1200, 600);
        TimelineFrame frame = layout.layout(index, s, viewport, TODAY);

        assertEquals(15, frame.lanes().size());
        int visible = frame.itemCount();
        assertTrue(visible > 0);
        // 1200 px at 24 px/day is 50 days, about 8 items a lane, plus the label margin and slips
        assertTrue(visible <= 15 * 12, "visible items " + visible);
        assertTrue(frame.links().size() < 100, "links " + frame.links().size());

        // exactly the items a brute-force check over everything would draw: the lane grouped from its first
        // milestone (clusters of milestones closer than the spacing), a group kept when any of it reaches in
        Set<Long> expected = new HashSet<>();
        for (int lane = frame.firstLane(); lane < frame.lastLane(); lane++) {
            List<TimelineItem> sorted = new ArrayList<>(data.lanes().get(lane).items());
            sorted.sort((a, b) -> a.forecast().compareTo(b.forecast()) != 0 ? a.forecast().compareTo(b.forecast())
                    : Long.compare(a.id(), b.id()));
            long[] days = sorted.stream().mapToLong(i -> i.forecast().toEpochDay()).toArray();
            int[] groups = LaneClusters.groups(days, s.pxPerDay());
            assertEquals(0, groups[0]);
            assertEquals(sorted.size(), groups[groups.length - 1]);
            for (int g = 0; g + 1 < groups.length; g++) {
                int from = groups[g];
                int to = groups[g + 1];
                double x = s.centerX(sorted.get(from).forecast()) - viewport.scrollX();
                double room = 240;
                if (to < sorted.size()) {
                    double next = s.centerX(sorted.get(to).forecast()) - viewport.scrollX();
                    LocalDate nb = sorted.get(to).baseline();
                    if (nb != null) {
                        double ghost = s.centerX(nb) - viewport.scrollX();
                        if (ghost > x && ghost < next) {
                            next = ghost;
                        }
                    }
                    room = Math.max(0, Math.min(240, next - x - 14 - 2 * TimelineLayout.LABEL_GAP));
                }
                double left = x - 7;
                double right = Math.max(x + 7 + (room > 0 ? TimelineLayout.LABEL_GAP + room : 0),
                        s.centerX(sorted.get(to - 1).forecast()) - viewport.scrollX() + 7);
                for (TimelineItem item : sorted.subList(from, to)) {
                    if (to - from == 1 && item.baseline() != null && !item.baseline().equals(item.forecast())) {
                        double bx = s.centerX(item.baseline()) - viewport.scrollX();
                        left = Math.min(left, bx - 7);
                        right = Math.max(right, bx + 7);
                    }
                    if (item.deadline() != null) {
                        double dx = s.centerX(item.deadline()) - viewport.scrollX();
                        left = Math.min(left, dx - 1);
                        right = Math.max(right, dx + TimelineLayout.FLAG_WIDTH);
                    }
                }
                if (right >= 0 && left <= viewport.width()) {
                    sorted.subList(from, to).forEach(i -> expected.add(i.id()));
                }
            }
        }
        assertEquals(expected, ids(frame));

        // the same viewport anywhere in the data costs about the same
        TimelineFrame elsewhere = layout.layout(index, s,
                new TimelineViewport(s.x(LocalDate.of(2026, 6, 1)), 6000, 1200, 600), TODAY);
        assertTrue(Math.abs(elsewhere.itemCount() - visible) < visible, elsewhere.itemCount() + " vs " + visible);
    }

    @Test
    void layoutOfAFrameIsFastOnALargeDataSet() {
        TimelineIndex index = TimelineIndex.of(TimelineSamples.grid(200, 100, ORIGIN, 3));
        TimelineScale s = scale(Zoom.MONTH);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 200; i++) {
            long t = System.nanoTime();
            layout.layout(index, s, new TimelineViewport(s.x(ORIGIN.plusDays(i * 3L)), i * 30, 1400, 800), TODAY);
            best = Math.min(best, System.nanoTime() - t);
        }
        assertTrue(best < 2_000_000, "best layout took " + best / 1e6 + " ms");
    }

    @ParameterizedTest
    @EnumSource(Zoom.class)
    void todayLineAndTicksAreRightForEachZoom(Zoom zoom) {
        TimelineScale s = scale(zoom);
        TimelineIndex index = TimelineIndex.of(TimelineSamples.grid(3, 10, ORIGIN, 1));
        double scrollX = s.x(LocalDate.of(2025, 2, 10)) + 3.25;
        TimelineViewport viewport = new TimelineViewport(scrollX, 0, 1000, 200);
        TimelineFrame frame = layout.layout(index, s, viewport, TODAY);

        double expectedToday = (TODAY.toEpochDay() - ORIGIN.toEpochDay() + 0.5) * zoom.pxPerDay() - scrollX;
        assertEquals(expectedToday, frame.todayX(), 1e-9);
        assertEquals(expectedToday >= 0 && expectedToday <= 1000, frame.todayVisible());

        for (List<Tick> ticks : List.of(frame.minorTicks(), frame.majorTicks())) {
            assertFalse(ticks.isEmpty());
            assertTrue(ticks.get(0).x() <= 0, "first tick covers the left edge");
            assertTrue(ticks.get(ticks.size() - 1).x() <= 1000);
            for (Tick t : ticks) {
                assertEquals(s.x(t.date()) - scrollX, t.x(), 1e-9);
            }
        }
        Tick firstMinor = frame.minorTicks().get(0);
        switch (zoom) {
            case WEEK -> {
                assertEquals(LocalDate.of(2025, 2, 10), firstMinor.date());
                assertEquals("Feb 10", firstMinor.label());
                assertEquals("February 2025", frame.majorTicks().get(0).label());
            }
            case MONTH -> {
                assertEquals(LocalDate.of(2025, 2, 1), firstMinor.date());
                assertEquals("Feb", firstMinor.label());
                assertEquals("Q1 2025", frame.majorTicks().get(0).label());
            }
            case QUARTER, YEAR -> {
                assertEquals(LocalDate.of(2025, 1, 1), firstMinor.date());
                assertEquals("Q1", firstMinor.label());
                assertEquals("2025", frame.majorTicks().get(0).label());
            }
        }
        assertTrue(Double.isNaN(layout.layout(index, s, viewport, null).todayX()));
    }

    @Test
    void zoomingAroundAPointKeepsThatDateUnderIt() {
        TimelineIndex index = TimelineIndex.of(TimelineSamples.grid(3, 10, ORIGIN, 1));
        TimelineScale before = scale(Zoom.MONTH);
        LocalDate pinned = LocalDate.of(2025, 2, 20);
        double scrollX = before.x(LocalDate.of(2025, 2, 1));
        TimelineFrame frameBefore = layout.layout(index, before, new TimelineViewport(scrollX, 0, 900, 200), TODAY);
        double anchor = before.centerX(pinned) - scrollX;
        for (Zoom z : Zoom.values()) {
            TimelineScale after = before.withPxPerDay(z.pxPerDay());
            double newScroll = before.scrollXAfterZoom(scrollX, anchor, after);
            TimelineFrame frameAfter = layout.layout(index, after, new TimelineViewport(newScroll, 0, 900, 200),
                    TODAY);
            assertEquals(anchor, after.centerX(pinned) - newScroll, 1e-6, "at " + z);
            assertEquals(frameBefore.todayX() - anchor,
                    (frameAfter.todayX() - anchor) * before.pxPerDay() / after.pxPerDay(), 1e-6);
        }
    }

    @Test
    void linksAreDrawnWhenEitherEndIsVisibleAndOnlyOnce() {
        TimelineScale s = scale(Zoom.WEEK);
        LocalDate d = LocalDate.of(2025, 2, 3);
        List<TimelineLane> lanes = List.of(
                new TimelineLane("a", "A", List.of(TimelineSamples.item(1, "a1", d),
                        TimelineSamples.item(2, "a2", d.plusDays(5)),
                        TimelineSamples.item(3, "a3 far", d.plusDays(200)))),
                new TimelineLane("b", "B", List.of(TimelineSamples.item(4, "b1", d.plusDays(8)),
                        TimelineSamples.item(5, "b2 far", d.plusDays(300)))),
                new TimelineLane("c", "C", List.of(TimelineSamples.item(6, "c1 early", d.minusDays(3)))));
        List<TimelineLink> links = List.of(
                new TimelineLink(1, 2, "FS"), // same lane, both visible
                new TimelineLink(2, 4, "FS"), // down a lane, both visible
                new TimelineLink(4, 5, "FS"), // start visible only
                new TimelineLink(3, 5, "FS"), // neither visible
                new TimelineLink(3, 1, "FS"), // end visible only, and violated
                new TimelineLink(4, 6, "FS"), // lane c is scrolled away below
                new TimelineLink(99, 1, "FS")); // dangling, ignored
        TimelineIndex index = TimelineIndex.of(new TimelineData(lanes, links));
        assertEquals(6, index.linkCount());
        double scrollX = s.x(d.minusDays(2));
        TimelineFrame frame = layout.layout(index, s, new TimelineViewport(scrollX, 0, 900, 80), TODAY);
        assertEquals(2, frame.lastLane());
        List<String> drawn = frame.links().stream()
                .map(l -> l.link().fromId() + ">" + l.link().toId()).sorted().toList();
        assertEquals(List.of("1>2", "2>4", "3>1", "4>5", "4>6"), drawn);

        LinkPath same = frame.links().stream().filter(l -> l.link().fromId() == 1).findFirst().orElseThrow();
        ItemMark a1 = frame.find(1);
        ItemMark a2 = frame.find(2);
        assertEquals(a1.x(), same.x(0), 1e-9);
        assertEquals(a1.y() + 7, same.y(0), 1e-9, "leaves from the bottom tip");
        assertEquals(a2.x(), same.x(same.pointCount() - 1), 1e-9);
        assertEquals(a2.y() + 7, same.y(same.pointCount() - 1), 1e-9, "arrives at the bottom tip");
        for (int i = 1; i < same.pointCount() - 1; i++) {
            assertTrue(same.y(i) > a1.y() + 7 && same.y(i) < 40, "runs under the labels, inside the lane");
        }
        LinkPath down = frame.links().stream().filter(l -> l.link().fromId() == 2).findFirst().orElseThrow();
        assertEquals(40, down.y(1), 1e-9, "runs along the edge between the lanes");
        assertEquals(frame.find(4).y() - 7, down.y(down.pointCount() - 1), 1e-9, "arrives at the top tip");
        assertFalse(down.violated());
        assertTrue(frame.links().stream().filter(l -> l.link().fromId() == 3).findFirst().orElseThrow().violated());
    }

    @Test
    void aLinkAcrossLanesStepsAsideFromDiamondsInBetween() {
        TimelineScale s = scale(Zoom.WEEK);
        LocalDate d = LocalDate.of(2025, 2, 3);
        List<TimelineLane> lanes = List.of(
                new TimelineLane("a", "A", List.of(TimelineSamples.item(1, "a1", d))),
                new TimelineLane("b", "B", List.of(TimelineSamples.item(2, "in the way", d.plusDays(10)))),
                new TimelineLane("c", "C", List.of(TimelineSamples.item(3, "c1", d.plusDays(10)),
                        TimelineSamples.item(4, "c2", d.plusDays(20)))));
        TimelineIndex index = TimelineIndex.of(new TimelineData(lanes,
                List.of(new TimelineLink(1, 3, "FS"), new TimelineLink(1, 4, "FS"))));
        TimelineFrame frame = layout.layout(index, s, new TimelineViewport(s.x(d.minusDays(2)), 0, 900, 200), TODAY);
        ItemMark blocker = frame.find(2);
        LinkPath blocked = frame.links().stream().filter(l -> l.link().toId() == 3).findFirst().orElseThrow();
        assertEquals(6, blocked.pointCount());
        double runX = blocked.x(2);
        assertEquals(runX, blocked.x(3), 1e-9, "a vertical run");
        assertTrue(Math.abs(runX - blocker.x()) >= 7 + 3, "clear of the diamond in lane b");
        assertEquals(80, blocked.y(3), 1e-9, "rejoins along lane c's top edge");
        assertEquals(frame.find(3).x(), blocked.x(5), 1e-9);
        assertEquals(frame.find(3).y() - 7, blocked.y(5), 1e-9);
        LinkPath clear = frame.links().stream().filter(l -> l.link().toId() == 4).findFirst().orElseThrow();
        assertEquals(4, clear.pointCount(), "nothing in the way: one vertical run at the successor");
    }

    @Test
    void linksAreCappedAndTheRestCounted() {
        TimelineIndex index = TimelineIndex.of(TimelineSamples.grid(40, 100, ORIGIN, 11));
        TimelineLayout capped = new TimelineLayout(40, 7, 240, 3);
        TimelineScale s = scale(Zoom.QUARTER);
        TimelineFrame frame = capped.layout(index, s, new TimelineViewport(0, 0, 1600, 1600), TODAY);
        assertEquals(3, frame.links().size());
        assertTrue(frame.linksOverCap() > 0);
        TimelineFrame all = layout.layout(index, s, new TimelineViewport(0, 0, 1600, 1600), TODAY);
        assertEquals(all.links().size(), frame.links().size() + frame.linksOverCap());
    }

    @Test
    void hitTestingFindsTheDiamondUnderAPoint() {
        TimelineScale s = scale(Zoom.WEEK);
        TimelineIndex index = TimelineIndex.of(new TimelineData(List.of(new TimelineLane("a", "A",
                List.of(TimelineSamples.item(1, "one", LocalDate.of(2025, 1, 5))))), List.of()));
        TimelineFrame frame = layout.layout(index, s, new TimelineViewport(0, 0, 500, 100), TODAY);
        ItemMark mark = frame.find(1);
        assertNotNull(frame.itemAt(mark.x() + 3, mark.y() + 3, 0));
        assertNull(frame.itemAt(mark.x() + 5, mark.y() + 4, 0), "a diamond, not a square");
        assertNotNull(frame.itemAt(mark.x() + 5, mark.y() + 4, 3), "within the slop");
        assertNull(frame.itemAt(mark.x() + 9, mark.y() + 9, 3), "outside the diamond's corner");
        assertNull(frame.itemAt(mark.x(), mark.y() + 40, 3));
        assertEquals(0, frame.laneAt(mark.y()).index());
    }

    @Test
    void anEmptyTimelineHasNoLanesButStillATimeAxis() {
        TimelineFrame frame = layout.layout(TimelineIndex.of(TimelineData.EMPTY), scale(Zoom.MONTH),
                new TimelineViewport(0, 0, 600, 300), TODAY);
        assertTrue(frame.lanes().isEmpty());
        assertTrue(frame.links().isEmpty());
        assertFalse(frame.minorTicks().isEmpty());
        assertNull(TimelineIndex.EMPTY.firstDate());
    }
}
