package dev.throughline.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.validation.ValidationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expansion against RFC 5545 section 3.8.5.3 examples, bounded windows, skipped dates and DST. */
class RecurrenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private static MeetingSeries series(String rule, LocalDate first, LocalTime time, ZoneId zone, LocalDate... skipped) {
        return new MeetingSeries(1, 1, "Sync", rule, first, time, 30, zone, true, List.of(skipped), List.of(),
                AgendaSection.defaults());
    }

    private static List<LocalDate> dates(MeetingSeries s, LocalDate from, LocalDate to) {
        return Recurrence.expand(s, from, to, 100).stream().map(ZonedDateTime::toLocalDate).toList();
    }

    @Test
    void weeklyForTenOccurrences() {
        // RFC 5545: DTSTART;TZID=America/New_York:19970902T090000, RRULE:FREQ=WEEKLY;COUNT=10
        MeetingSeries s = series("FREQ=WEEKLY;COUNT=10", LocalDate.of(1997, 9, 2), LocalTime.of(9, 0), NEW_YORK);
        List<LocalDate> got = dates(s, LocalDate.of(1997, 1, 1), LocalDate.of(1998, 12, 31));
        assertEquals(10, got.size());
        assertEquals(LocalDate.of(1997, 9, 2), got.get(0));
        assertEquals(LocalDate.of(1997, 11, 4), got.get(9));
    }

    @Test
    void everyOtherWeekWithWkstKeepsFourteenDays() {
        // RFC 5545: every other week on Tuesday and Thursday, WKST=SU, for 8 occurrences
        MeetingSeries s = series("FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", LocalDate.of(1997, 9, 2),
                LocalTime.of(9, 0), NEW_YORK);
        assertEquals(List.of(LocalDate.of(1997, 9, 2), LocalDate.of(1997, 9, 4), LocalDate.of(1997, 9, 16),
                        LocalDate.of(1997, 9, 18), LocalDate.of(1997, 9, 30), LocalDate.of(1997, 10, 2),
                        LocalDate.of(1997, 10, 14), LocalDate.of(1997, 10, 16)),
                dates(s, LocalDate.of(1997, 1, 1), LocalDate.of(1998, 1, 1)));
    }

    @Test
    void monthlyOnTheSecondThursdayUntil() {
        MeetingSeries s = series("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20261231T235959Z", LocalDate.of(2026, 9, 10),
                LocalTime.of(10, 0), LA);
        assertEquals(List.of(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 11, 12),
                LocalDate.of(2026, 12, 10)), dates(s, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1)));
    }

    @Test
    void monthlyOnTheLastFriday() {
        MeetingSeries s = series("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", LocalDate.of(2026, 1, 30), LocalTime.of(9, 0), LA);
        assertEquals(List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27)),
                dates(s, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void skippedDatesAreLeftOutAndCountStillCountsThem() {
        MeetingSeries s = series("FREQ=WEEKLY;BYDAY=TU;COUNT=4", LocalDate.of(2026, 3, 3), LocalTime.of(9, 0), LA,
                LocalDate.of(2026, 3, 10));
        // RFC 5545: EXDATE removes from the set the rule produced (COUNT included them).
        assertEquals(List.of(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 24)),
                dates(s, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void localTimeHoldsAcrossTheDaylightSavingChange() {
        // US clocks spring forward on 2026-03-08: 09:00 Pacific is 17:00 UTC before and 16:00 UTC after.
        MeetingSeries s = series("FREQ=WEEKLY;BYDAY=TU", LocalDate.of(2026, 3, 3), LocalTime.of(9, 0), LA);
        List<ZonedDateTime> got = Recurrence.expand(s, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 12), 10);
        assertEquals(2, got.size());
        assertEquals(LocalTime.of(9, 0), got.get(0).toLocalTime());
        assertEquals(LocalTime.of(9, 0), got.get(1).toLocalTime());
        assertEquals(17, got.get(0).withZoneSameInstant(ZoneId.of("UTC")).getHour());
        assertEquals(16, got.get(1).withZoneSameInstant(ZoneId.of("UTC")).getHour());
    }

    @Test
    void openEndedRuleIsBoundedByTheWindowAndTheMaximum() {
        MeetingSeries s = series("FREQ=DAILY", LocalDate.of(2026, 1, 1), LocalTime.of(9, 0), LA);
        assertEquals(7, dates(s, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)).size());
        assertEquals(5, Recurrence.expand(s, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1), 5).size());
        assertEquals(Recurrence.MAX_OCCURRENCES,
                Recurrence.expand(s, LocalDate.of(2026, 1, 1), LocalDate.of(2040, 1, 1), 100_000).size());
    }

    @Test
    void windowStartsLaterThanFirstOccurrence() {
        MeetingSeries s = series("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", LocalDate.of(2026, 3, 3), LocalTime.of(9, 0), LA);
        assertEquals(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 14)),
                dates(s, LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 20)));
    }

    @Test
    void badRulesNameTheProblem() {
        assertMessage("unknown frequency “WEEKLIE”", "FREQ=WEEKLIE");
        assertMessage("has no FREQ", "BYDAY=TU");
        assertMessage("BYDAY “XX”", "FREQ=WEEKLY;BYDAY=XX");
        assertMessage("COUNT must be a whole number", "FREQ=WEEKLY;COUNT=abc");
        assertMessage("both COUNT and UNTIL", "FREQ=WEEKLY;COUNT=3;UNTIL=20261231");
        assertMessage("too frequent", "FREQ=MINUTELY");
        assertMessage("unknown part “FOO”", "FREQ=WEEKLY;FOO=1");
        assertMessage("not NAME=VALUE", "FREQ=WEEKLY;BYDAY");
        assertMessage("not a real date", "FREQ=WEEKLY;UNTIL=20261340");
        assertMessage("is required", "  ");
    }

    @Test
    void prefixAndCaseAreNormalised() {
        assertEquals("FREQ=WEEKLY;BYDAY=TU", Recurrence.normalise("RRULE:freq=weekly;byday=tu"));
        assertTrue(Recurrence.bounded("FREQ=WEEKLY;COUNT=2"));
    }

    private static void assertMessage(String expected, String rule) {
        ValidationException e = assertThrows(ValidationException.class, () -> Recurrence.normalise(rule));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
