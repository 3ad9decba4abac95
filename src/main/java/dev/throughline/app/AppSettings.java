package dev.throughline.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Small UI preferences (theme, window bounds) in a properties file. Read before the window opens
 * and written off the FX thread; a missing or unreadable file just means defaults.
 */
public final class AppSettings {

    public enum Theme { LIGHT, DARK }

    /** Window position and size; {@code maximized} wins over the numbers. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    public static AppSettings load(Path file) {
        AppSettings settings = new AppSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    public synchronized Theme theme() {
        return "dark".equals(values.getProperty("theme")) ? Theme.DARK : Theme.LIGHT;
    }

    public synchronized void setTheme(Theme theme) {
        values.setProperty("theme", theme == Theme.DARK ? "dark" : "light");
    }

    public synchronized dev.throughline.ui.DateDisplay.Style dateStyle() {
        return "locale".equals(values.getProperty("dates")) ? dev.throughline.ui.DateDisplay.Style.LOCALE
                : dev.throughline.ui.DateDisplay.Style.ISO;
    }

    public synchronized void setDateStyle(dev.throughline.ui.DateDisplay.Style style) {
        values.setProperty("dates", style == dev.throughline.ui.DateDisplay.Style.LOCALE ? "locale" : "iso");
    }

    public synchronized Optional<Bounds> windowBounds() {
        try {
            double w = Double.parseDouble(values.getProperty("window.width"));
            double h = Double.parseDouble(values.getProperty("window.height"));
            if (w < 400 || h < 300) {
                return Optional.empty();
            }
            return Optional.of(new Bounds(Double.parseDouble(values.getProperty("window.x")),
                    Double.parseDouble(values.getProperty("window.y")), w, h,
                    Boolean.parseBoolean(values.getProperty("window.maximized"))));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void setWindowBounds(Bounds b) {
        values.setProperty("window.x", String.valueOf(b.x()));
        values.setProperty("window.y", String.valueOf(b.y()));
        values.setProperty("window.width", String.valueOf(b.width()));
        values.setProperty("window.height", String.valueOf(b.height()));
        values.setProperty("window.maximized", String.valueOf(b.maximized()));
    }

    private static final int RECENT_IMPORTS = 6;

    /** Files imported lately, newest first. */
    public synchronized java.util.List<Path> recentImports() {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (int i = 0; i < RECENT_IMPORTS; i++) {
            String value = values.getProperty("import.recent." + i);
            if (value != null && !value.isBlank()) {
                try {
                    out.add(Path.of(value));
                } catch (java.nio.file.InvalidPathException ignored) {
                    // A hand-edited entry that is not a path is dropped.
                }
            }
        }
        return out;
    }

    public synchronized void addRecentImport(Path file) {
        java.util.List<Path> list = new java.util.ArrayList<>(recentImports());
        list.remove(file);
        list.add(0, file);
        for (int i = 0; i < RECENT_IMPORTS; i++) {
            if (i < list.size()) {
                values.setProperty("import.recent." + i, list.get(i).toString());
            } else {
                values.remove("import.recent." + i);
            }
        }
    }

    /** Writes through a temporary file so a crash never leaves half a settings file. */
    public synchronized void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings-", ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            values.store(out, "Throughline window and theme settings");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
