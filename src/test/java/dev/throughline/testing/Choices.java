package dev.throughline.testing;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Picks an entry of a combo box as a user does: open its popup, scroll until the entry shows, click it. */
public final class Choices {

    private Choices() {
    }

    public static void pick(FxRobot robot, String comboQuery, String text) throws Exception {
        ComboBox<?> combo = robot.lookup(comboQuery).queryAs(ComboBox.class);
        robot.clickOn(combo);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingPopupList(robot) != null);
        ListView<?> list = showingPopupList(robot);
        for (int i = 0; i < list.getItems().size(); i++) {
            int at = i;
            robot.interact(() -> list.scrollTo(at));
            Node cell = robot.from(list).lookup(".list-cell")
                    .match((Node n) -> text.equals(((ListCell<?>) n).getText()) && n.isVisible()).tryQuery().orElse(null);
            if (cell != null) {
                int index = ((ListCell<?>) cell).getIndex();
                robot.clickOn(cell);
                WaitForAsyncUtils.waitForFxEvents();
                if (combo.getSelectionModel().getSelectedIndex() != index) {
                    pickByKeyboard(robot, combo, index);
                }
                return;
            }
        }
        throw new AssertionError("no “" + text + "” among the choices of " + comboQuery);
    }

    /** As a keyboard user: open the list, Home, Down to the entry, Enter (a click can miss a list scrolled under it). */
    private static void pickByKeyboard(FxRobot robot, ComboBox<?> combo, int index) throws Exception {
        if (!combo.isShowing()) {
            robot.clickOn(combo);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingPopupList(robot) != null);
        }
        robot.type(javafx.scene.input.KeyCode.HOME);
        for (int i = 0; i < index; i++) {
            robot.type(javafx.scene.input.KeyCode.DOWN);
        }
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        if (combo.getSelectionModel().getSelectedIndex() != index) {
            throw new AssertionError("could not pick entry " + index + " of " + combo.getId() + " by mouse or keyboard");
        }
    }

    /** The list of the combo box popup on screen now (a closed popup keeps its list in the scene graph). */
    private static ListView<?> showingPopupList(FxRobot robot) {
        return robot.lookup(".combo-box-popup .list-view").queryAllAs(ListView.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }
}
