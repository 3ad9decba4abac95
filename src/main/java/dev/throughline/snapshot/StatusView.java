package dev.throughline.snapshot;

import dev.throughline.app.Session;
import dev.throughline.program.Health;
import dev.throughline.ui.Styles;
import java.io.File;
import java.time.ZoneOffset;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Status tab of a program: history on the left; on the right the draft of the next snapshot, the
 * selected snapshot with what changed and its exports, and the slip chart.
 */
public final class StatusView extends BorderPane {

    private final StatusViewModel model;
    private final dev.throughline.ui.DateDisplay dates;
    private final TabPane panes = new TabPane();

    public StatusView(Session session, long programId) {
        dates = session.dates();
        model = new StatusViewModel(session, programId);
        getStyleClass().addAll(Styles.PAGE, "tl-status");
        panes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab draft = new Tab("Draft next snapshot", draftPane());
        draft.setId("status-tab-draft");
        Tab view = new Tab("Selected snapshot", selectedPane());
        view.setId("status-tab-selected");
        SlipChartView chart = new SlipChartView();
        chart.setPadding(new Insets(8));
        model.slipsProperty().addListener((obs, was, now) -> chart.show(now));
        chart.show(model.slipsProperty().get());
        Tab slips = new Tab("Slip chart", chart);
        slips.setId("status-tab-slips");
        panes.getTabs().addAll(draft, view, slips);
        SplitPane split = new SplitPane(historyPane(), panes);
        split.setDividerPositions(0.27);
        setCenter(split);
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                model.activate();
            } else if (now == null) {
                model.deactivate();
            }
        });
    }

    public StatusViewModel model() {
        return model;
    }

    // ---- history

    private Node historyPane() {
        ListView<Snapshot> list = new ListView<>(model.history());
        list.setId("status-history");
        list.setPlaceholder(new Label("No snapshot yet.\nDraft one on the right and take it."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Snapshot s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label badge = badge(s.health());
                Label when = new Label(day(s) + (s.overridden() ? "  (suggested " + s.suggestedHealth().label()
                        .toLowerCase(java.util.Locale.ROOT) + ")" : ""));
                Label summary = new Label(firstLine(s.reason().isBlank() ? s.summary() : s.reason()));
                summary.getStyleClass().add(Styles.MUTED);
                summary.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
                summary.setTooltip(new Tooltip(s.reason().isBlank() ? s.summary() : s.reason()));
                setText(null);
                setGraphic(new VBox(2, new HBox(8, badge, when), summary));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                panes.getSelectionModel().select(1);
            }
        });
        Label title = new Label("History");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(6, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 8, 0, 0));
        box.setMinWidth(240);
        return box;
    }

    // ---- draft

    private Node draftPane() {
        GridPane form = new GridPane();
        form.getStyleClass().add(Styles.FORM);
        form.setHgap(12);
        form.setVgap(6);
        form.setPadding(new Insets(10));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(130);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;

        ComboBox<Health> health = new ComboBox<>();
        health.setId("status-health");
        health.getItems().setAll(Health.values());
        health.valueProperty().bindBidirectional(model.healthProperty());
        Label suggested = new Label();
        suggested.setId("status-suggested");
        suggested.getStyleClass().add(Styles.BADGE);
        model.suggestedProperty().addListener((obs, was, now) -> restyle(suggested, now));
        restyle(suggested, model.suggestedProperty().get());
        HBox healthRow = new HBox(10, health, new Label("suggested by the rules:"), suggested);
        healthRow.setAlignment(Pos.CENTER_LEFT);
        form.add(caption("Health", health), 0, row);
        form.add(healthRow, 1, row++);

        ListView<String> why = new ListView<>(model.suggestionReasons());
        why.setId("status-suggestion-reasons");
        why.setPrefHeight(84);
        why.setPlaceholder(new Label("No rule fired: nothing slipped beyond 10 days, no red or triggered item."));
        form.add(caption("Why suggested", why), 0, row);
        form.add(why, 1, row++);

        TextField reason = new TextField();
        reason.setId("status-reason");
        reason.setPromptText("Required when the health differs from the suggestion");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Label reasonError = new Label();
        reasonError.setId("status-reason-error");
        reasonError.getStyleClass().add(Styles.FIELD_ERROR);
        reasonError.textProperty().bind(model.reasonProblem());
        reasonError.visibleProperty().bind(model.reasonProblem().isNotEmpty());
        reasonError.managedProperty().bind(reasonError.visibleProperty());
        model.reasonProblem().addListener((obs, was, now) -> reason.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("invalid"), !now.isEmpty()));
        form.add(caption("Reason", reason), 0, row);
        form.add(new VBox(2, reason, reasonError), 1, row++);

        ListView<String> changes = new ListView<>(model.draftChanges());
        changes.setId("status-draft-changes");
        changes.setPrefHeight(110);
        changes.setPlaceholder(new Label("Nothing to compare with yet: this will be the first snapshot."));
        form.add(caption("What changed", changes), 0, row);
        form.add(changes, 1, row++);

        row = area(form, row, "Summary", "status-summary", model.summaryProperty(), 4);
        row = area(form, row, "Accomplishments", "status-accomplishments", model.accomplishmentsProperty(), 3);
        row = area(form, row, "Next steps", "status-next-steps", model.nextStepsProperty(), 3);
        row = area(form, row, "Asks / decisions", "status-asks", model.asksProperty(), 2);

        Button take = new Button("Take snapshot");
        take.setId("status-take");
        take.setDefaultButton(false);
        take.getStyleClass().add("accent");
        take.disableProperty().bind(model.canTake().not());
        take.setOnAction(e -> model.take());
        take.setTooltip(new Tooltip("Freezes the program as it is now with this narrative. Ctrl+Z undoes it."));
        Button undo = new Button("Undo take");
        undo.setId("status-undo-take");
        undo.visibleProperty().bind(model.lastTakenProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoTake());
        Label frozen = new Label("A snapshot is frozen once taken: it is never edited, only undone right after.");
        frozen.getStyleClass().add(Styles.MUTED);
        HBox actions = new HBox(10, take, undo, frozen);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 0, 0, 0));
        // The form scrolls at 1280x720; the action that takes the snapshot stays on screen below it.
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        BorderPane pane = new BorderPane(scroll);
        pane.setBottom(actions);
        return pane;
    }

    private static int area(GridPane form, int row, String label, String id,
                            javafx.beans.property.StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        form.add(caption(label, area), 0, row);
        form.add(area, 1, row);
        return row + 1;
    }

    // ---- selected snapshot

    private Node selectedPane() {
        Label header = new Label();
        header.setId("status-selected-header");
        header.getStyleClass().add(Styles.SECTION_TITLE);
        header.setWrapText(true);
        header.textProperty().bind(Bindings.createStringBinding(() -> {
            Snapshot s = model.selectedProperty().get();
            return s == null ? "No snapshot selected" : s.payload().programKey() + " on " + day(s) + ": "
                    + s.health().label() + (s.overridden() ? " (suggested " + s.suggestedHealth().label() + "; "
                    + firstLine(s.reason()) + ")" : "");
        }, model.selectedProperty()));

        ComboBox<Snapshot> compare = new ComboBox<>(model.compareChoices());
        compare.setId("status-compare");
        compare.setPromptText("the previous snapshot");
        compare.setConverter(new StringConverter<>() {
            @Override
            public String toString(Snapshot s) {
                return s == null ? "the previous snapshot" : day(s) + " (" + s.health().label() + ")";
            }

            @Override
            public Snapshot fromString(String text) {
                return null;
            }
        });
        compare.valueProperty().bindBidirectional(model.compareWithProperty());
        Button previous = new Button("Previous");
        previous.setOnAction(e -> model.compareWithProperty().set(null));
        HBox compareRow = new HBox(8, new Label("What changed compared with"), compare, previous);
        compareRow.setAlignment(Pos.CENTER_LEFT);

        ListView<String> changes = new ListView<>(model.selectedChanges());
        changes.setId("status-selected-changes");
        changes.setPrefHeight(150);

        TextArea text = new TextArea();
        text.setId("status-selected-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("tl-monospace");
        text.textProperty().bind(model.selectedTextProperty());

        HBox exports = new HBox(6, new Label("Export:"));
        exports.setAlignment(Pos.CENTER_LEFT);
        for (SnapshotExport.Format format : SnapshotExport.Format.values()) {
            Button button = new Button(label(format));
            button.setId("status-export-" + format.extension());
            button.disableProperty().bind(model.selectedProperty().isNull().or(model.exportingProperty()));
            button.setOnAction(e -> chooseAndExport(format));
            exports.getChildren().add(button);
        }
        Label preview = new Label("As exported (Markdown)");
        preview.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, header, exports, compareRow, changes, preview, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void chooseAndExport(SnapshotExport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the snapshot as " + label(format));
        chooser.setInitialFileName(model.suggestedFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(label(format), "*." + format.extension()));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    private static String label(SnapshotExport.Format format) {
        return switch (format) {
            case MD -> "Markdown";
            case SLACK -> "Slack";
            case HTML -> "HTML";
            case PDF -> "PDF";
            case CSV -> "CSV";
            case JSON -> "JSON";
        };
    }

    // ---- shared

    private static Label caption(String text, Node field) {
        Label caption = new Label(text);
        caption.setLabelFor(field);
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        caption.setPadding(new Insets(4, 0, 0, 0));
        return caption;
    }

    private static Label badge(Health health) {
        Label badge = new Label();
        badge.getStyleClass().add(Styles.BADGE);
        restyle(badge, health);
        return badge;
    }

    private static void restyle(Label badge, Health health) {
        badge.getStyleClass().removeIf(c -> c.startsWith(Styles.BADGE + "-"));
        if (health != null) {
            badge.getStyleClass().add(Styles.badgeFor(health));
            badge.setText(health.label());
        }
    }

    private String day(Snapshot s) {
        return dates.format(s.takenAt().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int end = t.indexOf('\n');
        String line = (end < 0 ? t : t.substring(0, end)).replaceFirst("^- ", "");
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }

}
