package dev.throughline.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the default workspace and the app's settings live on each platform. */
public final class WorkspaceLocation {

    public static final String ENV_DB = "THROUGHLINE_DB";
    private static final String FILE_NAME = "workspace.db";

    private WorkspaceLocation() {
    }

    public static Path defaultWorkspace() {
        return defaultWorkspace(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path defaultWorkspace(Map<String, String> env, String osName, String home) {
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return dataFolder(env, osName, home).resolve(FILE_NAME);
    }

    /** Per-user data folder: ~/.local/share/throughline on Linux, the usual places elsewhere. */
    public static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Throughline") : Path.of(home, "AppData", "Roaming", "Throughline");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Throughline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "throughline") : Path.of(home, ".local", "share", "throughline");
    }

    /** UI settings sit beside the workspace they were made for. */
    public static Path settingsFileFor(Path workspace) {
        return workspace.toAbsolutePath().resolveSibling("throughline-settings.properties");
    }
}
