package dev.throughline.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.app.Workspace;
import dev.throughline.testing.Choices;
import dev.throughline.testing.ProgramTabs;
import dev.throughline.testing.WindowTest;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, defect 10, on the sample's CHK-12 at 1280x720: the workstream picker keeps its choice across
 * adds, the pickers show their prompt again after a choice is cleared, and a row moves to another
 * workstream from its context menu (undoable).
 */
class RaciWorkstreamsUiTest extends WindowTest {

    private Path db;

    @BeforeEach
    void sample() throws Exception {
        db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
        }
    }

    @Test
    void rowsAddedOneAfterAnotherLandInTheChosenWorkstreamAndMoveToAnother() throws Exception {
        startOn(db);
        ProgramTabs.open(robot, app, "CHK-12", "program-tab-raci");
        waitUntil(() -> robot.lookup("#raci-table").tryQuery().isPresent() && !table().getItems().isEmpty());
        assertEquals("Workstream", buttonText("#raci-new-workstream"), "the prompt shows before a choice");
        assertEquals("Add a person (type a name)…", personPicker().getPromptText());
        assertEquals("", personPicker().getEditor().getText(), "the prompt shows before a choice");

        Choices.pick(robot, "#raci-new-workstream", "Compliance");
        typeInto("#raci-new-title", "Load test sign-off");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> groupOf("Load test sign-off") != null);
        assertEquals("Compliance", groupOf("Load test sign-off"));
        assertEquals("Compliance", buttonText("#raci-new-workstream"), "the choice stays for the next row");

        typeInto("#raci-new-title", "Pen test report");
        robot.clickOn("#raci-add-row");
        waitUntil(() -> groupOf("Pen test report") != null);
        assertEquals("Compliance", groupOf("Pen test report"), "not “No workstream”");

        typeInto(personPicker().getEditor(), addablePerson());
        robot.type(KeyCode.TAB);
        robot.clickOn("#raci-add-member");
        waitUntil(() -> personPicker().getEditor().getText().isEmpty());

        scrollTo("Pen test report");
        robot.clickOn("Pen test report");
        robot.clickOn("#raci-move-row");
        waitUntil(() -> menuItem("Web client") != null);
        robot.clickOn(menuItem("Web client"));
        waitUntil(() -> "Web client".equals(groupOf("Pen test report")));
        assertEquals("Compliance", groupOf("Load test sign-off"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> "Compliance".equals(groupOf("Pen test report")));
    }

    /** An entry of the open menu (a popup of its own, apart from the grid's "Web client" heading). */
    private javafx.scene.Node menuItem(String text) {
        return robot.lookup(text).match((javafx.scene.Node n) -> n.getScene() != table().getScene()).tryQuery().orElse(null);
    }

    private dev.throughline.people.PersonPicker personPicker() {
        return robot.lookup("#raci-add-person").queryAs(dev.throughline.people.PersonPicker.class);
    }

    private String addablePerson() {
        return personPicker().getItems().get(0).name();
    }

    private void scrollTo(String title) {
        TableView<RaciMatrixView.Line> table = table();
        robot.interact(() -> table.getItems().stream().filter(l -> !l.heading() && l.deliverable().title().equals(title))
                .findFirst().ifPresent(table::scrollTo));
    }

    /** The workstream heading a row sits under, as the grid shows it; null when the row is not there. */
    private String groupOf(String title) {
        List<RaciMatrixView.Line> lines = List.copyOf(table().getItems());
        String heading = null;
        for (RaciMatrixView.Line line : lines) {
            if (line.heading()) {
                heading = line.group();
            } else if (line.deliverable().title().equals(title)) {
                return heading;
            }
        }
        return null;
    }

    private String buttonText(String combo) {
        try {
            return onFx(() -> ((ComboBox<?>) robot.lookup(combo).query()).getButtonCell().getText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<RaciMatrixView.Line> table() {
        return (TableView<RaciMatrixView.Line>) robot.lookup("#raci-table").query();
    }
}
