package dev.throughline.meeting;

/** One line of a generated agenda: which section, what, for how long, and where it came from in the plan. */
public record AgendaItem(String section, SectionKind kind, String text, int minutes, String source) {
}
