package dev.throughline.meeting;

/** An attendee of a stored occurrence and whether they came (null: not recorded yet). */
public record AttendeePresence(long personId, String name, Boolean present) {
}
