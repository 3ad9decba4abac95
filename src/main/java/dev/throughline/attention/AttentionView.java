package dev.throughline.attention;

import dev.throughline.app.Session;
import dev.throughline.event.Subscription;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.ReloadWhenShown;
import dev.throughline.ui.Styles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The home screen: everything that needs a TPgM today across all programs, grouped by kind, each item one
 * click from where to fix it. Refreshes after every change and every few minutes (the intake clock runs).
 */
public final class AttentionView extends BorderPane {


    private final Session session;
    /** Rows shown per kind before "Show all". */
    static final int ROWS_PER_KIND = 25;

    private final VBox groups = new VBox(18);
    private final Label summary = new Label();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.minutes(5), e -> reload()));
    private List<AttentionItem> items = List.of();
    private LocalDate today = LocalDate.now();
    private Subscription subscription = Subscription.NONE;

    /** Hidden (another tab selected), the view reloads once it is shown again, not on every edit. */
    private final Runnable reloadWhenShown = ReloadWhenShown.of(this, this::reload);

    public AttentionView(Session session) {
        this.session = session;
        getStyleClass().add(Styles.PAGE);
        setId("attention-view");
        Label title = new Label("Needs attention");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        summary.setId("attention-summary");
        summary.getStyleClass().add(Styles.MUTED);
        Button refresh = new Button("Refresh", Icons.of(org.kordamp.ikonli.feather.Feather.REFRESH_CW));
        refresh.setOnAction(e -> reload());
        Button copy = new Button("Copy digest", Icons.of(org.kordamp.ikonli.feather.Feather.COPY));
        copy.setId("attention-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(AttentionDigest.markdown(items, today));
            Clipboard.getSystemClipboard().setContent(content);
            session.status().info("Copied the digest (" + items.size() + " items) as Markdown.");
        });
        Button save = new Button("Save digest…", Icons.of(org.kordamp.ikonli.feather.Feather.DOWNLOAD));
        save.setOnAction(e -> saveDigest());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, summary, spacer, refresh, copy, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        setTop(bar);
        groups.setId("attention-groups");
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        clock.setCycleCount(Animation.INDEFINITE);
        Lifecycle.whileInScene(this, () -> {
            subscription = session.onChanges(e -> true, reloadWhenShown);
            clock.play();
            reload();
        }, () -> {
            subscription.cancel();
            subscription = Subscription.NONE;
            clock.stop();
        });
    }

    /** The items shown now, for tests. */
    public List<AttentionItem> items() {
        return items;
    }

    private void reload() {
        AttentionService attention = session.workspace().attention();
        var sample = session.workspace().sample();
        session.load("Looking for what needs attention…", () -> new Loaded(attention.items(), attention.today(),
                sample.isWorkspaceEmpty()), this::show);
    }

    private record Loaded(List<AttentionItem> items, LocalDate today, boolean empty) {
    }

    private void show(Loaded loaded) {
        boolean same = loaded.items().equals(items) && loaded.today().equals(today) && !groups.getChildren().isEmpty();
        items = loaded.items();
        today = loaded.today();
        long urgent = items.stream().filter(i -> i.severity() == AttentionItem.Severity.URGENT).count();
        summary.setText((items.isEmpty() ? "Nothing needs attention" : items.size() + " items, " + urgent + " urgent")
                + " · as of " + session.dates().withWeekday(LocalDateTime.now()));
        if (same) {
            return; // the same items: keep the nodes (no flicker, no lost hover or focus)
        }
        Map<AttentionItem.Kind, List<AttentionItem>> byKind = new LinkedHashMap<>();
        for (AttentionItem item : items) {
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        }
        List<javafx.scene.Node> nodes = new ArrayList<>();
        if (items.isEmpty()) {
            Label calm = new Label(loaded.empty() ? "No programs yet. Create your first program (Ctrl+N) or load the"
                    + " sample portfolio from the Portfolio tab; what needs you each day will show here."
                    : "Nothing needs attention today: no running program off track or at risk, nothing slipping or due"
                    + " this week, no triggered risk, no overdue action or review, no intake request near its"
                    + " response goal.");
            calm.setId("attention-calm");
            calm.setWrapText(true);
            calm.getStyleClass().add(Styles.EMPTY_STATE);
            nodes.add(calm);
        }
        byKind.forEach((kind, list) -> nodes.add(group(kind, list)));
        groups.getChildren().setAll(nodes);
    }

    private VBox group(AttentionItem.Kind kind, List<AttentionItem> list) {
        Label heading = new Label(kind.heading() + " (" + list.size() + ")");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(2, heading);
        box.getStyleClass().add("tl-attention-group");
        box.setId("attention-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        // At portfolio scale a kind can hold thousands of items: the most urgent come first, the rest on demand.
        for (AttentionItem item : list.subList(0, Math.min(list.size(), ROWS_PER_KIND))) {
            box.getChildren().add(row(item));
        }
        if (list.size() > ROWS_PER_KIND) {
            Hyperlink more = new Hyperlink("Show all " + list.size());
            more.setId(box.getId() + "-more");
            more.setOnAction(e -> {
                box.getChildren().remove(more);
                list.subList(ROWS_PER_KIND, list.size()).forEach(item -> box.getChildren().add(row(item)));
            });
            box.getChildren().add(more);
        }
        return box;
    }

    private HBox row(AttentionItem item) {
        Label severity = new Label(item.badge());
        severity.getStyleClass().addAll(Styles.BADGE, Styles.badgeFor(item.severity()));
        severity.setPrefWidth(92); // "Due today", "Triggered" fit
        severity.setMinWidth(Region.USE_PREF_SIZE);
        severity.setAlignment(Pos.CENTER);
        Hyperlink link = new Hyperlink(item.where());
        link.setOnAction(e -> open(item));
        link.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label(item.detail());
        detail.getStyleClass().add(Styles.MUTED);
        detail.setWrapText(true);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox row = new HBox(10, severity, link, detail);
        row.getStyleClass().add("tl-attention-item");
        return row;
    }

    private void open(AttentionItem item) {
        if (item.target() == AttentionItem.Target.INTAKE && item.intakeId() != null) {
            session.navigator().openIntake(item.intakeId());
        } else if (item.programId() != null) {
            session.navigator().openProgram(item.programId(), item.target().tabId(), item.itemId());
        }
    }

    private void saveDigest() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the digest");
        chooser.setInitialFileName("needs-attention-" + today + ".md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        String markdown = AttentionDigest.markdown(items, today);
        Path target = chosen.toPath();
        session.background().run("Saving the digest…", () -> session.chosenOutput(target).writeText(markdown),
                () -> session.status().info("Saved the digest to " + target), session.status()::failure);
    }
}
