package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** A form says nothing about a field before the user touched it; Save shows every problem; nothing jumps. */
class FormErrorsUiTest extends SampleWindowTest {

    @Test
    void problemsShowOnceAFieldWasTouchedOrOnSaveAndTheFormDoesNotJump() throws Exception {
        startOn(db);
        int programs = onFx(() -> app.window().session().workspace().programs().portfolio().size());
        robot.clickOn("#tab-portfolio");
        robot.clickOn("#program-new");
        waitUntil(() -> robot.lookup("#program-key").tryQuery().isPresent());
        settle();

        assertEquals("", error("#program-key-error"), "nothing typed yet, nothing said");
        assertEquals("", error("#program-name-error"));
        assertEquals("", error("#program-tpgm-error"));
        double tpgmY = sceneY("#program-tpgm");
        double dialogHeight = onFx(() -> robot.lookup("#program-key").query().getScene().getWindow().getHeight());

        robot.clickOn("#program-name");
        robot.clickOn("#program-channel");
        settle();
        assertEquals("Name is required.", error("#program-name-error"), "left empty after being in it");
        assertEquals("", error("#program-tpgm-error"), "not touched yet");

        robot.clickOn("#form-save");
        settle();
        assertEquals("Key is required, for example CHK-12.", error("#program-key-error"));
        assertEquals("Choose the TPgM who runs this program.", error("#program-tpgm-error"));
        assertTrue(robot.lookup("#form-banner").queryAs(Label.class).isVisible());
        assertTrue(onFx(() -> robot.lookup("#program-key").query().getScene().getWindow().isShowing()),
                "the form stays open with its problems");
        assertEquals(programs, (int) onFx(() -> app.window().session().workspace().programs().portfolio().size()));
        assertEquals(tpgmY, sceneY("#program-tpgm"), 0.5, "the messages above the TPgM field did not push it down");
        assertTrue(dialogHeight <= HEIGHT);

        typeInto("#program-key", "ONB-7");
        settle();
        assertEquals("", error("#program-key-error"), "a fixed field clears its message as the user types");
    }

    private String error(String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private double sceneY(String query) throws Exception {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            return node.localToScene(node.getLayoutBounds()).getMinY();
        });
    }
}
