package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.milestone.Workstream;
import dev.throughline.testing.ProgramTabs;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Issue 15 (low): Enter in the Workstreams dialog adds the typed name; the next name does not run into it. */
class WorkstreamsDialogUiTest extends SampleWindowTest {

    @Test
    void enterAddsEachWorkstream() throws Exception {
        startOn(db);
        ProgramTabs.open(robot, app, "MOB-21", "program-tab-milestones");
        waitUntil(() -> robot.lookup("Workstreams…").tryQuery().isPresent());
        robot.clickOn("Workstreams…");
        waitUntil(() -> robot.lookup("#workstream-name").tryQuery().isPresent());
        int before = list().getItems().size();

        typeInto("#workstream-name", "Store listing");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> list().getItems().size() == before + 1);
        typeInto("#workstream-name", "Paywall");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> list().getItems().size() == before + 2);

        List<String> names = list().getItems().stream().map(Workstream::name).toList();
        assertEquals(List.of("Store listing", "Paywall"), names.subList(before, before + 2), names.toString());
    }

    @SuppressWarnings("unchecked")
    private ListView<Workstream> list() {
        return (ListView<Workstream>) robot.lookup("#workstream-name").query().getParent().getParent()
                .getChildrenUnmodifiable().get(0);
    }
}
