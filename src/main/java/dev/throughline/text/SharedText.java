package dev.throughline.text;

import dev.throughline.validation.TextRule;
import java.util.regex.Pattern;

/**
 * What user text may carry into a file or message that people read, shared by every export (Markdown,
 * Slack, HTML, CSV, JSON, iCalendar, MS Project XML). Each format then escapes its own syntax.
 * <ul>
 * <li>Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are dropped:
 * a right-to-left override could show "exe.pdf" for "fdp.exe", or reverse the rest of a table row.
 * Arabic and Hebrew text keeps its direction without them; the JSON export keeps them, written as escapes (backslash-u 202E).</li>
 * <li>Text bound for Slack (the Slack snapshot and every Markdown export, which is pasted there) has its
 * broadcast mentions broken with a zero-width space: {@code @here}, {@code @channel},
 * {@code @everyone} (and GitLab's {@code @all}) and {@code <!here>}-style tokens read the same but
 * notify no one.</li>
 * </ul>
 */
public final class SharedText {

    /** Put after the '@' of a broadcast mention: invisible, and Slack no longer sees the mention. */
    public static final String MENTION_BREAK = "\u200B";

    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.+-])(@|<!)(?=(here|channel|everyone|all|group)(?![\\p{L}\\p{N}_]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SharedText() {
    }

    public static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /** Readable in any export: the edge rule ({@link TextRule}) again, for text stored before it, and no bidi controls. */
    public static String readable(String text) {
        return withoutBidiControls(TextRule.clean(text));
    }

    /** {@link #readable} and no broadcast mention: for anything that may be pasted into Slack. */
    public static String pasteable(String text) {
        return noMentions(readable(text));
    }

    /** {@link #readable} and only characters XML 1.0 allows (tab, line breaks and printable characters). */
    public static String xml(String text) {
        return readable(text); // the edge rule already leaves only XML 1.0 characters
    }

    public static String withoutBidiControls(String text) {
        if (text == null || text.chars().noneMatch(SharedText::isBidiControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isBidiControl(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** "@here" becomes "@here" gets a zero-width space after its "@", "<!channel>" after its "<!"; an email like "ops@all.example" is left. */
    public static String noMentions(String text) {
        if (text == null || (text.indexOf('@') < 0 && !text.contains("<!"))) {
            return text;
        }
        return MENTION.matcher(text).replaceAll("$1" + MENTION_BREAK);
    }
}
