package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.milestone.MilestoneRow;
import dev.throughline.milestone.NamedDependency;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import dev.throughline.testing.ProgramTabs;
import dev.throughline.testing.Choices;
import org.junit.jupiter.api.Test;

/** Issue 15, defects 4 and 5: a cross-program dependency is named by key and milestone, and the panel follows an add. */
class MilestoneDependenciesUiTest extends SampleWindowTest {

    private static final String EU_ROLLOUT = "EU rollout on the Frankfurt region";
    private static final String CARD_FORM = "Hosted card form in the single-page flow";

    @Test
    void aCrossProgramDependencyNamesTheProgramAndTheMilestoneInThePanelWhyAndForm() throws Exception {
        startOn(db);
        ProgramTabs.open(robot, app, "CHK-12", "program-tab-milestones");
        waitUntil(() -> table().getItems().size() == 10);

        clickRow(EU_ROLLOUT);
        waitUntil(() -> dependencyTexts().size() == 3);
        assertTrue(dependencyTexts().containsAll(List.of("waits on EUR-3 · Frankfurt region GA (FS)",
                "waits on EUR-3 · Payments and billing data processed in region (FS +10d)",
                "waits on CHK-12 · Beta to 5% of traffic (SS +3d)")), dependencyTexts().toString());
        assertTrue(dependencyTexts().stream().noneMatch(t -> t.contains("another program")));
        waitUntil(() -> whyTexts().size() >= 2);
        assertEquals("CHK-12 · " + EU_ROLLOUT + " is forecast for 2027-02-26.", whyTexts().get(0));

        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#milestone-form-dependencies").tryQuery().isPresent());
        String form = robot.lookup("#milestone-form-dependencies").queryAs(Label.class).getText();
        assertTrue(form.contains("waits on EUR-3 · Frankfurt region GA (FS)"), form);
        assertTrue(form.contains("waits on EUR-3 · Payments and billing data processed in region (FS +10d)"), form);
        robot.clickOn("Cancel");
    }

    @Test
    void thePanelShowsANewDependencyWithoutSelectingAnotherRow() throws Exception {
        startOn(db);
        ProgramTabs.open(robot, app, "CHK-12", "program-tab-milestones");
        waitUntil(() -> table().getItems().size() == 10);
        clickRow(CARD_FORM);
        waitUntil(() -> whyTexts().size() >= 2);
        List<String> before = dependencyTexts();
        assertEquals(List.of("blocks CHK-12 · PCI DSS scope review passed (FS +3d)"), before);

        robot.clickOn("Add dependency…");
        waitUntil(() -> robot.lookup("#dependency-predecessor").tryQuery().isPresent());
        Choices.pick(robot, "#dependency-predecessor", "EUR-3 · Frankfurt infrastructure provisioned (2026-08-14)");
        typeInto("#dependency-lag", "2");
        robot.clickOn("#form-save");

        waitUntil(() -> dependencyTexts().contains("waits on EUR-3 · Frankfurt infrastructure provisioned (FS +2d)"));
        assertEquals(CARD_FORM, table().getSelectionModel().getSelectedItem().milestone().title(),
                "the same milestone stays selected");
        waitUntil(() -> whyTexts().stream().anyMatch(t -> t.startsWith("waits on EUR-3 · Frankfurt infrastructure provisioned")
                || t.startsWith("No predecessor holds it")));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> dependencyTexts().equals(before));
    }

    /** Scrolls the table to the milestone, as a user would with the wheel, and clicks it. */
    private void clickRow(String title) {
        TableView<MilestoneRow> table = table();
        robot.interact(() -> table.getItems().stream().filter(r -> r.milestone().title().equals(title)).findFirst()
                .ifPresent(table::scrollTo));
        robot.clickOn(title);
    }

    @SuppressWarnings("unchecked")
    private TableView<MilestoneRow> table() {
        return (TableView<MilestoneRow>) robot.lookup("#milestones-table").query();
    }

    /** The lines the dependencies panel shows, scrolled through as the panel is short at 720 px. */
    private List<String> dependencyTexts() {
        @SuppressWarnings("unchecked")
        ListView<NamedDependency> list = (ListView<NamedDependency>) robot.lookup("#milestone-dependencies").query();
        java.util.Set<String> seen = new java.util.TreeSet<>();
        int size = read(() -> list.getItems().size());
        for (int i = 0; i < size; i++) {
            int at = i;
            robot.interact(() -> list.scrollTo(at));
            seen.addAll(read(() -> list.lookupAll(".list-cell").stream().map(n -> ((ListCell<?>) n).getText())
                    .filter(t -> t != null && !t.isEmpty()).toList()));
        }
        return List.copyOf(seen);
    }

    private List<String> whyTexts() {
        return read(() -> {
            Node list = robot.lookup("#milestone-dependencies").query();
            VBox why = (VBox) ((VBox) list.getParent()).getParent().getChildrenUnmodifiable().get(0);
            VBox lines = (VBox) why.getChildren().get(1);
            return lines.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        });
    }

    private static <T> T read(java.util.concurrent.Callable<T> what) {
        try {
            return onFx(what);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
