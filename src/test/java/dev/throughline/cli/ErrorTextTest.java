package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The central filter that keeps every CLI error on one line, in words. */
class ErrorTextTest {

    @Test
    void jaxbAndIoClassNamesGiveWayToTheReason() {
        assertEquals("a.xml: could not be written (No space left on device); nothing was changed",
                ErrorText.oneLine("a.xml: could not be written (jakarta.xml.bind.MarshalException\n - with linked exception:\n"
                        + "[java.io.IOException: No space left on device]); nothing was changed"));
    }

    @Test
    void helpfulNullPointerTextIsNotShown() {
        assertEquals("deep.gan: cannot be read as a project plan (something the reader expected is missing)",
                ErrorText.oneLine("deep.gan: cannot be read as a project plan (Cannot invoke"
                        + " \"net.sf.mpxj.ganttproject.schema.Calendars.getDayTypes()\" because \"gpCalendar\" is null)"));
    }

    @Test
    void sqliteIntegrityRowsBecomeOneShortLine() {
        String message = ErrorText.oneLine("ws.db is damaged (*** in database main ***\n" + "Page 74: never used\n".repeat(40) + ")");

        assertEquals(1, message.lines().count());
        assertTrue(message.startsWith("ws.db is damaged (Page 74: never used Page 74"), message);
        assertTrue(message.length() <= 401, message);
    }

    @Test
    void lineBreaksControlAndBidiCharactersBecomeSpaces() {
        assertEquals("“Weekly sync” has no start", ErrorText.oneLine("“Weekly\r\nsync” has\u0000no\u2028start\u202E"));
    }

    @Test
    void anEmptyMessageStillSaysSomething() {
        assertEquals("something went wrong, and no reason was given", ErrorText.oneLine(null));
        assertEquals("something went wrong, and no reason was given", ErrorText.oneLine(" \n "));
    }
}
