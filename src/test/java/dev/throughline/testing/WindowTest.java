package dev.throughline.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.throughline.app.ThroughlineApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of UI tests that act as a user: the real window at 1280x720 (the smallest screen we support),
 * text typed through the robot, keys pressed, and a failure on any uncaught exception or any stack trace
 * printed to stderr while the test ran.
 */
public abstract class WindowTest {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;
    private static final Pattern STACK_TRACE_LINE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread");

    @TempDir
    protected Path folder;

    protected final FxRobot robot = new FxRobot();
    protected ThroughlineApp app;

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousHandler;
    private PrintStream previousErr;
    private final ByteArrayOutputStream stderrCopy = new ByteArrayOutputStream();

    @BeforeEach
    void watchForUncaughtExceptions() throws Exception {
        FxToolkit.registerPrimaryStage();
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)))
                .get(10, TimeUnit.SECONDS);
        previousErr = System.err;
        System.setErr(new PrintStream(new TeeStream(previousErr, stderrCopy), true, StandardCharsets.UTF_8));
        WaitForAsyncUtils.autoCheckException = false;
    }

    @AfterEach
    void closeAndCheckForExceptions() throws Exception {
        try {
            if (app != null) {
                FxToolkit.cleanupApplication(app);
            }
            FxToolkit.cleanupStages();
        } finally {
            System.setErr(previousErr);
            Thread.setDefaultUncaughtExceptionHandler(previousHandler);
            WaitForAsyncUtils.clearExceptions();
        }
        if (!uncaught.isEmpty()) {
            StringWriter trace = new StringWriter();
            uncaught.get(0).printStackTrace(new java.io.PrintWriter(trace));
            fail(uncaught.size() + " uncaught exception(s) in the window, first: " + trace);
        }
        String err = stderrCopy.toString(StandardCharsets.UTF_8);
        if (STACK_TRACE_LINE.matcher(err).find()) {
            fail("a stack trace reached stderr:\n" + err);
        }
    }

    /** Starts the app on {@code workspace} in a 1280x720 window and waits until the main tabs are on screen. */
    protected void startOn(Path workspace) throws Exception {
        startOn(workspace, WIDTH, HEIGHT);
    }

    protected void startOn(Path workspace, double width, double height) throws Exception {
        Path settings = folder.resolve(workspace.getFileName() + ".properties");
        Files.writeString(settings, "window.x=0\nwindow.y=0\nwindow.width=" + width + "\nwindow.height=" + height
                + "\nwindow.maximized=false\n");
        app = (ThroughlineApp) FxToolkit.setupApplication(() -> new ThroughlineApp(workspace, settings));
        waitUntil(() -> robot.lookup("#main-tabs").tryQuery().isPresent());
    }

    protected Stage stage() {
        return (Stage) robot.lookup("#main-tabs").query().getScene().getWindow();
    }

    /** Clicks into the field, selects what is there and types {@code text} key by key, as a user would. */
    protected void typeInto(String query, String text) {
        typeInto(robot.lookup(query).query(), text);
    }

    protected void typeInto(Node field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    protected static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    /** Runs {@code action} on the FX thread and waits for it, for reading state a user sees. */
    protected static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    protected static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.requestNextPulse();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static final class TeeStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
