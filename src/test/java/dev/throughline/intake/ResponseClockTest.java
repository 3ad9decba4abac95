package dev.throughline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The 24-hour response goal counted in the team's working hours (8:00–16:00 Pacific, Monday to Friday). */
class ResponseClockTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private final ResponseClock clock = ResponseClock.team();
    private final TeamHours hours = TeamHours.TPGM_TEAM;

    private static Instant at(String local, String zone) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    private static Instant la(String local) {
        return at(local, LA.getId());
    }

    @Test
    void aFridayAfternoonRequestIsDueTheFollowingWednesdayNotOnSunday() {
        Instant received = la("2026-11-27T14:00");
        assertEquals(la("2026-12-02T14:00"), clock.read(received, null, received).due());
    }

    @Test
    void theWeekendDoesNotCount() {
        assertEquals(Duration.ofHours(2), hours.between(la("2026-11-27T15:00"), la("2026-11-30T09:00")));
    }

    @Test
    void aRequestPostedFromBerlinOnSaturdayStartsItsClockOnMondayMorningPacific() {
        Instant received = at("2026-11-28T09:00", "Europe/Berlin");
        assertEquals(Duration.ZERO, hours.between(received, la("2026-11-30T07:59")));
        assertEquals(Duration.ofHours(2), hours.between(received, at("2026-11-30T19:00", "Europe/Berlin")));
        assertEquals(la("2026-12-02T16:00"), clock.read(received, null, received).due());
    }

    @Test
    void aMondayMorningInIndiaIsStillSundayEveningInCalifornia() {
        Instant received = at("2026-11-30T07:30", "Asia/Kolkata");
        assertEquals(Duration.ofMinutes(90), hours.between(received, la("2026-11-30T09:30")));
    }

    @Test
    void hoursOutsideTheWorkingDayDoNotCount() {
        assertEquals(Duration.ofHours(8), hours.between(la("2026-11-30T06:00"), la("2026-11-30T22:00")));
        assertEquals(Duration.ZERO, hours.between(la("2026-11-30T17:00"), la("2026-12-01T07:00")));
    }

    @Test
    void daylightSavingTimeKeepsTheLocalWorkingDay() {
        // 2027-03-14 the clocks in California move forward; Monday still starts at 8:00 local.
        assertEquals(Duration.ofHours(2), hours.between(la("2027-03-12T15:00"), la("2027-03-15T09:00")));
        assertEquals(la("2027-03-17T15:00"), hours.after(la("2027-03-12T15:00"), Duration.ofHours(24)));
    }

    @Test
    void aWaitingRequestIsDueSoonInItsLastFourWorkingHoursThenOverdue() {
        Instant received = la("2026-11-30T08:00");
        assertEquals(ResponseClock.State.WAITING, clock.read(received, null, la("2026-12-02T11:59")).state());
        ResponseClock.Reading soon = clock.read(received, null, la("2026-12-02T12:00"));
        assertEquals(ResponseClock.State.DUE_SOON, soon.state());
        assertEquals("4h 00m left", soon.describe());
        ResponseClock.Reading over = clock.read(received, null, la("2026-12-03T09:30"));
        assertEquals(ResponseClock.State.OVERDUE, over.state());
        assertEquals("1h 30m past the goal", over.describe());
    }

    @Test
    void anAnswerStopsTheClock() {
        Instant received = la("2026-11-27T15:00");
        ResponseClock.Reading onTime = clock.read(received, la("2026-11-30T10:00"), la("2026-12-10T10:00"));
        assertEquals(ResponseClock.State.ON_TIME, onTime.state());
        assertEquals("answered in 3h 00m", onTime.describe());
        assertEquals(ResponseClock.State.LATE, clock.read(received, la("2026-12-03T09:00"), la("2026-12-10T10:00")).state());
    }
}
