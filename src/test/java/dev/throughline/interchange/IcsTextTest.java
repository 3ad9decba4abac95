package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.text.SharedText;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue 20, items 8-9: whatever a title or a name holds, an .ics content line stays one folded line. */
class IcsTextTest {

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars("\u0000\u0007\u001b\u007f\u0085\r\n\t\";,:\\\u202E\u2066aé漢 ")
                .ofMaxLength(120);
    }

    @Property(tries = 300)
    void aTextValueIsOneFoldedLineWithoutControlsOrBidiControls(@ForAll("hostile") String x) {
        String folded = IcsText.fold("SUMMARY:" + IcsText.escape(x));

        assertTrue(folded.endsWith("\r\n"));
        String[] physical = folded.substring(0, folded.length() - 2).split("\r\n", -1);
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            assertTrue(i == 0 || line.startsWith(" "), "a continuation starts with a space");
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "at most 75 octets: " + line);
            assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t'), "no control character");
            assertTrue(line.codePoints().noneMatch(SharedText::isBidiControl), "no bidi control");
        }
    }

    @Property(tries = 300)
    void aQuotedParameterHoldsNoQuoteOrLineBreak(@ForAll("hostile") String x) {
        String quoted = IcsText.quoted(x);

        assertEquals(2, quoted.chars().filter(c -> c == '"').count(), quoted);
        assertTrue(quoted.chars().noneMatch(Character::isISOControl), "no control character (RFC 5545 QSAFE-CHAR)");
        assertTrue(quoted.codePoints().noneMatch(SharedText::isBidiControl), "no bidi control");
    }
}
