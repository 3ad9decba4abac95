package dev.throughline.ui;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as a planner types it: ISO {@code 2026-12-07}, the locale's short form ({@code 12/7/2026}
 * or {@code 12/7/26} in en-US), its medium form ({@code Dec 7, 2026}), and relative entries ({@code today},
 * {@code tomorrow}, {@code +3d}, {@code -1d}, {@code +2w}, {@code +1m}, {@code fri}, {@code next mon}).
 * Never throws: text that is not a date comes back with the reason, in one line. See decision 0050.
 */
public final class DateInput {

    /** A date, nothing (blank text), or the reason the text is not a date. */
    public record Result(LocalDate date, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern OFFSET = Pattern.compile(
            "([+-]?)\\s*(\\d{1,4})\\s*(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)");
    private static final Pattern WEEKDAY = Pattern.compile("(next\\s+|this\\s+)?([a-z]{3,9})");

    private final Locale locale;
    private final List<DateTimeFormatter> localeFormats;

    public DateInput(Locale locale) {
        this.locale = locale;
        String shortPattern = forTyping(localPattern(FormatStyle.SHORT, locale));
        this.localeFormats = List.of(strict(withYear(shortPattern, "uuuu")), strict(withYear(shortPattern, "uu")),
                strict(withYear(localPattern(FormatStyle.MEDIUM, locale), "uuuu")));
    }

    public Locale locale() {
        return locale;
    }

    public Result parse(String text, LocalDate today) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new Result(null, null);
        }
        String lower = typed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher iso = ISO.matcher(lower);
        if (iso.matches()) {
            return calendarDate(typed, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), today);
        }
        Optional<LocalDate> relative = relative(lower, today);
        if (relative.isPresent()) {
            return new Result(relative.get(), null);
        }
        for (DateTimeFormatter format : localeFormats) {
            Optional<Result> result = localeDate(typed, format, today);
            if (result.isPresent()) {
                return result.get();
            }
        }
        return new Result(null, notADate(typed, today));
    }

    /** The examples every message offers: ISO, the locale's short form with the full year, {@code +2w}, {@code fri}. */
    public String examples(LocalDate today) {
        return today + ", " + localeFormats.get(0).format(today) + ", +2w or fri";
    }

    private String notADate(String typed, LocalDate today) {
        return "\u201c" + typed + "\u201d is not a date \u2014 type " + examples(today);
    }

    private Result calendarDate(String typed, int year, int month, int day, LocalDate today) {
        if (month < 1 || month > 12) {
            return new Result(null, typed + " is not a date: there is no month " + month
                    + " \u2014 type " + examples(today));
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return new Result(null, typed + " is not a date: " + yearMonth.getMonth().getDisplayName(TextStyle.FULL,
                    locale) + " " + year + " has " + yearMonth.lengthOfMonth() + " days");
        }
        return new Result(LocalDate.of(year, month, day), null);
    }

    private Optional<Result> localeDate(String typed, DateTimeFormatter format, LocalDate today) {
        try {
            return Optional.of(new Result(LocalDate.from(format.parse(typed)), null));
        } catch (DateTimeException notThisForm) {
            // Fields that parse but do not make a date (2/30/2026) get the reason; other text tries the next form.
            java.text.ParsePosition position = new java.text.ParsePosition(0);
            var fields = format.parseUnresolved(typed, position);
            if (fields == null || position.getErrorIndex() >= 0 || position.getIndex() != typed.length()
                    || !fields.isSupported(ChronoField.MONTH_OF_YEAR) || !fields.isSupported(ChronoField.DAY_OF_MONTH)) {
                return Optional.empty();
            }
            long month = fields.getLong(ChronoField.MONTH_OF_YEAR);
            long day = fields.getLong(ChronoField.DAY_OF_MONTH);
            Integer year = yearOf(fields);
            if (year == null || month > Integer.MAX_VALUE || day > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            Result result = calendarDate(typed, year, (int) month, (int) day, today);
            return result.ok() ? Optional.empty() : Optional.of(result);
        }
    }

    private static Integer yearOf(java.time.temporal.TemporalAccessor fields) {
        for (ChronoField field : List.of(ChronoField.YEAR, ChronoField.YEAR_OF_ERA)) {
            if (fields.isSupported(field)) {
                long year = fields.getLong(field);
                return year < 100 ? 2000 + (int) year : (int) year;
            }
        }
        return null;
    }

    private Optional<LocalDate> relative(String lower, LocalDate today) {
        switch (lower) {
            case "today", "tod", "now" -> {
                return Optional.of(today);
            }
            case "tomorrow", "tmr", "tom" -> {
                return Optional.of(today.plusDays(1));
            }
            case "yesterday" -> {
                return Optional.of(today.minusDays(1));
            }
            case "next week" -> {
                return Optional.of(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
            }
            default -> {
            }
        }
        Matcher offset = OFFSET.matcher(lower);
        if (offset.matches()) {
            long amount = Long.parseLong(offset.group(2)) * ("-".equals(offset.group(1)) ? -1 : 1);
            LocalDate date = switch (offset.group(3).charAt(0)) {
                case 'd' -> today.plusDays(amount);
                case 'w' -> today.plusWeeks(amount);
                case 'm' -> today.plusMonths(amount);
                default -> today.plusYears(amount);
            };
            return date.getYear() >= 1 && date.getYear() <= 9999 ? Optional.of(date) : Optional.empty();
        }
        Matcher weekday = WEEKDAY.matcher(lower);
        if (weekday.matches()) {
            Optional<DayOfWeek> day = dayOfWeek(weekday.group(2));
            if (day.isPresent()) {
                boolean next = weekday.group(1) != null && weekday.group(1).startsWith("next");
                return Optional.of(next
                        ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day.get()))
                        : today.with(TemporalAdjusters.nextOrSame(day.get())));
            }
        }
        return Optional.empty();
    }

    /** "fri", "friday", and the locale's own names and abbreviations ("ven", "vendredi" in French). */
    private Optional<DayOfWeek> dayOfWeek(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Locale names : List.of(Locale.ENGLISH, locale)) {
                String full = day.getDisplayName(TextStyle.FULL, names).toLowerCase(names);
                String abbreviation = day.getDisplayName(TextStyle.SHORT, names).toLowerCase(names).replace(".", "");
                if (word.equals(full) || word.equals(abbreviation) || (word.length() >= 3 && full.startsWith(word))) {
                    return Optional.of(day);
                }
            }
        }
        return Optional.empty();
    }

    static String localPattern(FormatStyle style, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
    }

    /** Typing 7.12.2026 where the locale writes 07.12.26: one or two digits for day and month. */
    private static String forTyping(String pattern) {
        return pattern.replaceAll("(?<!d)dd(?!d)", "d").replaceAll("(?<!M)MM(?!M)", "M");
    }

    private static String withYear(String pattern, String year) {
        return pattern.replaceAll("y+", year);
    }

    private DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    }
}
