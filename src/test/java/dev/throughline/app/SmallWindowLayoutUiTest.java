package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Every screen and dialog at the smallest window we support (1280x720): main tables keep 8 rows,
 * nothing a user reads on a button, filter or caption is cut to "…", the program's tabs all show
 * without the overflow menu, and each dialog fits in the window with its Save button on screen.
 */
class SmallWindowLayoutUiTest extends SampleWindowTest {

    @Test
    void everyScreenKeepsItsTablesAndTextsAt1280x720() throws Exception {
        startOn(db);
        assertEquals(WIDTH, stage().getWidth());
        assertEquals(HEIGHT, stage().getHeight());
        List<String> problems = new ArrayList<>();

        screen("tab-home", problems);
        screen("tab-portfolio", problems, "#portfolio-table", 8);
        onFx(() -> cutCellsCheckedForTooltips("#portfolio-table", "Health reason", problems));
        screen("tab-timeline", problems);
        screen("tab-people", problems, "#people-table", 8);
        screen("tab-load", problems, "#load-table", 8);
        screen("tab-risks", problems, "#portfolio-risks-table", 8);
        screen("tab-status", problems);
        screen("tab-intake", problems, "#intake-table", 8);
        screen("tab-capacity", problems, "#capacity-table", 5);

        openProgram("CHK-12");
        programTab("program-tab-overview", problems);
        programTab("program-tab-milestones", problems, "#milestones-table", 8);
        programTab("program-tab-timeline", problems);
        programTab("program-tab-raci", problems, "#raci-table", 8);
        programTab("program-tab-raid", problems, "#raid-table", 8);
        programTab("program-tab-syncs", problems, "#syncs-agenda-items", 8, "#syncs-occurrences", 2);
        int cutAttendees = onFx(() -> cutCellsCheckedForTooltips("#syncs-occurrences", "Attendees", problems));
        assertTrue(cutAttendees > 0, "at 1280 px the attendees are cut, and say so in a tooltip");
        programTab("program-tab-decisions", problems, "#decisions-table", 5, "#actions-table", 5);
        programTab("program-tab-status", problems);

        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDialogFitsTheWindowWithItsButtonsOnScreen() throws Exception {
        startOn(db);
        List<String> problems = new ArrayList<>();
        robot.clickOn("#tab-portfolio");
        dialog("New program", "#program-new", problems);

        openProgram("CHK-12");
        programTab("program-tab-overview", problems);
        dialog("Edit program", "#program-edit", problems);
        dialog("Add objective", "#objective-add", problems);
        programTab("program-tab-milestones", problems);
        dialog("Add milestone", "#milestone-add", problems);
        dialog("Workstreams", "Workstreams…", problems);
        programTab("program-tab-raid", problems);
        dialog("Add RAID item", "#raid-add", problems);
        programTab("program-tab-syncs", problems);
        dialog("New sync series", "#syncs-new", problems);
        programTab("program-tab-decisions", problems);
        dialog("Record decision", "#decisions-new", problems);
        dialog("Add action", "#actions-new", problems);

        robot.clickOn("#tab-people");
        waitUntil(() -> robot.lookup("#person-add").tryQuery().isPresent());
        dialog("Add person", "#person-add", problems);
        robot.clickOn("#tab-intake");
        waitUntil(() -> robot.lookup("#intake-new").tryQuery().isPresent());
        dialog("New intake request", "#intake-new", problems);

        Path plan = Path.of("src/test/resources/interchange/plan.gan").toAbsolutePath();
        Platform.runLater(() -> app.window().importFile(plan));
        checkDialog("Import wizard", problems);
        robot.clickOn("File");
        robot.clickOn("Backups…");
        checkDialog("Backups", problems);

        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---- screens

    private void screen(String tabId, List<String> problems, Object... tables) throws Exception {
        waitUntil(() -> robot.lookup("#" + tabId).tryQuery().isPresent());
        robot.clickOn("#" + tabId);
        settleAfterLoading();
        check(tabId, problems, tables);
    }

    private void programTab(String tabId, List<String> problems, Object... tables) throws Exception {
        robot.clickOn("#" + tabId);
        settleAfterLoading();
        check(tabId, problems, tables);
        onFx(() -> {
            TabPane programTabs = (TabPane) robot.lookup(".tl-program-tabs").query();
            if (!allTabsShown(programTabs)) {
                problems.add("the program's tabs do not all fit: some are behind the overflow menu");
            }
            return null;
        });
    }

    private void check(String where, List<String> problems, Object... tables) throws Exception {
        for (int i = 0; i < tables.length; i += 2) {
            String table = (String) tables[i];
            int wanted = (Integer) tables[i + 1];
            waitUntil(() -> robot.lookup(table).tryQuery().isPresent());
            settle();
            double rows = onFx(() -> visibleRows(table));
            if (rows < wanted) {
                problems.add(where + ": " + table + " shows " + String.format("%.1f", rows) + " rows, wants " + wanted);
            }
        }
        List<String> cut = onFx(() -> cutTexts(stage().getScene().getRoot(), false));
        cut.forEach(c -> problems.add(where + ": cut text " + c));
    }

    private void openProgram(String key) throws Exception {
        robot.clickOn("#tab-portfolio");
        long id = onFx(() -> app.window().session().workspace().programs().portfolio().stream()
                .filter(p -> p.key().equals(key)).findFirst().orElseThrow().id());
        robot.interact(() -> app.window().openProgram(id));
        waitUntil(() -> robot.lookup(".tl-program-tabs").tryQuery().isPresent());
        settleAfterLoading();
    }

    /** Rows that fit in the table's body: its height less the column headers, over the (one) row height. */
    private double visibleRows(String query) {
        TableView<?> table = (TableView<?>) robot.lookup(query).query();
        Node header = table.lookup(".column-header-background");
        double row = table.lookupAll(".table-row-cell").stream().filter(Node::isVisible)
                .mapToDouble(r -> r.getLayoutBounds().getHeight()).max().orElseThrow();
        assertEquals(dev.throughline.ui.Tables.ROW_HEIGHT, row, 1.0, query + ": rows have the compact height");
        return (table.getHeight() - header.getLayoutBounds().getHeight()) / row;
    }

    /**
     * Each cell of the column whose text is drawn cut has the whole text as its tooltip, and a cell shown
     * whole has none. Returns how many cells were cut.
     */
    private int cutCellsCheckedForTooltips(String query, String column, List<String> problems) {
        int cut = 0;
        for (Node node : robot.lookup(query).query().lookupAll(".table-cell")) {
            if (!(node instanceof javafx.scene.control.TableCell<?, ?> cell) || cell.getTableColumn() == null
                    || !column.equals(cell.getTableColumn().getText()) || cell.isEmpty() || cell.getText() == null
                    || !showing(cell)) {
                continue;
            }
            Text shown = (Text) cell.lookup(".text");
            boolean isCut = shown != null && !cell.getText().equals(shown.getText());
            String tip = cell.getTooltip() == null ? null : cell.getTooltip().getText();
            if (isCut) {
                cut++;
                if (!cell.getText().equals(tip)) {
                    problems.add(query + " " + column + ": “" + shown.getText() + "” is cut but its tooltip is " + tip);
                }
            } else if (tip != null) {
                problems.add(query + " " + column + ": “" + cell.getText() + "” is whole yet has a tooltip");
            }
        }
        return cut;
    }

    private static boolean allTabsShown(TabPane tabs) {
        Node area = tabs.lookup(".tab-header-area");
        Bounds visible = area.localToScene(area.getLayoutBounds());
        Node menu = tabs.lookup(".control-buttons-tab");
        double right = visible.getMaxX() - (menu != null && menu.isVisible() ? menu.getLayoutBounds().getWidth() : 0);
        for (Node header : tabs.lookupAll(".tab")) {
            if (header.getParent() != null && header.getParent().getStyleClass().contains("headers-region")
                    && header.localToScene(header.getLayoutBounds()).getMaxX() > right + 0.5) {
                return false;
            }
        }
        return true;
    }

    // ---- dialogs

    private void dialog(String name, String opener, List<String> problems) throws Exception {
        robot.clickOn(opener);
        checkDialog(name, problems);
    }

    private void checkDialog(String name, List<String> problems) throws Exception {
        waitUntil(() -> dialogWindow() != null);
        settleAfterLoading();
        onFx(() -> {
            Window dialog = dialogWindow();
            Stage main = stage();
            if (dialog.getHeight() > main.getHeight() + 0.5) {
                problems.add(name + ": the dialog is " + dialog.getHeight() + " px tall, the window " + main.getHeight());
            }
            if (dialog.getY() < main.getY() - 0.5 || dialog.getY() + dialog.getHeight() > main.getY() + main.getHeight() + 0.5) {
                problems.add(name + ": the dialog sticks out of the window (y=" + dialog.getY() + ")");
            }
            Button save = defaultButton(dialog);
            if (save == null) {
                problems.add(name + ": no Save / OK button");
            } else {
                Bounds onScreen = save.localToScreen(save.getLayoutBounds());
                if (onScreen.getMaxY() > main.getY() + main.getHeight() + 0.5 || onScreen.getMinY() < main.getY() - 0.5
                        || onScreen.getMaxY() > dialog.getY() + dialog.getHeight() + 0.5) {
                    problems.add(name + ": its " + save.getText() + " button is off screen at y=" + onScreen.getMinY());
                }
            }
            cutTexts(dialog.getScene().getRoot(), true).forEach(c -> problems.add(name + ": cut text " + c));
            return null;
        });
        robot.interact(() -> dialogWindow().hide());
        waitUntil(() -> dialogWindow() == null);
    }

    private Window dialogWindow() {
        Stage main = stage();
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing() && w instanceof Stage s
                && s.getOwner() == main).findFirst().orElse(null);
    }

    private static Button defaultButton(Window dialog) {
        Node save = dialog.getScene().lookup("#form-save");
        if (save instanceof Button button) {
            return button;
        }
        if (dialog.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                Node node = pane.lookupButton(type);
                if (node instanceof Button button && (button.isDefaultButton()
                        || type.getButtonData() == ButtonBar.ButtonData.OK_DONE || pane.getButtonTypes().size() == 1)) {
                    return button;
                }
            }
        }
        return null;
    }

