package dev.throughline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Which automatic backups survive rotation, seen as the user sees the backups list: every backup of
 * the last hours, then one a day for a week, one an ISO week for five weeks, one a month for a year.
 * All instants are fixed (UTC); nothing here reads the system clock.
 */
class BackupRotationTest {

    /** Hourly backups from 1 January 2026 00:00Z to 31 March 2026 23:00Z: 90 days. */
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final int DAYS = 90;

    // ---- 90 days of hourly backups ---------------------------------------------------------------

    @Test
    void ninetyDaysOfHourlyBackupsShrinkToAFewDozen() {
        List<Instant> taken = hourly(FIRST, DAYS);
        Instant now = newest(taken);

        List<Instant> kept = kept(taken, now);

        assertTrue(kept.contains(now), "the newest backup is kept");
        assertTrue(kept.size() <= 8 + 7 + 5 + 12,
                "at most 8 recent + 7 daily + 5 weekly + 12 monthly, kept " + kept.size() + ": " + kept);
        assertTrue(kept.size() >= 8 + 6 + 3 + 2, "the tiers keep something in each period: " + kept);
        assertTrue(kept.stream().anyMatch(t -> t.isBefore(Instant.parse("2026-02-01T00:00:00Z"))),
                "January is still represented after three months: " + kept);
        assertFalse(kept.contains(FIRST), "the very first backup is not worth keeping once January has a newer one");
    }

    @Test
    void theEightNewestBackupsAreAllKept() {
        List<Instant> taken = hourly(FIRST, DAYS);
        Instant now = newest(taken);

        List<Instant> kept = kept(taken, now);

        List<Instant> eightNewest = taken.stream().sorted(Collections.reverseOrder()).limit(8).toList();
        assertTrue(kept.containsAll(eightNewest), "every one of the last eight hours is kept: " + kept);
    }

    /**
     * BUG (BackupRotation.toDelete, lines 40-50): the day/week/month tiers do not know which periods
     * the tiers above already cover, so today gets a ninth backup as "today's daily", a tenth as "this
     * week's weekly" and an eleventh as "this month's monthly". The list shows 11 backups from the last
     * 24 hours although the class promises at most {@value BackupRotation#RECENT}.
     */
    @Test
    void atMostEightBackupsAreKeptFromTheLastDay() {
        List<Instant> taken = hourly(FIRST, DAYS);
        Instant now = newest(taken);

        List<Instant> lastDay = kept(taken, now).stream()
                .filter(t -> Duration.between(t, now).compareTo(Duration.ofDays(1)) < 0).toList();

        assertTrue(lastDay.size() <= BackupRotation.RECENT,
                lastDay.size() + " backups kept from the last 24 hours: " + lastDay);
    }

    /** BUG (same cause): 29 March keeps 23:00 as its daily and 22:00 as the weekly of ISO week 13. */
    @Test
    void oneBackupIsKeptPerDayForTheLastWeek() {
        List<Instant> taken = hourly(FIRST, DAYS);
        Instant now = newest(taken);
        LocalDate today = day(now);

        Map<LocalDate, List<Instant>> byDay = group(kept(taken, now), BackupRotationTest::day);

        for (int ago = 1; ago <= 6; ago++) {
            LocalDate d = today.minusDays(ago);
            assertEquals(List.of(d.atTime(23, 0).toInstant(ZoneOffset.UTC)), byDay.get(d),
                    "exactly the newest backup of " + d + " is kept");
        }
    }

    @Test
    void eachDayOfTheLastWeekKeepsItsNewestBackup() {
        List<Instant> taken = hourly(FIRST, DAYS);
        Instant now = newest(taken);
        LocalDate today = day(now);

        List<Instant> kept = kept(taken, now);

        for (int ago = 1; ago <= 7; ago++) {
            Instant newestOfDay = today.minusDays(ago).atTime(23, 0).toInstant(ZoneOffset.UTC);
            assertTrue(kept.contains(newestOfDay), newestOfDay + " (newest of its day) is kept: " + kept);
        }
    }

    @Test
    void oneBackupIsKeptPerIsoWeekForFiveWeeks() {
        List<Instant> taken = hourly(FIRST, DAYS);
        Instant now = newest(taken);

        Map<String, List<Instant>> byWeek = group(kept(taken, now), BackupRotationTest::isoWeek);

        // Tuesday 31 March 2026 is in ISO week 14; weeks 10-12 lie wholly between 7 and 35 days ago.
        for (int week = 10; week <= 12; week++) {
            LocalDate sunday = LocalDate.of(2026, 1, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.SUNDAY);
            assertEquals(List.of(sunday.atTime(23, 0).toInstant(ZoneOffset.UTC)), byWeek.get("2026-W" + week),
                    "exactly the newest backup of ISO week " + week + " is kept");
        }
        for (int week = 9; week <= 14; week++) {
            assertTrue(byWeek.containsKey("2026-W" + week), "ISO week " + week + " keeps a backup: " + byWeek.keySet());
        }
        assertFalse(byWeek.containsKey("2026-W6"), "weeks older than five weeks only keep a monthly: " + byWeek);
    }

    @Test
    void januaryKeepsOnlyItsNewestBackupAfterThreeMonths() {
        List<Instant> taken = hourly(FIRST, DAYS);
        Instant now = newest(taken);

        Map<YearMonth, List<Instant>> byMonth = group(kept(taken, now), t -> YearMonth.from(day(t)));

        assertEquals(List.of(Instant.parse("2026-01-31T23:00:00Z")), byMonth.get(YearMonth.of(2026, 1)));
        assertTrue(byMonth.get(YearMonth.of(2026, 2)).contains(Instant.parse("2026-02-28T23:00:00Z")),
                "the newest of February is kept: " + byMonth);
    }

