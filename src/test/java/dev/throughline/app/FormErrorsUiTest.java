package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A form says nothing about a field before the user touched it; Save shows every problem; nothing jumps. */
class FormErrorsUiTest extends SampleWindowTest {

    @Test
    void problemsShowOnceAFieldWasTouchedOrOnSaveAndTheFormDoesNotJump() throws Exception {
        startOn(db);
        int programs = onFx(() -> app.window().session().workspace().programs().portfolio().size());
        waitUntil(() -> robot.lookup("#tab-portfolio").tryQuery().isPresent());
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
        robot.clickOn("#program-objective");
        settle();
        assertEquals("Name is required.", error("#program-name-error"), "left empty after being in it");
        assertEquals("", error("#program-tpgm-error"), "not touched yet");

        dev.throughline.people.PersonPicker tpgm = robot.lookup("#program-tpgm").queryAs(dev.throughline.people.PersonPicker.class);
        assertEquals("Maya Okafor", tpgm.getEditor().getText(), "the TPgM defaults to me");
        typeInto(tpgm.getEditor(), "");
        robot.type(KeyCode.TAB); // leaves the picker and closes its list, as a keyboard user does
        robot.clickOn("#form-save");
        settle();
        assertEquals("Key is required, for example CHK-12.", error("#program-key-error"));
        assertEquals("Choose the TPgM who runs this program.", error("#program-tpgm-error"));
        assertTrue(onFx(() -> robot.lookup("#program-key").query().isFocused()), "the first field with a problem has the focus");
        assertTrue(onFx(() -> robot.lookup("#program-key").query().getScene().getWindow().isShowing()),
                "the form stays open with its problems");
        assertEquals(programs, (int) onFx(() -> app.window().session().workspace().programs().portfolio().size()));
        assertEquals(tpgmY, sceneY("#program-tpgm"), 0.5, "the messages above the TPgM field did not push it down");
        assertTrue(dialogHeight <= HEIGHT);

        typeInto("#program-key", "ONB-7");
        settle();
        assertEquals("", error("#program-key-error"), "a fixed field clears its message as the user types");
    }

    @Test
    void aLongMessageWrapsWholeUnderItsField() throws Exception {
        startOn(db);
        waitUntil(() -> robot.lookup("#tab-people").tryQuery().isPresent());
        robot.clickOn("#tab-people");
        waitUntil(() -> robot.lookup("#person-add").tryQuery().isPresent());
        robot.clickOn("#person-add");
        waitUntil(() -> robot.lookup("#person-zone").tryQuery().isPresent());
        typeInto("#person-zone", "Mars/Olympus_Mons_Base_Camp_Central_Standard_Time");
        settle();
        Label error = robot.lookup("#person-zone-error").queryAs(Label.class);
        assertTrue(error.getText().contains("is not a time zone id"), error.getText());
        assertTrue(onFx(() -> error.getHeight() + 0.5 >= error.prefHeight(error.getWidth())),
                "the message is not clipped: it gets the lines it needs");
        String shown = onFx(() -> ((javafx.scene.text.Text) error.lookup(".text")).getText());
        assertTrue(!shown.endsWith("…"), "not cut: " + shown);
        Label caption = onFx(() -> (Label) robot.lookup(".tl-form .label").queryAll().stream()
                .filter(n -> n instanceof Label l && "Time zone".equals(l.getText())).findFirst().orElseThrow());
        assertEquals("Time zone", onFx(() -> ((javafx.scene.text.Text) caption.lookup(".text")).getText()));
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
