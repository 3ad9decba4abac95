package dev.throughline.people;

import java.time.LocalTime;
import java.time.ZoneId;

/** Someone in the directory. {@code id} is 0 until stored. Optional texts are empty, never null. */
public record Person(long id, String name, String role, Function function, String email, String slack,
                     String gitlab, ZoneId zone, LocalTime workStart, LocalTime workEnd) {

    public Person withId(long newId) {
        return new Person(newId, name, role, function, email, slack, gitlab, zone, workStart, workEnd);
    }

    public String workingHours() {
        return workStart + "–" + workEnd + " " + zone.getId();
    }
}