    // ---- a year and more: one per month ------------------------------------------------------------

    @Test
    void oneBackupIsKeptPerMonthForTwelveMonthsAndNothingOlder() {
        List<Instant> taken = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2025, 12, 31)); d = d.plusDays(1)) {
            taken.add(d.atTime(12, 0).toInstant(ZoneOffset.UTC));
        }
        Instant now = newest(taken);

        List<Instant> kept = kept(taken, now);
        Map<YearMonth, List<Instant>> byMonth = group(kept, t -> YearMonth.from(day(t)));

        // December 2025 is "now"; months wholly older than 35 days and younger than a year: Jan-Oct 2025.
        for (int month = 1; month <= 10; month++) {
            YearMonth m = YearMonth.of(2025, month);
            assertEquals(List.of(m.atEndOfMonth().atTime(12, 0).toInstant(ZoneOffset.UTC)), byMonth.get(m),
                    "exactly the newest backup of " + m + " is kept");
        }
        assertTrue(kept.stream().allMatch(t -> t.isAfter(Instant.parse("2024-12-01T00:00:00Z"))),
                "nothing from more than twelve months ago is kept: " + kept);
        assertTrue(kept.size() <= 8 + 7 + 5 + 12, kept.size() + " kept: " + kept);
    }

    // ---- few backups ---------------------------------------------------------------------------------

    @Test
    void nothingIsDeletedWhenThereAreOnlyAFewBackups() {
        Instant now = Instant.parse("2026-03-31T23:00:00Z");
        List<Instant> few = List.of(now, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(6)),
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(70)));

        assertEquals(List.of(), BackupRotation.toDelete(few, now));
    }

    @Test
    void noBackupsAndOneBackupDeleteNothing() {
        Instant now = Instant.parse("2026-03-31T23:00:00Z");

        assertEquals(List.of(), BackupRotation.toDelete(List.of(), now));
        assertEquals(List.of(), BackupRotation.toDelete(List.of(now.minus(Duration.ofDays(3000))), now),
                "a single backup, however old, is the newest and stays");
    }

    @Test
    void theNewestIsKeptEvenWhenEveryBackupIsVeryOld() {
        Instant now = Instant.parse("2026-03-31T23:00:00Z");
        Instant newest = Instant.parse("2020-06-01T10:00:00Z");
        List<Instant> old = List.of(Instant.parse("2020-05-01T10:00:00Z"), newest, Instant.parse("2019-01-01T00:00:00Z"));

        List<Instant> deleted = BackupRotation.toDelete(old, now);

        assertFalse(deleted.contains(newest), "the newest backup survives: " + deleted);
        assertEquals(2, deleted.size(), "the others are older than a year: " + deleted);
    }

    // ---- properties -----------------------------------------------------------------------------------

    @Property(tries = 1000)
    void theNewestIsNeverDeletedAndOnlyGivenBackupsAreDeleted(@ForAll("backupTimes") List<Instant> taken,
                                                             @ForAll("nows") Instant now) {
        List<Instant> deleted = BackupRotation.toDelete(taken, now);

        Set<Instant> given = new HashSet<>(taken);
        assertTrue(given.containsAll(deleted), "deleted " + deleted + " not all in " + taken);
        assertTrue(deleted.size() <= taken.size());
        if (!taken.isEmpty()) {
            Instant newest = newest(taken);
            assertFalse(deleted.contains(newest), "deleted the newest " + newest + " of " + taken);
        }
    }

    @Provide
    Arbitrary<List<Instant>> backupTimes() {
        Instant base = Instant.parse("2026-03-31T23:00:00Z");
        Arbitrary<Instant> anyTime = Arbitraries.longs().between(-Duration.ofDays(800).toSeconds(), Duration.ofDays(5).toSeconds())
                .map(base::plusSeconds);
        Arbitrary<Instant> hourly = Arbitraries.integers().between(-24 * 400, 24).map(h -> base.plus(Duration.ofHours(h)));
        return Arbitraries.oneOf(anyTime, hourly).list().ofMaxSize(120);
    }

    @Provide
    Arbitrary<Instant> nows() {
        Instant base = Instant.parse("2026-03-31T23:00:00Z");
        return Arbitraries.longs().between(-Duration.ofDays(30).toSeconds(), Duration.ofDays(500).toSeconds())
                .map(base::plusSeconds);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static List<Instant> hourly(Instant first, int days) {
        List<Instant> taken = new ArrayList<>();
        for (int h = 0; h < days * 24; h++) {
            taken.add(first.plus(Duration.ofHours(h)));
        }
        Collections.shuffle(taken, new java.util.Random(7));
        return taken;
    }

    private static Instant newest(List<Instant> taken) {
        return Collections.max(taken);
    }

    /** What the backups list shows after rotation, newest first. */
    private static List<Instant> kept(List<Instant> taken, Instant now) {
        Set<Instant> deleted = new HashSet<>(BackupRotation.toDelete(taken, now));
        return taken.stream().filter(t -> !deleted.contains(t)).sorted(Collections.reverseOrder()).toList();
    }

    private static LocalDate day(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String isoWeek(Instant t) {
        LocalDate d = day(t);
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static <K extends Comparable<? super K>> Map<K, List<Instant>> group(List<Instant> kept, Function<Instant, K> key) {
        return kept.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }
}
