package dev.throughline.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Session;
import dev.throughline.app.Workspace;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.ui.BackgroundWork;
import dev.throughline.ui.StatusLine;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Fills a RACI with the keyboard only (arrows and letters) in the real view, headless, and reads back what was saved. */
class RaciKeyboardTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Workspace workspace;
    private BackgroundWork background;
    private StatusLine status;
    private Deliverable api;
    private Deliverable docs;
    private Person maya;
    private Person marcus;
    private Program program;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        workspace = Workspace.open(folder.resolve("w.db"), Platform::runLater);
        maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "", "", "", "UTC", "09:00", "17:00"));
        marcus = workspace.people().create(new PersonInput("Marcus Lee", "VP Eng", Function.ENGINEERING, "", "", "", "UTC",
                "09:00", "17:00"));
        program = workspace.programs().create(new ProgramInput("CHK-1", "Checkout", "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", maya.id(), null, null, null, Priority.P1, "", ""));
        long build = workspace.milestones().addWorkstream(program.id(), "Build").id();
        RaciService raci = workspace.raci();
        api = raci.addDeliverable(program.id(), "API", build, null);
        docs = raci.addDeliverable(program.id(), "Docs", build, null);
        raci.addMember(program.id(), marcus.id());
        raci.addMember(program.id(), maya.id());
        background = new BackgroundWork();
        FxToolkit.setupStage(stage -> {
            status = new StatusLine();
            Session session = new Session(workspace, background, status, id -> { });
            stage.setScene(new Scene(new RaciMatrixView(session, program.id()), 1000, 600));
            stage.show();
        });
        waitUntil(() -> table().getItems().size() == 3);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        workspace.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return (TableView<Object>) robot.lookup("#raci-table").query();
    }

    private String cell(Deliverable d, Person p) {
        return workspace.raci().matrix(program.id()).label(d.id(), p.id());
    }

    private void type(KeyCode key, Deliverable d, Person p, String expected) throws Exception {
        robot.type(key);
        waitUntil(() -> expected.equals(cell(d, p)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void arrowsAndLettersFillTheMatrix() throws Exception {
        robot.interact(() -> table().requestFocus());
        // The cursor starts on the first deliverable, first person column (PM before Engineering: Maya).
        type(KeyCode.A, api, maya, "A");
        robot.type(KeyCode.RIGHT);
        type(KeyCode.R, api, marcus, "R");
        robot.type(KeyCode.DOWN);
        type(KeyCode.A, docs, marcus, "A");
        type(KeyCode.R, docs, marcus, "A/R");
        robot.type(KeyCode.LEFT);
        type(KeyCode.I, docs, maya, "I");

        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.textProperty().get().startsWith("Only R, A, C or I"), status.textProperty().get());
        assertEquals("I", cell(docs, maya), "a wrong letter changes nothing");

        robot.type(KeyCode.UP);
        type(KeyCode.BACK_SPACE, api, maya, "");
        type(KeyCode.C, api, maya, "C");

        RaciMatrix saved = workspace.raci().matrix(program.id());
        assertEquals("C", saved.label(api.id(), maya.id()));
        assertEquals("R", saved.label(api.id(), marcus.id()));
        assertEquals("I", saved.label(docs.id(), maya.id()));
        assertEquals("A/R", saved.label(docs.id(), marcus.id()));
        assertEquals(1, saved.problems().size(), "API has no Accountable");
        waitUntil(() -> robot.lookup("#raci-summary").queryLabeled().getText().equals("1 deliverable has no Accountable"));

        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("C", workspace.raci().matrix(program.id()).label(api.id(), maya.id()),
                "shortcuts are left to the menus, never typed into a cell");
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
