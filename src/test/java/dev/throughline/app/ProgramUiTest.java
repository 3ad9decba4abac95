package dev.throughline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.people.Function;
import dev.throughline.people.PersonInput;
import dev.throughline.program.ProgramSummary;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
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

/** Drives the real main window headless (Monocle): create a program, restart, find it again. */
class ProgramUiTest {

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
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void programCreatedInTheFormSurvivesARestart() throws Exception {
        app = start();
        robot.clickOn("#program-new");
        waitUntil(() -> robot.lookup("#program-key").tryQuery().isPresent());

        robot.clickOn("#program-key").write("onb-7");
        robot.clickOn("#program-name").write("Partner onboarding");
        Button save = robot.lookup("#form-save").queryButton();
        robot.clickOn(save);
        assertEquals("Choose the TPgM who runs this program.", errorText("#program-tpgm-error"),
                "Save without a TPgM shows why and saves nothing");
        assertTrue(save.getScene().getWindow().isShowing());

        robot.clickOn("#program-tpgm");
        robot.clickOn("Maya Okafor · Senior TPgM");
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        waitUntil(() -> portfolioKeys().contains("ONB-7"));
        FxToolkit.cleanupApplication(app);

        app = start();
        waitUntil(() -> portfolioKeys().contains("ONB-7"));
        ProgramSummary created = portfolioTable().getItems().stream().filter(p -> p.key().equals("ONB-7")).findFirst()
                .orElseThrow();
        assertEquals("Partner onboarding", created.name());
        assertEquals("Maya Okafor", created.tpgmName());
    }

    @Test
    void aDuplicateKeyIsRefusedInTheFormBeforeSaving() throws Exception {
        try (Workspace workspace = Workspace.open(db)) {
            long maya = workspace.people().all().get(0).id();
            workspace.programs().create(new dev.throughline.program.ProgramInput("CHK-12", "Checkout redesign", "",
                    dev.throughline.program.ProgramStatus.ACTIVE, dev.throughline.program.Health.ON_TRACK, "", maya,
                    null, null, null, dev.throughline.program.Priority.P1, "", ""));
        }
        app = start();
        waitUntil(() -> portfolioKeys().contains("CHK-12"));
        robot.clickOn("#program-new");
        waitUntil(() -> robot.lookup("#program-key").tryQuery().isPresent());
        robot.clickOn("#program-key").write("chk-12");
        assertEquals("Another program already uses the key CHK-12.", errorText("#program-key-error"));
        robot.clickOn("#form-save");
        assertTrue(robot.lookup("#form-save").query().getScene().getWindow().isShowing(), "Save refuses: the form stays open");
    }

    private ThroughlineApp start() throws Exception {
        ThroughlineApp started = (ThroughlineApp) FxToolkit.setupApplication(
                () -> new ThroughlineApp(db, folder.resolve("settings.properties")));
        waitUntil(() -> robot.lookup("#portfolio-table").tryQuery().isPresent());
        // The app opens on the home screen (needs attention); tab headers appear on the first layout pass.
        waitUntil(() -> robot.lookup("#tab-portfolio").tryQuery().isPresent());
        robot.clickOn("#tab-portfolio");
        return started;
    }

    private String errorText(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<ProgramSummary> portfolioTable() {
        Node node = robot.lookup("#portfolio-table").query();
        return (TableView<ProgramSummary>) node;
    }

    private java.util.List<String> portfolioKeys() {
        return portfolioTable().getItems().stream().map(ProgramSummary::key).toList();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
