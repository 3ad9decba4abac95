package dev.throughline.meeting;

import dev.throughline.validation.ValidationException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;

/**
 * RFC 5545 recurrence through ical4j, checked first so that a bad rule gets a message naming the
 * problem, and expanded only inside a bounded window with a maximum number of occurrences.
 */
public final class Recurrence {

    /** Expansions never return more than this, whatever the window. */
    public static final int MAX_OCCURRENCES = 500;
    public static final String FIELD = "rrule";

    private static final Set<String> PARTS = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY",
            "BYMONTH", "BYSETPOS", "WKST", "BYWEEKNO", "BYYEARDAY");
    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final Set<String> TOO_OFTEN = Set.of("SECONDLY", "MINUTELY", "HOURLY");
    private static final Pattern DAY = Pattern.compile("[+-]?(\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern UNTIL = Pattern.compile("\\d{8}(T\\d{6}Z?)?");
    private static final Pattern NUMBERS = Pattern.compile("[+-]?\\d{1,3}(,[+-]?\\d{1,3})*");

    static {
        // ical4j 4.0.8 has a static-initialisation cycle: expanding a Recur before TemporalAdapter is
        // initialised fails with a NullPointerException in TemporalAdapter.isBefore.
        try {
            Class.forName("net.fortuna.ical4j.model.TemporalAdapter");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Recurrence() {
    }

    /** The rule in canonical form (upper case, no "RRULE:" prefix), or a ValidationException naming the problem. */
    public static String normalise(String text) {
        String rule = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (rule.startsWith("RRULE:")) {
            rule = rule.substring("RRULE:".length()).strip();
        }
        if (rule.isEmpty()) {
            throw problem("A recurrence rule is required, for example FREQ=WEEKLY;BYDAY=TU.");
        }
        Set<String> seen = new HashSet<>();
        String freq = null;
        for (String part : rule.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw problem("Recurrence rule part “" + part + "” is not NAME=VALUE.");
            }
            String name = part.substring(0, eq);
            String value = part.substring(eq + 1);
            if (!PARTS.contains(name)) {
                throw problem("Recurrence rule has an unknown part “" + name + "”.");
            }
            if (!seen.add(name)) {
                throw problem("Recurrence rule gives " + name + " twice.");
            }
            switch (name) {
                case "FREQ" -> {
                    if (TOO_OFTEN.contains(value)) {
                        throw problem("FREQ=" + value + " is too frequent for a sync; use DAILY, WEEKLY, MONTHLY or YEARLY.");
                    }
                    if (!FREQUENCIES.contains(value)) {
                        throw problem("Recurrence rule has an unknown frequency “" + value
                                + "”; use DAILY, WEEKLY, MONTHLY or YEARLY.");
                    }
                    freq = value;
                }
                case "INTERVAL", "COUNT" -> {
                    if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1) {
                        throw problem(name + " must be a whole number from 1 to 9999; “" + value + "” is not.");
                    }
                }
                case "UNTIL" -> {
                    if (!UNTIL.matcher(value).matches()) {
                        throw problem("UNTIL must be a date like 20261231 or 20261231T235959Z; “" + value + "” is not.");
                    }
                    try {
                        LocalDate.parse(value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6, 8));
                    } catch (RuntimeException e) {
                        throw problem("UNTIL “" + value + "” is not a real date.");
                    }
                }
                case "BYDAY" -> {
                    for (String day : value.split(",")) {
                        if (!DAY.matcher(day).matches()) {
                            throw problem("BYDAY “" + day + "” is not a weekday like TU, 2TH or -1FR.");
                        }
                    }
                }
                case "WKST" -> {
                    if (!value.matches("MO|TU|WE|TH|FR|SA|SU")) {
                        throw problem("WKST “" + value + "” is not a weekday like MO or SU.");
                    }
                }
                default -> {
                    if (!NUMBERS.matcher(value).matches()) {
                        throw problem(name + " “" + value + "” is not a list of numbers.");
                    }
                }
            }
        }
        if (freq == null) {
            throw problem("Recurrence rule has no FREQ; start it with FREQ=WEEKLY, for example.");
        }
        if (seen.contains("COUNT") && seen.contains("UNTIL")) {
            throw problem("Recurrence rule gives both COUNT and UNTIL; RFC 5545 allows one of them.");
        }
        try {
            new Recur<ZonedDateTime>(rule);
        } catch (RuntimeException e) {
            throw problem("Recurrence rule “" + rule + "” does not parse: " + e.getMessage());
        }
        return rule;
    }

    /** True when the rule ends by itself (COUNT or UNTIL). */
    public static boolean bounded(String rule) {
        String r = normalise(rule);
        return r.contains("COUNT=") || r.contains("UNTIL=");
    }

    /**
     * Starts of the series' occurrences with a local date in {@code from..to} (inclusive), skipped dates
     * left out, at most {@code max} (and never more than {@link #MAX_OCCURRENCES}). Times keep the series'
     * zone, so a 09:00 sync stays at 09:00 local across daylight-saving changes.
     */
    public static List<ZonedDateTime> expand(MeetingSeries series, LocalDate from, LocalDate to, int max) {
        int limit = Math.max(0, Math.min(max, MAX_OCCURRENCES));
        if (limit == 0 || to.isBefore(from)) {
            return List.of();
        }
        Recur<ZonedDateTime> recur = new Recur<>(withUtcUntil(normalise(series.rrule()), series.zone()));
        ZonedDateTime seed = series.firstStart();
        ZonedDateTime windowStart = from.atStartOfDay(series.zone());
        if (windowStart.isBefore(seed)) {
            windowStart = seed;
        }
        ZonedDateTime windowEnd = to.plusDays(1).atStartOfDay(series.zone());
        if (!windowEnd.isAfter(windowStart)) {
            return List.of();
        }
        Set<LocalDate> skipped = Set.copyOf(series.skipped());
        List<ZonedDateTime> dates = recur.getDates(seed, windowStart, windowEnd, limit + skipped.size());
        return dates.stream().filter(d -> !skipped.contains(d.toLocalDate())).sorted().limit(limit).toList();
    }

    /**
     * The rule with a date-only UNTIL (easier to type) turned into the UTC date-time RFC 5545 requires beside
     * a zoned start: the end of that day in the series' zone.
     */
    public static String withUtcUntil(String rule, java.time.ZoneId zone) {
        java.util.regex.Matcher m = Pattern.compile("UNTIL=(\\d{4})(\\d{2})(\\d{2})(?=;|$)").matcher(rule);
        if (!m.find()) {
            return rule;
        }
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        String utc = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(
                day.atTime(23, 59, 59).atZone(zone).withZoneSameInstant(java.time.ZoneOffset.UTC));
        return rule.substring(0, m.start()) + "UNTIL=" + utc + rule.substring(m.end());
    }

    private static ValidationException problem(String message) {
        return new ValidationException(FIELD, message);
    }
}
