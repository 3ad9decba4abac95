package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.interchange.ImportPlan;
import dev.throughline.people.Function;
import dev.throughline.people.PersonInput;
import dev.throughline.program.ProgramSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard in the real window (Monocle): preview first, nothing written until Import, then one undo. */
class ImportWizardUiTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ThroughlineApp app;
    private Path db;

    @BeforeEach
    void workspaceWithOnePerson() throws Exception {
        db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.people().create(new PersonInput("Maya Okafor", "Senior TPgM", Function.PM, "maya@example.com",
                    "@maya", "mokafor", "America/Los_Angeles", "08:00", "16:00"));
        }
        FxToolkit.registerPrimaryStage();
        app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(db, folder.resolve("settings.properties")));
        waitUntil(() -> robot.lookup("#portfolio-table").tryQuery().isPresent());
    }

    @AfterEach
    void closeApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void previewThenImportThenUndo() throws Exception {
        Path plan = Path.of("src/test/resources/interchange/plan.gan").toAbsolutePath();
        Platform.runLater(() -> app.window().importFile(plan));
        waitUntil(() -> robot.lookup("#import-key").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        waitUntil(() -> robot.lookup("#import-summary").queryAs(Label.class).getScene() != null
                && !app.window().session().background().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#import-key").write("gan-1");
        waitUntil(() -> "gan-1".equals(robot.lookup("#import-key").queryTextInputControl().getText()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> tpgm = robot.lookup("#import-tpgm").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> tpgm.getSelectionModel().select("Maya Okafor"));
        robot.clickOn("#import-preview");
        waitUntil(() -> robot.lookup("#import-summary").queryAs(Label.class).getText().startsWith("Creates"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(previewTable().getItems().stream().anyMatch(l -> l.action() == ImportPlan.Action.CREATE
                && l.name().equals("API ready (2026-01-12)")), "the preview lists the milestones it will create");
        String summary = robot.lookup("#import-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Creates 1 program"), summary);
        assertTrue(app.window().session().workspace().programs().all().isEmpty(), "a preview writes nothing");

        Button importButton = robot.lookup("#import-run").queryButton();
        waitUntil(() -> !importButton.isDisabled());
        robot.clickOn(importButton);
        waitUntil(() -> portfolioKeys().contains("GAN-1"));
        assertTrue(Files.readString(folder.resolve("settings.properties")).contains("plan.gan"), "listed in recent imports");

        Platform.runLater(() -> app.window().session().workspace().commands().undo());
        waitUntil(() -> !portfolioKeys().contains("GAN-1"));
        assertEquals(1, app.window().session().workspace().people().all().size(), "undo removed the people it made");
    }

    @SuppressWarnings("unchecked")
    private TableView<ImportPlan.Line> previewTable() {
        return (TableView<ImportPlan.Line>) robot.lookup("#import-preview-table").query();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> portfolioKeys() {
        Node node = robot.lookup("#portfolio-table").query();
        return ((TableView<ProgramSummary>) node).getItems().stream().map(ProgramSummary::key).toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
