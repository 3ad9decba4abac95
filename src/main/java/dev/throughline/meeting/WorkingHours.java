package dev.throughline.meeting;

import dev.throughline.people.Person;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Whether a meeting falls inside a person's working hours (Monday to Friday, workStart–workEnd in their zone). */
public final class WorkingHours {

    private WorkingHours() {
    }

    /** The attendee's local times and, when outside their hours, why; empty reason when inside. */
    public static AttendeeTime of(Person person, ZonedDateTime start, ZonedDateTime end) {
        ZonedDateTime localStart = start.withZoneSameInstant(person.zone());
        ZonedDateTime localEnd = end.withZoneSameInstant(person.zone());
        return new AttendeeTime(person.id(), person.name(), localStart, localEnd, reason(person, localStart, localEnd));
    }

    static String reason(Person person, ZonedDateTime localStart, ZonedDateTime localEnd) {
        String hours = person.workStart() + "–" + person.workEnd() + " " + person.zone().getId();
        String when = localStart.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + localStart.toLocalTime() + "–" + localEnd.toLocalTime();
        DayOfWeek day = localStart.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return when + " local is on a weekend (works " + hours + ")";
        }
        long startMinute = localStart.toLocalTime().toSecondOfDay() / 60;
        long endMinute = startMinute + java.time.Duration.between(localStart, localEnd).toMinutes();
        if (startMinute < person.workStart().toSecondOfDay() / 60 || endMinute > person.workEnd().toSecondOfDay() / 60) {
            return when + " local is outside working hours " + hours;
        }
        return "";
    }
}
