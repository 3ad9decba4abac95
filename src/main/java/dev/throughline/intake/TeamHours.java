package dev.throughline.intake;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The team's working hours: Monday to Friday, {@code start}–{@code end} in {@code zone}. Counts working
 * time between two instants and finds the instant a working-time budget runs out, whatever zone the
 * instants were written in. Daylight-saving changes are handled by the zone: a working day is always
 * start–end on the local clock.
 */
public record TeamHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** The TPgM team: 8am–4pm Pacific. */
    public static final TeamHours TPGM_TEAM = new TeamHours(LocalTime.of(8, 0), LocalTime.of(16, 0),
            ZoneId.of("America/Los_Angeles"));

    public TeamHours {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Working hours must end after they start: " + start + "–" + end);
        }
    }

    public Duration workingDay() {
        return Duration.between(start, end);
    }

    public static boolean isWorkday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkday(day)) {
                continue;
            }
            Instant open = day.atTime(start).atZone(zone).toInstant();
            Instant close = day.atTime(end).atZone(zone).toInstant();
            Instant a = from.isAfter(open) ? from : open;
            Instant b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** The instant at which {@code budget} of working time, counted from {@code from}, has been used up. */
    public Instant after(Instant from, Duration budget) {
        Duration left = budget;
        ZonedDateTime cursor = from.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        while (true) {
            if (isWorkday(day)) {
                ZonedDateTime open = day.atTime(start).atZone(zone);
                ZonedDateTime close = day.atTime(end).atZone(zone);
                ZonedDateTime begin = cursor.isAfter(open) ? cursor : open;
                if (begin.isBefore(close)) {
                    Duration available = Duration.between(begin, close);
                    if (available.compareTo(left) >= 0) {
                        return begin.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            day = day.plusDays(1);
            cursor = day.atStartOfDay(zone);
        }
    }

    /** The instant {@code budget} of working time before {@code end} (the sample's "received N working hours ago"). */
    public Instant before(Instant end, Duration budget) {
        Duration left = budget;
        ZonedDateTime cursor = end.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        while (true) {
            if (isWorkday(day)) {
                ZonedDateTime open = day.atTime(start).atZone(zone);
                ZonedDateTime close = day.atTime(this.end).atZone(zone);
                ZonedDateTime finish = cursor.isBefore(close) ? cursor : close;
                if (finish.isAfter(open)) {
                    Duration available = Duration.between(open, finish);
                    if (available.compareTo(left) >= 0) {
                        return finish.minus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            day = day.minusDays(1);
            cursor = day.plusDays(1).atStartOfDay(zone);
        }
    }

    /** "8:00–16:00 America/Los_Angeles, Mon–Fri". */
    public String describe() {
        return start + "–" + end + " " + zone.getId() + ", Mon–Fri";
    }
}
