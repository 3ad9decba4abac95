package dev.throughline.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps dates to horizontal pixels and back, and lays out the header's tick marks. Immutable and pure.
 *
 * <p>Content x is measured from the start of the {@linkplain #origin() origin} day: day {@code d} covers
 * {@code [x(d), x(d) + pxPerDay)} and a milestone on day {@code d} is drawn at the day's centre,
 * {@link #centerX(LocalDate)}. The scale is continuous (any pixels-per-day between {@link #MIN_PX_PER_DAY} and
 * {@link #MAX_PX_PER_DAY}); the {@link Zoom} presets name the usual steps and choose which ticks the header
 * shows.
 */
public final class TimelineScale {

    public static final double MIN_PX_PER_DAY = 0.2;
    public static final double MAX_PX_PER_DAY = 64;

    /** Named zoom steps; each decides which ticks the header shows (minor, labelled cells; major, the band above). */
    public enum Zoom {
        /** Week cells ("Mar 3") under month bands ("March 2025"). */
        WEEK(24),
        /** Month cells ("Mar") under quarter bands ("Q1 2025"). */
        MONTH(6),
        /** Quarter cells ("Q1") under year bands ("2025"), with month grid lines. */
        QUARTER(2),
        /** Quarter cells under year bands, narrow enough to show several years. */
        YEAR(0.5);

        private final double pxPerDay;

        Zoom(double pxPerDay) {
            this.pxPerDay = pxPerDay;
        }

        public double pxPerDay() {
            return pxPerDay;
        }

        /** The level whose ticks suit a continuous scale: the nearest preset on a logarithmic axis. */
        public static Zoom forPxPerDay(double pxPerDay) {
            if (pxPerDay >= 12) {
                return WEEK;
            }
            if (pxPerDay >= 3) {
                return MONTH;
            }
            if (pxPerDay >= 1) {
                return QUARTER;
            }
            return YEAR;
        }

        /** The next closer preset from a continuous scale (WEEK stays WEEK). */
        public static Zoom zoomedIn(double pxPerDay) {
            Zoom[] all = values();
            for (int i = all.length - 1; i >= 0; i--) {
                if (all[i].pxPerDay > pxPerDay * 1.01) {
                    return all[i];
                }
            }
            return WEEK;
        }

        /** The next wider preset from a continuous scale (YEAR stays YEAR). */
        public static Zoom zoomedOut(double pxPerDay) {
            for (Zoom z : values()) {
                if (z.pxPerDay < pxPerDay / 1.01) {
                    return z;
                }
            }
            return YEAR;
        }
    }

    /** Kinds of tick, from fine to coarse. */
    public enum Unit { WEEK, MONTH, QUARTER, YEAR }

    /**
     * A tick at the start of a period. {@code x} is in the coordinates of whoever made it (content x from the
     * scale, viewport x in a {@link TimelineFrame}); {@code label} may be empty for unlabelled grid lines.
     */
    public record Tick(LocalDate date, double x, String label, Unit unit) {
    }

    private final LocalDate origin;
    private final long originDay;
    private final double pxPerDay;
    private final Locale locale;
    private final DateTimeFormatter weekLabel;
    private final DateTimeFormatter monthShort;
    private final DateTimeFormatter monthLong;

    public TimelineScale(LocalDate origin, double pxPerDay, Locale locale) {
        if (!(pxPerDay > 0) || Double.isInfinite(pxPerDay)) {
            throw new IllegalArgumentException("pxPerDay must be positive: " + pxPerDay);
        }
        this.origin = origin;
        this.originDay = origin.toEpochDay();
        this.pxPerDay = pxPerDay;
        this.locale = locale;
        this.weekLabel = DateTimeFormatter.ofPattern("MMM d", locale);
        this.monthShort = DateTimeFormatter.ofPattern("MMM", locale);
        this.monthLong = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    }

    public TimelineScale(LocalDate origin, double pxPerDay) {
        this(origin, pxPerDay, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static TimelineScale of(LocalDate origin, Zoom zoom) {
        return new TimelineScale(origin, zoom.pxPerDay());
    }

    public static double clampPxPerDay(double pxPerDay) {
        return Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, pxPerDay));
    }

    public LocalDate origin() {
        return origin;
    }

    public double pxPerDay() {
        return pxPerDay;
    }

    public Locale locale() {
        return locale;
    }

    public Zoom zoom() {
        return Zoom.forPxPerDay(pxPerDay);
    }

    public TimelineScale withPxPerDay(double newPxPerDay) {
        return new TimelineScale(origin, newPxPerDay, locale);
    }

    /** Content x of the start of {@code date}. */
    public double x(LocalDate date) {
        return (date.toEpochDay() - originDay) * pxPerDay;
    }

    /** Content x of the start of an epoch day (avoids creating a LocalDate on hot paths). */
    public double xOfEpochDay(long epochDay) {
        return (epochDay - originDay) * pxPerDay;
    }

    /** Content x of the middle of {@code date}, where its milestone diamond sits. */
    public double centerX(LocalDate date) {
        return centerXOfEpochDay(date.toEpochDay());
    }

    public double centerXOfEpochDay(long epochDay) {
        return (epochDay - originDay + 0.5) * pxPerDay;
    }

    /** Fractional epoch day at content x. */
    public double epochDayAt(double x) {
        return originDay + x / pxPerDay;
    }

    /** The day whose cell contains content x. */
    public LocalDate dateAt(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(epochDayAt(x)));
    }

    /**
     * The scroll offset that keeps the point under {@code anchorX} (viewport x) fixed when this scale becomes
     * {@code zoomed}: the date under the mouse stays under the mouse.
     */
    public double scrollXAfterZoom(double scrollX, double anchorX, TimelineScale zoomed) {
        double day = (scrollX + anchorX) / pxPerDay;
        double zoomedOriginShift = (zoomed.originDay - originDay) * zoomed.pxPerDay;
        return day * zoomed.pxPerDay - anchorX - zoomedOriginShift;
    }

    /** Minor (labelled cell) ticks covering {@code [from, to]}, starting with the period that contains {@code from}. */
    public List<Tick> minorTicks(LocalDate from, LocalDate to) {
        return switch (zoom()) {
            case WEEK -> ticks(Unit.WEEK, from, to);
            case MONTH -> ticks(Unit.MONTH, from, to);
            case QUARTER, YEAR -> ticks(Unit.QUARTER, from, to);
        };
    }

    /** Major (band) ticks covering {@code [from, to]}, starting with the period that contains {@code from}. */
    public List<Tick> majorTicks(LocalDate from, LocalDate to) {
        return switch (zoom()) {
            case WEEK -> ticks(Unit.MONTH, from, to);
            case MONTH -> ticks(Unit.QUARTER, from, to);
            case QUARTER, YEAR -> ticks(Unit.YEAR, from, to);
        };
    }

    /** Extra unlabelled grid lines finer than the minor ticks (months at QUARTER zoom), or an empty list. */
    public List<Tick> gridTicks(LocalDate from, LocalDate to) {
        if (zoom() == Zoom.QUARTER) {
            List<Tick> months = new ArrayList<>();
            for (Tick t : ticks(Unit.MONTH, from, to)) {
                if (t.date().getMonthValue() % 3 != 1) {
                    months.add(new Tick(t.date(), t.x(), "", Unit.MONTH));
                }
            }
            return months;
        }
        return List.of();
    }

    /** The ticks of one unit whose periods intersect {@code [from, to]}, first one at or before {@code from}. */
    public List<Tick> ticks(Unit unit, LocalDate from, LocalDate to) {
        List<Tick> out = new ArrayList<>();
        LocalDate d = periodStart(unit, from);
        int guard = 0;
        while (!d.isAfter(to) && guard++ < 10_000) {
            out.add(new Tick(d, x(d), label(unit, d), unit));
            d = next(unit, d);
        }
        return out;
    }

    public static LocalDate periodStart(Unit unit, LocalDate date) {
        return switch (unit) {
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }

    private static LocalDate next(Unit unit, LocalDate start) {
        return switch (unit) {
            case WEEK -> start.plus(1, ChronoUnit.WEEKS);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    private String label(Unit unit, LocalDate d) {
        boolean band = switch (zoom()) {
            case WEEK -> unit == Unit.MONTH;
            case MONTH -> unit == Unit.QUARTER;
            case QUARTER, YEAR -> unit == Unit.YEAR;
        };
        return switch (unit) {
            case WEEK -> weekLabel.format(d);
            case MONTH -> band ? monthLong.format(d) : monthShort.format(d);
            case QUARTER -> band ? "Q" + d.get(IsoFields.QUARTER_OF_YEAR) + " " + d.getYear()
                    : "Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    @Override
    public String toString() {
        return "TimelineScale[origin=" + origin + ", pxPerDay=" + pxPerDay + "]";
    }
}
