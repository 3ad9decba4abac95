package dev.throughline.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.ThroughlineApp;
import dev.throughline.app.Workspace;
import dev.throughline.program.Health;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Status tab of a sample program in the real window (headless): draft, reason check, take, undo, compare, export. */
class StatusUiTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private ThroughlineApp app;
    private Path db;
    private long chk;

    @BeforeEach
    void sampleWorkspace() throws Exception {
        db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
        }
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void draftTakeUndoCompareAndExport() throws Exception {
        app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(db, folder.resolve("settings.properties")));
        waitUntil(() -> robot.lookup("#portfolio-table").tryQuery().isPresent());
        chk = app.window().session().workspace().programs().byKey("CHK-12").id();
        robot.interact(() -> app.window().openProgram(chk));
        waitUntil(() -> robot.lookup(".tl-program-tabs").tryQuery().isPresent());
        TabPane programTabs = robot.lookup(".tl-program-tabs").queryAs(TabPane.class);
        robot.interact(() -> programTabs.getTabs().stream().filter(t -> "program-tab-status".equals(t.getId()))
                .findFirst().ifPresent(t -> programTabs.getSelectionModel().select(t)));
        waitUntil(() -> history().getItems().size() == 4 && !draftChanges().getItems().isEmpty()
                && robot.lookup("#status-take").queryButton().isVisible());
        StatusViewModel model = robot.lookup(".tl-status").queryAs(StatusView.class).model();

        assertTrue(draftChanges().getItems().contains(
                "“General availability (100% of traffic)” moved +7 days (2027-03-01 → 2027-03-08)"),
                draftChanges().getItems().toString());
        assertTrue(text("#status-summary").contains("General availability"), "the summary is drafted from the diff");
        assertEquals("At risk", robot.lookup("#status-suggested").queryAs(Label.class).getText());
        waitUntil(() -> !robot.lookup("#status-take").queryButton().isDisabled());

        @SuppressWarnings("unchecked")
        ComboBox<Health> health = robot.lookup("#status-health").queryAs(ComboBox.class);
        robot.interact(() -> health.setValue(Health.ON_TRACK));
        assertEquals("Health on track differs from the suggested at risk: say why.",
                robot.lookup("#status-reason-error").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#status-take").queryButton().isDisabled(), "no reason, no snapshot");
        robot.clickOn("#status-reason").write("Contractor signed for the last token batch");
        waitUntil(() -> !robot.lookup("#status-take").queryButton().isDisabled());

        robot.clickOn("#status-take");
        waitUntil(() -> history().getItems().size() == 5);
        Snapshot taken = history().getItems().get(0);
        assertEquals(Health.ON_TRACK, taken.health());
        assertEquals(Health.AT_RISK, taken.suggestedHealth());
        assertEquals("Contractor signed for the last token batch", taken.reason());
        assertEquals(5, app.window().session().workspace().snapshots().history(chk).size());

        Button undo = robot.lookup("#status-undo-take").queryButton();
        waitUntil(undo::isVisible);
        robot.clickOn("#status-undo-take");
        waitUntil(() -> history().getItems().size() == 4);
        assertEquals(4, app.window().session().workspace().snapshots().history(chk).size(), "undo removed it");

        TextArea summary = robot.lookup("#status-summary").queryAs(TextArea.class);
        robot.interact(() -> summary.setText("Typed by the TPgM"));
        var session = app.window().session();
        var beta = session.workspace().milestones().milestones(chk).stream()
                .filter(m -> m.title().startsWith("Beta to 5%")).findFirst().orElseThrow();
        robot.interact(() -> session.edit("moved", () -> session.workspace().milestones().moveForecast(beta.id(),
                beta.forecast().plusDays(3))));
        waitUntil(() -> draftChanges().getItems().stream().anyMatch(c -> c.startsWith("“Beta to 5% of traffic” moved +3")));
        assertEquals("Typed by the TPgM", summary.getText(), "a plan change refreshes the changes, not what was typed");

        Snapshot oldest = history().getItems().get(3);
        robot.interact(() -> {
            model.selectedProperty().set(history().getItems().get(0));
            model.compareWithProperty().set(oldest);
        });
        assertTrue(model.selectedChanges().contains(
                "“Tokenization API migration complete” moved +21 days (2026-11-20 → 2026-12-11)"),
                model.selectedChanges().toString());

        Path pdf = folder.resolve("chk.pdf");
        robot.interact(() -> model.export(SnapshotExport.Format.PDF, pdf));
        waitUntil(() -> Files.exists(pdf));
        assertTrue(Files.size(pdf) > 1000);
        robot.interact(() -> model.export(SnapshotExport.Format.MD, folder.resolve("missing/x.md")));
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText().startsWith("Could not write"));
        assertFalse(Files.exists(folder.resolve("missing")));

        // A save dialog's choice is still never the workspace or its -wal (issue 20, item 1).
        Path workspaceFile = session.workspace().store().file();
        long people = session.workspace().people().all().size();
        robot.interact(() -> model.export(SnapshotExport.Format.MD, workspaceFile));
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText().contains("is the workspace itself"));
        robot.interact(() -> model.export(SnapshotExport.Format.MD, Path.of(workspaceFile + "-wal")));
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText().contains("write-ahead log"));
        assertTrue(new String(Files.readAllBytes(workspaceFile), 0, 15, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("SQLite format 3"), "still a workspace");
        assertTrue(session.workspace().store().integrityProblems(false).isEmpty());
        assertEquals(people, session.workspace().people().all().size());
    }

    @SuppressWarnings("unchecked")
    private ListView<Snapshot> history() {
        return (ListView<Snapshot>) robot.lookup("#status-history").query();
    }

    @SuppressWarnings("unchecked")
    private ListView<String> draftChanges() {
        return (ListView<String>) robot.lookup("#status-draft-changes").query();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(TextArea.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
