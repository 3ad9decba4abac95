package dev.throughline.cli;

import java.util.regex.Pattern;

/**
 * Turns any error message into one line in the user's words: no line breaks or control characters,
 * no Java class names, no internal "Cannot invoke … because … is null" details, and not endless.
 */
final class ErrorText {

    private static final int LONGEST = 400;
    private static final Pattern HELPFUL_NULL_POINTER = Pattern.compile(
            "Cannot (?:invoke|read|load|store|assign|throw|enter|exit|use)\\b[^()]*?(?:\\([^()]*\\)[^()]*?)*because \"[^\"]*\""
                    + "(?: is null|\\[\\d+\\] is null)?");
    private static final Pattern LINKED_EXCEPTION = Pattern.compile("\\s*-\\s*with linked exception:\\s*");
    private static final Pattern QUALIFIED_EXCEPTION = Pattern.compile(
            "(?:\\bclass\\s+)?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern BARE_EXCEPTION = Pattern.compile("\\b[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\bclass\\s+(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");
    private static final Pattern SQLITE_MAIN_HEADER = Pattern.compile("\\*\\*\\* in database \\w+ \\*\\*\\*");
    private static final Pattern BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]+");

    private ErrorText() {
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "something went wrong, and no reason was given";
        }
        String text = HELPFUL_NULL_POINTER.matcher(message).replaceAll("something the reader expected is missing");
        text = SQLITE_MAIN_HEADER.matcher(text).replaceAll(" ");
        text = LINKED_EXCEPTION.matcher(text).replaceAll(": ");
        text = QUALIFIED_CLASS.matcher(text).replaceAll("$1");
        text = QUALIFIED_EXCEPTION.matcher(text).replaceAll("");
        text = BARE_EXCEPTION.matcher(text).replaceAll("");
        text = BREAKS_AND_CONTROLS.matcher(text).replaceAll(" ");
        text = text.replace("([", "(").replace("])", ")").replaceAll("\\(\\s+", "(");
        text = text.replaceAll("\\[\\s*\\]|\\(\\s*\\)", "").replaceAll("\\s*:\\s*(?=[)\\]]|$)", "")
                .replaceAll("\\s{2,}", " ").replaceAll("\\s+([);,.\\]])", "$1").strip();
        if (text.isEmpty()) {
            return "something went wrong, and no reason was given";
        }
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST).strip() + "…";
    }
}
