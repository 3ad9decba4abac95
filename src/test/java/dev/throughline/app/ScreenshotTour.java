package dev.throughline.app;

import dev.throughline.program.ProgramSummary;
import dev.throughline.program.ProgramView;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Walks the real app on a fresh copy of the sample portfolio and writes a PNG of each stop: Home,
 * Portfolio, one program's Milestones, Timeline, RACI, RAID, Syncs and Status, and the New program
 * dialog over the window. Not a test: run it under a display with {@code .ci/screenshots}, which does
 * both sizes and both themes into docs/screenshots/.
 *
 * <p>Arguments: {@code --out DIR --size 1280x720 --theme light|dark [--program CHK-12] [--all] [--hold-menu]};
 * {@code --all} also visits every other screen and program tab; {@code --hold-menu} only opens the View
 * menu and keeps it open for a screen capture (a popup is a window of its own, not in the snapshot).
 */
public final class ScreenshotTour {

    private static final long SETTLE_MILLIS = 700;

    private final Path out;
    private final String suffix;
    private final String programKey;
    private final boolean everything;
    private Stage stage;
    private ThroughlineApp app;
    /** Opens the View menu and keeps it open for a minute, for a screen capture of the real popup. */
    private boolean holdMenu;

    private ScreenshotTour(Path out, String size, String theme, String programKey, boolean everything) {
        this.out = out;
        this.suffix = "-" + size + "-" + theme + ".png";
        this.programKey = programKey;
        this.everything = everything;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of("docs/screenshots");
        String size = "1280x720";
        String theme = "light";
        String program = "CHK-12";
        boolean everything = false;
        boolean holdMenu = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--size" -> size = args[++i];
                case "--theme" -> theme = args[++i].toLowerCase(Locale.ROOT);
                case "--program" -> program = args[++i];
                case "--all" -> everything = true;
                case "--hold-menu" -> holdMenu = true;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        String[] wh = size.split("x");
        ScreenshotTour tour = new ScreenshotTour(out, size, theme, program, everything);
        tour.holdMenu = holdMenu;
        int code = 0;
        try {
            tour.run(Double.parseDouble(wh[0]), Double.parseDouble(wh[1]), theme);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            code = 1;
        } finally {
            System.exit(code);
        }
    }

    private void run(double width, double height, String theme) throws Exception {
        Files.createDirectories(out);
        Path folder = Files.createTempDirectory("throughline-tour");
        Path db = folder.resolve("workspace.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.sample().load();
        }
        Path settings = folder.resolve("settings.properties");
        Files.writeString(settings, "theme=" + theme + "\nwindow.x=0\nwindow.y=0\nwindow.width=" + width
                + "\nwindow.height=" + height + "\nwindow.maximized=false\n");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        onFx(() -> {
            app = new ThroughlineApp(db, settings);
            app.init();
            stage = new Stage();
            app.start(stage);
            return null;
        });
        waitFor(() -> app.window().session() != null && mainTabs() != null);
        settle();
        if (holdMenu) {
            onFx(() -> {
                ((javafx.scene.control.MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().get(2).show();
                return null;
            });
            System.out.println("menu open");
            Thread.sleep(60_000);
            return;
        }

        showMainTab("tab-home");
        shoot("home");
        showMainTab("tab-portfolio");
        shoot("portfolio");
        long programId = onFx(() -> app.window().session().workspace().programs().portfolio().stream()
                .filter(p -> p.key().equals(programKey)).findFirst().map(ProgramSummary::id).orElseThrow());
        onFx(() -> {
            app.window().openProgram(programId);
            return null;
        });
        settle();
        List<String> programTabs = new ArrayList<>(List.of("milestones", "timeline", "raci", "raid", "syncs", "status"));
        if (everything) {
            programTabs.addAll(List.of("overview", "decisions"));
        }
        for (String tab : programTabs) {
            showProgramTab("program-tab-" + tab);
            shoot(tab);
        }
        if (everything) {
            for (String tab : List.of("timeline", "people", "load", "risks", "status", "intake", "capacity")) {
                showMainTab("tab-" + tab);
                shoot("main-" + tab);
            }
        }
        showMainTab("tab-portfolio");
        onFx(() -> {
            ((Button) stage.getScene().lookup("#program-new")).fire();
            return null;
        });
        waitFor(() -> dialog() != null);
        settle();
        shoot("new-program");
        onFx(() -> {
            app.stop();
            return null;
        });
    }

    private void showMainTab(String id) throws Exception {
        onFx(() -> {
            TabPane tabs = mainTabs();
            tabs.getSelectionModel().select(byId(tabs, id));
            return null;
        });
        settle();
    }

    private void showProgramTab(String id) throws Exception {
        onFx(() -> {
            ProgramView view = (ProgramView) mainTabs().getSelectionModel().getSelectedItem().getContent();
            view.select(id);
            return null;
        });
        settle();
    }

    private TabPane mainTabs() {
        return stage.getScene() == null ? null : (TabPane) stage.getScene().lookup("#main-tabs");
    }

    private static Tab byId(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no tab " + id));
    }

    /** A dialog owned by the main window, if one is open. */
    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage s && s.getOwner() == stage)
                .findFirst().orElse(null);
    }

    /** The main window's scene, with an open dialog drawn over it where it sits on screen. */
    private void shoot(String name) throws Exception {
        WritableImage image = onFx(() -> {
            Scene scene = stage.getScene();
            WritableImage main = scene.snapshot(null);
            Window dialog = dialog();
            if (dialog != null) {
                WritableImage over = dialog.getScene().snapshot(null);
                int x = (int) Math.round(dialog.getX() + dialog.getScene().getX() - stage.getX() - scene.getX());
                int y = (int) Math.round(dialog.getY() + dialog.getScene().getY() - stage.getY() - scene.getY());
                paste(over, main, x, y);
            }
            return main;
        });
        Path file = out.resolve(name + suffix);
        ImageIO.write(toBuffered(image), "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static void paste(WritableImage from, WritableImage onto, int x, int y) {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int w = (int) Math.min(from.getWidth() - (left - x), onto.getWidth() - left);
        int h = (int) Math.min(from.getHeight() - (top - y), onto.getHeight() - top);
        if (w > 0 && h > 0) {
            onto.getPixelWriter().setPixels(left, top, w, h, from.getPixelReader(), left - x, top - y);
        }
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, pixels, 0, w);
        return buffered;
    }

    /** Waits until the workspace executor has been idle for a while, so views show their data. */
    private void settle() throws Exception {
        long idleSince = System.currentTimeMillis();
        long deadline = idleSince + 20_000;
        while (System.currentTimeMillis() < deadline) {
            boolean busy = onFx(() -> app.window().session() != null
                    && app.window().session().background().busyProperty().get());
            if (busy) {
                idleSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - idleSince > SETTLE_MILLIS) {
                return;
            }
            Thread.sleep(50);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!onFx(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the window did not get there in 30 s");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
