package dev.throughline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.timeline.TimelineScale.Tick;
import dev.throughline.timeline.TimelineScale.Unit;
import dev.throughline.timeline.TimelineScale.Zoom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TimelineScaleTest {

    private static final LocalDate ORIGIN = LocalDate.of(2025, 1, 1);

    private static TimelineScale scale(Zoom zoom) {
        return new TimelineScale(ORIGIN, zoom.pxPerDay(), Locale.ENGLISH);
    }

    @Test
    void presetsAreTheDocumentedPixelsPerDayAndPickTheirOwnTicks() {
        assertEquals(24, Zoom.WEEK.pxPerDay());
        assertEquals(6, Zoom.MONTH.pxPerDay());
        assertEquals(2, Zoom.QUARTER.pxPerDay());
        assertEquals(0.5, Zoom.YEAR.pxPerDay());
        for (Zoom z : Zoom.values()) {
            assertEquals(z, Zoom.forPxPerDay(z.pxPerDay()));
        }
        assertEquals(Zoom.WEEK, Zoom.forPxPerDay(40));
        assertEquals(Zoom.MONTH, Zoom.forPxPerDay(11.9));
        assertEquals(Zoom.YEAR, Zoom.forPxPerDay(0.2));
    }

    @Test
    void zoomStepsGoToTheNextPresetFromAnyScale() {
        assertEquals(Zoom.WEEK, Zoom.zoomedIn(6));
        assertEquals(Zoom.MONTH, Zoom.zoomedIn(3));
        assertEquals(Zoom.WEEK, Zoom.zoomedIn(24));
        assertEquals(Zoom.QUARTER, Zoom.zoomedOut(6));
        assertEquals(Zoom.MONTH, Zoom.zoomedOut(10));
        assertEquals(Zoom.YEAR, Zoom.zoomedOut(0.5));
    }

    @ParameterizedTest
    @EnumSource(Zoom.class)
    void datesAndPixelsConvertBothWays(Zoom zoom) {
        TimelineScale s = scale(zoom);
        assertEquals(0, s.x(ORIGIN));
        LocalDate d = LocalDate.of(2025, 3, 17);
        double days = d.toEpochDay() - ORIGIN.toEpochDay();
        assertEquals(days * zoom.pxPerDay(), s.x(d), 1e-9);
        assertEquals(s.x(d) + zoom.pxPerDay() / 2, s.centerX(d), 1e-9);
        assertEquals(d, s.dateAt(s.x(d)));
        assertEquals(d, s.dateAt(s.centerX(d)));
        assertEquals(d, s.dateAt(s.x(d.plusDays(1)) - 0.01));
        assertEquals(LocalDate.of(2024, 12, 31), s.dateAt(-0.01));
        assertEquals(d.toEpochDay() + 0.5, s.epochDayAt(s.centerX(d)), 1e-9);
    }

    @Test
    void weekZoomShowsMondaysUnderMonths() {
        TimelineScale s = scale(Zoom.WEEK);
        LocalDate from = LocalDate.of(2025, 3, 5);
        LocalDate to = LocalDate.of(2025, 4, 10);
        List<Tick> minor = s.minorTicks(from, to);
        assertEquals(LocalDate.of(2025, 3, 3), minor.get(0).date(), "starts with the week containing 'from'");
        assertTrue(minor.stream().allMatch(t -> t.date().getDayOfWeek() == DayOfWeek.MONDAY));
        assertTrue(minor.stream().allMatch(t -> t.unit() == Unit.WEEK));
        assertEquals("Mar 3", minor.get(0).label());
        assertEquals(LocalDate.of(2025, 4, 7), minor.get(minor.size() - 1).date());
        for (int i = 1; i < minor.size(); i++) {
            assertEquals(7 * 24, minor.get(i).x() - minor.get(i - 1).x(), 1e-9);
        }
        List<Tick> major = s.majorTicks(from, to);
        assertEquals(List.of("March 2025", "April 2025"), major.stream().map(Tick::label).toList());
        assertEquals(s.x(LocalDate.of(2025, 4, 1)), major.get(1).x(), 1e-9);
        assertTrue(s.gridTicks(from, to).isEmpty());
    }

    @Test
    void monthZoomShowsMonthsUnderQuarters() {
        TimelineScale s = scale(Zoom.MONTH);
        List<Tick> minor = s.minorTicks(LocalDate.of(2025, 2, 14), LocalDate.of(2025, 7, 2));
        assertEquals(List.of("Feb", "Mar", "Apr", "May", "Jun", "Jul"), minor.stream().map(Tick::label).toList());
        assertTrue(minor.stream().allMatch(t -> t.date().getDayOfMonth() == 1));
        List<Tick> major = s.majorTicks(LocalDate.of(2025, 2, 14), LocalDate.of(2025, 7, 2));
        assertEquals(List.of("Q1 2025", "Q2 2025", "Q3 2025"), major.stream().map(Tick::label).toList());
    }

    @Test
    void quarterZoomShowsQuartersUnderYearsWithMonthGridLines() {
        TimelineScale s = scale(Zoom.QUARTER);
        LocalDate from = LocalDate.of(2024, 11, 20);
        LocalDate to = LocalDate.of(2025, 8, 1);
        assertEquals(List.of("Q4", "Q1", "Q2", "Q3"), s.minorTicks(from, to).stream().map(Tick::label).toList());
        assertEquals(List.of("2024", "2025"), s.majorTicks(from, to).stream().map(Tick::label).toList());
        List<Tick> grid = s.gridTicks(from, to);
        assertFalse(grid.isEmpty());
        assertTrue(grid.stream().noneMatch(t -> (t.date().getMonthValue() - 1) % 3 == 0),
                "quarter starts are minor ticks, not grid lines");
    }

    @Test
    void yearZoomShowsQuartersUnderYears() {
        TimelineScale s = scale(Zoom.YEAR);
        LocalDate from = LocalDate.of(2024, 5, 1);
        LocalDate to = LocalDate.of(2027, 2, 1);
        assertEquals(List.of("2024", "2025", "2026", "2027"),
                s.majorTicks(from, to).stream().map(Tick::label).toList());
        List<Tick> quarters = s.minorTicks(from, to);
        assertEquals(LocalDate.of(2024, 4, 1), quarters.get(0).date());
        assertEquals(12, quarters.size());
    }

    @ParameterizedTest
    @EnumSource(Zoom.class)
    void zoomingKeepsTheDateUnderTheAnchor(Zoom target) {
        TimelineScale before = new TimelineScale(ORIGIN, 7.3, Locale.ENGLISH);
        double scrollX = 1234.5;
        double anchor = 321;
        double dayBefore = before.epochDayAt(scrollX + anchor);
        TimelineScale after = before.withPxPerDay(target.pxPerDay());
        double newScroll = before.scrollXAfterZoom(scrollX, anchor, after);
        assertEquals(dayBefore, after.epochDayAt(newScroll + anchor), 1e-9);
    }

    @Test
    void rejectsNonPositiveScales() {
        assertThrows(IllegalArgumentException.class, () -> new TimelineScale(ORIGIN, 0));
        assertThrows(IllegalArgumentException.class, () -> new TimelineScale(ORIGIN, Double.NaN));
        assertEquals(TimelineScale.MIN_PX_PER_DAY, TimelineScale.clampPxPerDay(0.0001));
        assertEquals(TimelineScale.MAX_PX_PER_DAY, TimelineScale.clampPxPerDay(1e6));
    }
}
