package dev.throughline.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest {@value #RECENT} of the last day, then the newest of
 * each day for a week, of each ISO week for five weeks, and of each month for a year; a backup kept
 * for one period also covers its day, week and month, so nothing is kept twice for the same period.
 */
public final class BackupRotation {

    static final int RECENT = 8;
    private static final int DAYS = 7;
    private static final int WEEKS = 5;
    private static final int MONTHS = 12;

    private BackupRotation() {
    }

    /** Returns the instants to delete; the newest backup is always kept. */
    public static List<Instant> toDelete(List<Instant> taken, Instant now) {
        List<Instant> newestFirst = new ArrayList<>(taken);
        newestFirst.sort(Comparator.reverseOrder());
        Set<Instant> keep = new HashSet<>();
        Set<String> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        Set<String> months = new HashSet<>();
        int recent = 0;
        for (Instant t : newestFirst) {
            Duration age = Duration.between(t, now);
            LocalDate day = t.atZone(ZoneOffset.UTC).toLocalDate();
            String dayKey = day.toString();
            String weekKey = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            String monthKey = day.getYear() + "-" + day.getMonthValue();
            boolean kept = false;
            if (age.compareTo(Duration.ofDays(1)) <= 0 && recent < RECENT) {
                kept = true;
                recent++;
            }
            kept |= age.compareTo(Duration.ofDays(DAYS)) <= 0 && !days.contains(dayKey);
            kept |= age.compareTo(Duration.ofDays(WEEKS * 7L)) <= 0 && !weeks.contains(weekKey);
            kept |= age.compareTo(Duration.ofDays(MONTHS * 31L)) <= 0 && !months.contains(monthKey);
            if (kept) {
                keep.add(t);
                days.add(dayKey);
                weeks.add(weekKey);
                months.add(monthKey);
            }
        }
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        return newestFirst.stream().filter(t -> !keep.contains(t)).toList();
    }
}
