package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.people.Person;
import dev.throughline.people.PersonPicker;
import dev.throughline.program.Program;
import dev.throughline.raci.Deliverable;
import dev.throughline.testing.WindowTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A TPgM's first hour on an empty workspace, through the real window with typing: who they are, a program
 * led by them, two milestones with a dependency and a RACI row, without the sample (issue 15, defect 2).
 */
class FirstRunUiTest extends WindowTest {

    private static final LocalDate DESIGN = LocalDate.of(2026, 12, 7);
    private static final LocalDate BETA = LocalDate.of(2026, 12, 21);

    @Test
    void anEmptyWorkspaceAsksWhoIAmAndTheFirstProgramIsMine() throws Exception {
        Path db = folder.resolve("first.db");
        startOn(db);
        waitUntil(() -> robot.lookup("#me-name").tryQuery().isPresent());
        typeInto("#me-name", "Dana Reyes");
        typeInto("#me-email", "dana@example.com");
        typeInto(robot.lookup("#me-zone").queryAs(javafx.scene.control.ComboBox.class).getEditor(), "America/New_York");
        robot.clickOn(saveOf("#me-name"));
        Workspace workspace = app.window().session().workspace();
        waitUntil(() -> workspace.people().me().isPresent());
        Person me = workspace.people().me().orElseThrow();
        assertEquals("Dana Reyes", me.name());
        assertEquals("America/New_York", me.zone().getId());

        robot.clickOn("#program-new");
        waitUntil(() -> robot.lookup("#program-key").tryQuery().isPresent());
        PersonPicker tpgm = robot.lookup("#program-tpgm").queryAs(PersonPicker.class);
        assertEquals("Dana Reyes", tpgm.getEditor().getText(), "the TPgM of a new program is me");
        typeInto("#program-key", "onb-1");
        typeInto("#program-name", "Partner onboarding");
        // A sponsor not in the directory yet: added from the picker, the form keeps everything typed.
        robot.clickOn("#program-sponsor");
        robot.write("Sam");
        waitUntil(() -> robot.lookup("Add person “Sam”…").tryQuery().isPresent());
        robot.clickOn("Add person “Sam”…");
        waitUntil(() -> robot.lookup("#person-name").tryQuery().isPresent());
        assertEquals("Sam", robot.lookup("#person-name").queryTextInputControl().getText());
        typeInto("#person-name", "Sam Ortiz");
        typeInto("#person-role", "VP Product");
        robot.clickOn(saveOf("#person-name"));
        PersonPicker sponsor = robot.lookup("#program-sponsor").queryAs(PersonPicker.class);
        waitUntil(() -> sponsor.chosen() != null && sponsor.chosen().name().equals("Sam Ortiz"));
        assertEquals("Partner onboarding", robot.lookup("#program-name").queryTextInputControl().getText());
        robot.clickOn(saveOf("#program-key"));
        waitUntil(() -> robot.lookup("#program-tab-milestones").tryQuery().isPresent());
        Program program = workspace.programs().byKey("ONB-1");
        assertEquals(me.id(), program.tpgmId());

        robot.clickOn("#program-tab-milestones");
        waitUntil(() -> robot.lookup("#milestone-add").tryQuery().isPresent());
        addMilestone("Design signed off", "Dana", DESIGN);
        waitUntil(() -> milestones(workspace, program).size() == 1);
        addMilestone("Partner beta", "Sam", BETA);
        waitUntil(() -> milestones(workspace, program).size() == 2);

        waitUntil(() -> robot.lookup("Partner beta").tryQuery().isPresent());
        robot.clickOn("Partner beta");
        robot.clickOn("Add dependency…");
        waitUntil(() -> robot.lookup("#dependency-predecessor").tryQuery().isPresent());
        robot.clickOn("#dependency-predecessor");
        robot.clickOn("ONB-1 · Design signed off (" + DESIGN + ")");
        robot.clickOn(saveOf("#dependency-predecessor"));
        waitUntil(() -> !workspace.milestones().dependencies(program.id()).isEmpty());

        robot.clickOn("#program-tab-raci");
        waitUntil(() -> robot.lookup("#raci-add-person").tryQuery().isPresent());
        robot.clickOn("#raci-add-person");
        robot.write("Dana");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#raci-add-member");
        waitUntil(() -> robot.lookup("#raci-col-" + me.id()).tryQuery().isPresent());
        typeInto("#raci-new-title", "Launch plan");
        robot.clickOn("#raci-add-row");
        waitUntil(() -> !workspace.raci().matrix(program.id()).deliverables().isEmpty());
        Deliverable plan = workspace.raci().matrix(program.id()).deliverables().get(0);
        waitUntil(() -> raciCell(plan, me).isPresent());
        robot.clickOn(raciCell(plan, me).get());
        robot.type(KeyCode.A);
        waitUntil(() -> "A".equals(workspace.raci().matrix(program.id()).label(plan.id(), me.id())));

        List<MilestoneRow> stored = milestones(workspace, program);
        MilestoneRow design = stored.stream().filter(r -> r.milestone().title().equals("Design signed off")).findFirst().orElseThrow();
        MilestoneRow beta = stored.stream().filter(r -> r.milestone().title().equals("Partner beta")).findFirst().orElseThrow();
        assertEquals(DESIGN, design.milestone().forecast());
        assertEquals(me.id(), design.milestone().ownerId());
        assertEquals("Sam Ortiz", beta.owner());
        assertEquals(BETA, beta.milestone().forecast());
        List<Dependency> links = workspace.milestones().dependencies(program.id());
        assertEquals(1, links.size());
        assertEquals(design.milestone().id(), links.get(0).predecessorId());
        assertEquals(beta.milestone().id(), links.get(0).successorId());
        assertEquals(2, workspace.people().all().size(), "me and the sponsor, nobody from the sample");
        assertEquals(1, workspace.programs().all().size());
    }

