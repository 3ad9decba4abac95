package dev.throughline.app;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Picks an entry of a combo box through its popup: open it, scroll to the entry, click it. */
final class Choices {

    private Choices() {
    }

    static void pick(FxRobot robot, String comboQuery, String text) throws Exception {
        ComboBox<?> combo = robot.lookup(comboQuery).queryAs(ComboBox.class);
        robot.clickOn(combo);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup(".combo-box-popup .list-view").tryQuery().isPresent());
        ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (text.equals(combo.getConverter() == null ? String.valueOf(list.getItems().get(i))
                    : label(combo, i))) {
                index = i;
            }
        }
        if (index < 0) {
            throw new AssertionError("no “" + text + "” in " + comboQuery);
        }
        int at = index;
        robot.interact(() -> list.scrollTo(at));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.Node n) -> text.equals(((javafx.scene.control.ListCell<?>) n).getText())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(ComboBox combo, int i) {
        return combo.getConverter().toString(combo.getItems().get(i));
    }
}
