package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.attention.AttentionItem;
import dev.throughline.attention.AttentionView;
import dev.throughline.intake.IntakeRow;
import dev.throughline.program.ProgramView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The home screen on the sample in the real window (headless): one click to where to fix it; the intake paste. */
class AttentionUiTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ThroughlineApp app;

    @BeforeEach
    void sampleApp() throws Exception {
        Path db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
        }
        FxToolkit.registerPrimaryStage();
        app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(db, folder.resolve("settings.properties")));
        waitUntil(() -> robot.lookup("#attention-view").tryQuery().isPresent() && !home().items().isEmpty());
    }

    @AfterEach
    void closeApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theAppOpensOnTheHomeScreenAndARaciProblemOpensTheProgramOnItsRaciTab() throws Exception {
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertEquals("tab-home", tabs.getSelectionModel().getSelectedItem().getId());
        waitUntil(() -> robot.lookup("#attention-raci-problem .hyperlink").tryQuery().isPresent());
        AttentionItem raci = home().items().stream().filter(i -> i.kind() == AttentionItem.Kind.RACI_PROBLEM)
                .findFirst().orElseThrow();
        Hyperlink link = robot.lookup("#attention-raci-problem .hyperlink").queryAs(Hyperlink.class);
        robot.interact(link::fire); // below the fold of the home screen: fired as a click would

        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getContent() instanceof ProgramView);
        Tab program = tabs.getSelectionModel().getSelectedItem();
        waitUntil(() -> raci.programKey().equals(program.getText()));
        ProgramView view = (ProgramView) program.getContent();
        assertEquals("program-tab-raci", view.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void anIntakeRequestNearTheGoalOpensSelectedInTheIntakeList() throws Exception {
        AttentionItem portal = home().items().stream().filter(i -> i.kind() == AttentionItem.Kind.INTAKE_RESPONSE
                && i.title().equals("Partner onboarding portal")).findFirst().orElseThrow();
        assertEquals(AttentionItem.Severity.SOON, portal.severity());
        waitUntil(() -> robot.lookup("#attention-intake-response .hyperlink").match((Hyperlink h) ->
                h.getText().contains("Partner onboarding portal")).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#attention-intake-response .hyperlink").match((Hyperlink h) ->
                h.getText().contains("Partner onboarding portal")).queryAs(Hyperlink.class));
        waitUntil(() -> robot.lookup("#intake-table").tryQuery().isPresent()
                && intakeTable().getSelectionModel().getSelectedItem() != null);
        assertEquals("Partner onboarding portal", intakeTable().getSelectionModel().getSelectedItem().request().initiative());
    }

    @Test
    void aPasteThatFitsNoTemplateIsRefusedAndAGoodOneFillsTheForm() throws Exception {
        robot.clickOn("#tab-intake");
        waitUntil(() -> robot.lookup("#intake-new").tryQuery().isPresent());
        robot.clickOn("#intake-new");
        waitUntil(() -> robot.lookup("#intake-paste").tryQuery().isPresent());
        TextArea paste = robot.lookup("#intake-paste").queryAs(TextArea.class);
        TextField initiative = robot.lookup("#intake-initiative").queryAs(TextField.class);
        robot.interact(() -> initiative.setText("Typed by hand"));
        robot.interact(() -> paste.setText("can someone help with the launch next month?"));
        robot.clickOn("#intake-fill");
        String refusal = robot.lookup("#intake-paste-message").queryAs(Label.class).getText();
        assertTrue(refusal.startsWith("This message does not follow the intake template"), refusal);
        assertEquals("Typed by hand", initiative.getText());
        assertEquals("can someone help with the launch next month?", paste.getText());

        robot.interact(() -> paste.setText("**Requester:** @elena\n**Initiative:** Partner API v2\n"
                + "**Problem:** Partners build against a deprecated API.\n**Functions involved:** Engineering, GTM\n"
                + "**Desired timeline:** 2020-01-31"));
        robot.clickOn("#intake-fill");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Partner API v2", initiative.getText());
        assertEquals("Elena Brooks", robot.lookup("#intake-requester").queryAs(javafx.scene.control.ComboBox.class)
                .getEditor().getText());
        assertEquals("The desired date 2020-01-31 is in the past (today is " + app.window().session().workspace()
                .intake().today() + "); choose today or later, or leave it empty.",
                robot.lookup("#intake-desired-error").queryAs(Label.class).getText());
        robot.clickOn("#form-save");
        assertTrue(robot.lookup("#form-save").query().getScene().getWindow().isShowing(), "Save refuses: the form stays open");
    }

    private AttentionView home() {
        return robot.lookup("#attention-view").queryAs(AttentionView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<IntakeRow> intakeTable() {
        return (TableView<IntakeRow>) robot.lookup("#intake-table").query();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