    // ---- text cut to "…"

    /**
     * Buttons, check boxes, the shown value of combo boxes, tab titles and (in dialogs) captions whose
     * text is drawn cut with an ellipsis. Table and list rows are left out: their cells show the whole
     * text as a tooltip.
     */
    private static List<String> cutTexts(Parent root, boolean labelsToo) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".text")) {
            if (!(node instanceof Text shown) || !(shown.getParent() instanceof Labeled labeled) || !showing(labeled)) {
                continue;
            }
            boolean comboValue = labeled instanceof Cell<?> && labeled.getParent() instanceof ComboBoxBase<?>;
            if (insideRows(labeled) && !comboValue) {
                continue;
            }
            boolean label = labeled.getClass() == javafx.scene.control.Label.class;
            if (label && !labelsToo && !inTabHeader(labeled)) {
                continue;
            }
            String full = labeled.getText();
            if (full != null && !full.isEmpty() && !full.equals(shown.getText()) && shown.getText().endsWith("…")) {
                cut.add("“" + shown.getText() + "” of “" + full + "” (" + labeled.getClass().getSimpleName()
                        + (labeled.getId() == null ? "" : " #" + labeled.getId()) + ")");
            }
        }
        return cut;
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean insideRows(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTabHeader(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    private void settleAfterLoading() throws Exception {
        waitUntil(() -> !app.window().session().background().busyProperty().get());
        settle();
        Thread.sleep(150);
        settle();
    }
}
