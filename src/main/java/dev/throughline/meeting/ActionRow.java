package dev.throughline.meeting;

/** An action item with what a list shows beside it: the program's key and the owner's name (empty when none). */
public record ActionRow(ActionItem item, String programKey, String owner) {
}
