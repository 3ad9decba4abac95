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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".combo-box-popup .list-view").tryQuery().isPresent());
        ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        for (int i = 0; i < list.getItems().size(); i++) {
            int at = i;
            robot.interact(() -> list.scrollTo(at));
            Node cell = robot.from(list).lookup(".list-cell")
                    .match((Node n) -> text.equals(((ListCell<?>) n).getText()) && n.isVisible()).tryQuery().orElse(null);
            if (cell != null) {
                robot.clickOn(cell);
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
        }
        throw new AssertionError("no “" + text + "” among the choices of " + comboQuery);
    }
}
