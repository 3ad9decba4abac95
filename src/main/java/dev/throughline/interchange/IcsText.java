package dev.throughline.interchange;

import java.nio.charset.StandardCharsets;

/** RFC 5545 text rules: TEXT value escaping and folding of content lines at 75 octets. */
final class IcsText {

    private IcsText() {
    }

    /** Escapes backslash, semicolon, comma and line breaks in a TEXT value. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
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
