package dev.throughline.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window on one workspace. Started through {@link dev.throughline.Main}. */
public final class ThroughlineApp extends Application {

    private static final String DB_PARAMETER = "db";

    private Path workspace;
    private Path settingsFile;
    private AppSettings settings;
    private MainWindow window;

    /** Used by {@link Application#launch}: the workspace comes from the "--db=" parameter. */
    public ThroughlineApp() {
    }

    /** Used by tests to start the app on a given workspace and settings file. */
    public ThroughlineApp(Path workspace, Path settingsFile) {
        this.workspace = workspace;
        this.settingsFile = settingsFile;
    }

    public static void launch(Path workspace) {
        Application.launch(ThroughlineApp.class, "--" + DB_PARAMETER + "=" + workspace);
    }

    @Override
    public void init() {
        // Runs on the launcher thread, so reading the small settings file never holds up the FX thread.
        if (workspace == null) {
            workspace = Path.of(getParameters().getNamed().get(DB_PARAMETER));
        }
        if (settingsFile == null) {
            settingsFile = WorkspaceLocation.settingsFileFor(workspace);
        }
        settings = AppSettings.load(settingsFile);
    }

    @Override
    public void start(Stage stage) {
        if (settings == null) {
            init();
        }
        Theme.applyUserAgent(settings.theme());
        window = new MainWindow(stage, settings);
        window.show();
        // Opening reads the file and loads SQLite's native library on a worker; started once the first
        // frame is painted so it does not compete with it for the CPU (two cores here).
        window.afterFirstFrame(() -> window.open(workspace));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }

    /** The main window, for UI tests. */
    public MainWindow window() {
        return window;
    }
}
