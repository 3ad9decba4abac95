package dev.throughline.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the app writes dates on screen (one choice for every view, the View menu's "Dates" setting),
 * how it reads typed ones, and what "today" is for relative entries. One per window, passed to views
 * through the session. Exports and the command line stay ISO. See decision 0052.
 */
public final class DateDisplay {

    /** ISO 2026-12-07, or the locale's short form (12/7/26 in en-US). */
    public enum Style { ISO, LOCALE }

    private final ObjectProperty<Style> style = new SimpleObjectProperty<>(this, "style", Style.ISO);
    private final Clock clock;
    private final Locale locale;
    private final DateInput input;
    private final DateTimeFormatter localeDate;
    private final DateTimeFormatter localeTime;

    public DateDisplay(Style style, Clock clock, Locale locale) {
        this.style.set(style);
        this.clock = clock;
        this.locale = locale;
        this.input = new DateInput(locale);
        this.localeDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.localeTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    /** ISO, the system clock and the user's format locale: what a view gets when nobody chose. */
    public static DateDisplay standard() {
        return new DateDisplay(Style.ISO, Clock.systemDefaultZone(), Locale.getDefault(Locale.Category.FORMAT));
    }

    public ObjectProperty<Style> styleProperty() {
        return style;
    }

    public Style style() {
        return style.get();
    }

    public Locale locale() {
        return locale;
    }

    /** Today where the user is (the clock's instant in the system zone), for "today", "+2w", "fri". */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    public DateInput.Result parse(String text) {
        return input.parse(text, today());
    }

    /** "" for no date. */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return style.get() == Style.ISO ? date.toString() : localeDate.format(date);
    }

    /** "2026-12-07 14:30", or "12/7/26 2:30 PM" in the locale style. */
    public String format(LocalDateTime when) {
        if (when == null) {
            return "";
        }
        return format(when.toLocalDate()) + " " + (style.get() == Style.ISO
                ? String.format(Locale.ROOT, "%02d:%02d", when.getHour(), when.getMinute()) : localeTime.format(when));
    }

    /** "Mon 2026-12-07 14:30": the weekday first, for meetings and response deadlines. */
    public String withWeekday(LocalDateTime when) {
        if (when == null) {
            return "";
        }
        Locale names = style.get() == Style.ISO ? Locale.ENGLISH : locale;
        return when.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, names) + " " + format(when);
    }

    /** Table cells that write a column's dates in this style (redrawn when the style changes). */
    public <S> javafx.util.Callback<javafx.scene.control.TableColumn<S, LocalDate>,
            javafx.scene.control.TableCell<S, LocalDate>> cells() {
        return column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : format(date));
            }
        };
    }

    /** What a date field shows before anything is typed. */
    public String prompt() {
        return style.get() == Style.ISO ? "yyyy-mm-dd, +2w, fri"
                : DateInput.localPattern(FormatStyle.SHORT, locale).toLowerCase(Locale.ROOT) + ", +2w, fri";
    }
}