    private void addMilestone(String title, String owner, LocalDate forecast) throws Exception {
        robot.clickOn("#milestone-add");
        waitUntil(() -> robot.lookup("#milestone-title").tryQuery().isPresent());
        typeInto("#milestone-title", title);
        typeInto("#milestone-owner", owner); // a first name is enough
        robot.type(KeyCode.TAB); // closes the list of matches and moves on, as a keyboard user does
        typeDate("#milestone-forecast", forecast);
        robot.clickOn(saveOf("#milestone-title"));
        try {
            waitUntil(() -> robot.lookup("#milestone-title").tryQuery().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the milestone form stayed open: " + robot.lookup(".tl-field-error").queryAllAs(
                    javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList()
                    + " owner=" + robot.lookup("#milestone-owner").queryAs(PersonPicker.class).chosen()
                    + " forecast=" + robot.lookup("#milestone-forecast").queryAs(DatePicker.class).getValue()
                    + " editor=" + robot.lookup("#milestone-forecast").queryAs(DatePicker.class).getEditor().getText(), e);
        }
    }

    /** Types a date as ISO text into a date field (ui/DateField reads it in every locale) and tabs on. */
    private void typeDate(String query, LocalDate date) {
        typeInto(robot.lookup(query).queryAs(DatePicker.class).getEditor(), date.toString());
        robot.type(KeyCode.TAB);
    }

    /** The Save button of the dialog that holds {@code fieldQuery}. */
    private Button saveOf(String fieldQuery) {
        Node field = robot.lookup(fieldQuery).query();
        return robot.lookup("#form-save").queryAllAs(Button.class).stream()
                .filter(b -> b.getScene() == field.getScene()).findFirst().orElseThrow();
    }

    private java.util.Optional<Node> raciCell(Deliverable deliverable, Person person) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() != null
                && ("raci-col-" + person.id()).equals(c.getTableColumn().getId()) && c.getTableRow() != null
                && c.getTableRow().getItem() != null && c.getTableRow().getItem().toString().contains(deliverable.title()))
                .tryQuery();
    }

    private static List<MilestoneRow> milestones(Workspace workspace, Program program) {
        return workspace.milestones().portfolioRows().getOrDefault(program.id(), List.of());
    }
}
