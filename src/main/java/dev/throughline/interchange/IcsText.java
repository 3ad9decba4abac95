package dev.throughline.interchange;

import dev.throughline.text.SharedText;
import java.nio.charset.StandardCharsets;

/** RFC 5545 text rules: TEXT value escaping and folding of content lines at 75 octets. */
final class IcsText {

    private IcsText() {
    }

    /**
     * Escapes backslash, semicolon, comma and line breaks in a TEXT value, after dropping what iCalendar
     * text cannot hold (control characters) and bidi controls ({@link SharedText}).
     */
    static String escape(String text) {
        return SharedText.readable(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A quoted parameter value (RFC 5545 QSAFE-CHAR): no double quote, no control character, no line break. */
    static String quoted(String text) {
        return "\"" + SharedText.readable(text).replaceAll("[\\r\\n\\t]+", " ").replace('"', '\'') + "\"";
    }

    /** The content line folded at 75 octets (never inside a UTF-8 sequence), ending in CRLF. */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }
}
