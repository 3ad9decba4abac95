package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A request pasted from the channel into the intake form, as a TPgM pastes it: Ctrl+V, Fill. */
class IntakePasteUiTest extends SampleWindowTest {

    @Test
    void aTrailingSentenceThatFitsNoFieldLandsInNotes() throws Exception {
        startOn(db);
        robot.clickOn("#tab-intake");
        waitUntil(() -> robot.lookup("#intake-new").tryQuery().isPresent());
        robot.clickOn("#intake-new");
        waitUntil(() -> robot.lookup("#intake-paste").tryQuery().isPresent());
        String message = "**Requester:** @elena\n**Initiative:** Partner API v2\n"
                + "**Problem:** Partners build against a deprecated API.\n**Channel:** #partner-api\n\n"
                + "Budget approved by the CRO last week.";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#intake-paste");
        robot.push(KeyCode.CONTROL, KeyCode.V);
        waitUntil(() -> robot.lookup("#intake-paste").queryAs(TextArea.class).getText().contains("CRO"));
        robot.clickOn("#intake-fill");
        settle();
        assertEquals("#partner-api", robot.lookup("#intake-channel").queryAs(TextField.class).getText());
        assertEquals("Budget approved by the CRO last week.",
                robot.lookup("#intake-notes").queryAs(TextArea.class).getText());
        assertFalse(robot.lookup("#intake-problem").queryAs(TextArea.class).getText().contains("Budget"));
        assertTrue(robot.lookup("#intake-paste-message").queryLabeled().getText().contains("the rest is in Notes"));
    }
}
