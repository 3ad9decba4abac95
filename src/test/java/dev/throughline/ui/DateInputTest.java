package dev.throughline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final DateInput US = new DateInput(Locale.US);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-12-07|2026-12-07", "'  2026-12-07 '|2026-12-07", "2026-2-3|2026-02-03", "2028-02-29|2028-02-29",
            "12/7/2026|2026-12-07", "12/7/26|2026-12-07", "1/05/2027|2027-01-05", "Dec 7, 2026|2026-12-07",
            "dec 7, 2026|2026-12-07",
            "today|2026-12-02", "Today|2026-12-02", "tomorrow|2026-12-03", "yesterday|2026-12-01",
            "+3d|2026-12-05", "-1d|2026-12-01", "+2w|2026-12-16", "+1m|2027-01-02", "+1y|2027-12-02", "3d|2026-12-05",
            "'+ 2 weeks'|2026-12-16", "-2 days|2026-11-30", "+10D|2026-12-12",
            "fri|2026-12-04", "Friday|2026-12-04", "FRI|2026-12-04", "thurs|2026-12-03", "wed|2026-12-02",
            "tue|2026-12-08", "this fri|2026-12-04",
            "next mon|2026-12-07", "next fri|2026-12-11", "next wed|2026-12-09", "'next   sunday'|2026-12-13",
            "next week|2026-12-07"})
    void readsWhatPlannersType(String typed, String expected) {
        DateInput.Result result = US.parse(typed, TODAY);
        assertTrue(result.ok(), () -> typed + ": " + result.problem());
        assertEquals(LocalDate.parse(expected), result.date());
    }

    @Test
    void aWeekdayOnTheWeekendMeansTheComingWeek() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertEquals(LocalDate.of(2026, 12, 11), US.parse("fri", saturday).date());
        assertEquals(LocalDate.of(2026, 12, 11), US.parse("next fri", saturday).date());
        assertEquals(LocalDate.of(2026, 12, 5), US.parse("sat", saturday).date());
        assertEquals(LocalDate.of(2026, 12, 12), US.parse("next sat", saturday).date());
    }

    @Test
    void aMonthAheadOfTheLastDayIsTheLastDayOfTheShorterMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), US.parse("+1m", LocalDate.of(2027, 1, 31)).date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-GB|7/12/2026", "en-GB|07/12/2026", "de-DE|7.12.2026", "de-DE|07.12.26", "fr-FR|07/12/2026",
            "ja-JP|2026/12/07", "en|12/7/2026", "de-DE|2026-12-07", "fr-FR|2026-12-07"})
    void readsEachLocalesShortFormAndAlwaysIso(String tag, String typed) {
        DateInput.Result result = new DateInput(Locale.forLanguageTag(tag)).parse(typed, TODAY);
        assertTrue(result.ok(), () -> typed + ": " + result.problem());
        assertEquals(LocalDate.of(2026, 12, 7), result.date());
    }

    @Test
    void readsTheLocalesOwnWeekdayNames() {
        assertEquals(LocalDate.of(2026, 12, 4), new DateInput(Locale.GERMANY).parse("Freitag", TODAY).date());
        assertEquals(LocalDate.of(2026, 12, 4), new DateInput(Locale.FRANCE).parse("ven", TODAY).date());
    }

    @Test
    void textThatIsNotADateSaysSoWithExamples() {
        DateInput.Result result = US.parse("garbage", TODAY);
        assertNull(result.date());
        assertEquals("\u201cgarbage\u201d is not a date \u2014 type 2026-12-02, 12/2/2026, +2w or fri", result.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-02-30|2026-02-30 is not a date: February 2026 has 28 days",
            "2027-04-31|2027-04-31 is not a date: April 2027 has 30 days",
            "2/30/2026|2/30/2026 is not a date: February 2026 has 28 days",
            "2026-00-10|2026-00-10 is not a date: there is no month 0"})
    void aDayThatDoesNotExistSaysWhy(String typed, String reason) {
        DateInput.Result result = US.parse(typed, TODAY);
        assertNull(result.date());
        assertTrue(result.problem().startsWith(reason), result.problem());
    }

    @Test
    void aMonthOutOfRangeInTheLocaleFormSaysWhy() {
        assertTrue(US.parse("13/1/2026", TODAY).problem().startsWith("13/1/2026 is not a date: there is no month 13"));
        assertTrue(new DateInput(Locale.GERMANY).parse("32.12.2026", TODAY).problem()
                .startsWith("32.12.2026 is not a date: Dezember 2026 has 31 days"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"next", "next garbage", "+", "+w", "2026-12", "12/7", "+99999d", "+9000y", "20261207x",
            "fr", "mo", "-", "1.5w", "2026-12-07-01", "\u0000"})
    void neverThrowsAndNeverGuesses(String typed) {
        DateInput.Result result = US.parse(typed, TODAY);
        assertNull(result.date(), typed);
        assertTrue(result.problem().contains("is not a date"), result.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoDateAndNoProblem(String typed) {
        DateInput.Result result = US.parse(typed, TODAY);
        assertTrue(result.ok());
        assertNull(result.date());
        assertTrue(US.parse(null, TODAY).ok());
    }

    @Test
    void relativeEntriesFollowTheClock() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
        DateDisplay dates = new DateDisplay(DateDisplay.Style.ISO, clock, Locale.US);
        LocalDate first = dates.parse("+2w").date();
        clock.advance(Duration.ofDays(3));
        assertEquals(first.plusDays(3), dates.parse("+2w").date());
        assertEquals(dates.today(), dates.parse("today").date());
    }

    @Test
    void writesDatesInTheChosenStyle() {
        DateDisplay dates = new DateDisplay(DateDisplay.Style.ISO, java.time.Clock.systemUTC(), Locale.US);
        LocalDate date = LocalDate.of(2026, 12, 7);
        assertEquals("2026-12-07", dates.format(date));
        assertEquals("2026-12-07 14:30", dates.format(LocalDateTime.of(2026, 12, 7, 14, 30)));
        dates.styleProperty().set(DateDisplay.Style.LOCALE);
        assertEquals("12/7/26", dates.format(date));
        assertEquals(date, dates.parse(dates.format(date)).date(), "what the app writes, it reads back");
        assertEquals("", dates.format((LocalDate) null));
    }
}
