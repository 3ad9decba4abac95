package dev.throughline.snapshot;

import dev.throughline.app.Session;
import dev.throughline.program.Health;
import dev.throughline.ui.Styles;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The portfolio's Status tab: the roll-up with its exports, and the history of every program's snapshots. */
public final class PortfolioStatusView extends VBox {

    private final PortfolioStatusModel model;

    public PortfolioStatusView(Session session) {
        super(8);
        model = new PortfolioStatusModel(session);
        setPadding(new Insets(12));
        getStyleClass().add(Styles.PAGE);

        Label title = new Label("Portfolio status");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        HBox exports = new HBox(6, new Label("Export the roll-up:"));
        exports.setAlignment(Pos.CENTER_LEFT);
        for (RollupExport.Format format : RollupExport.Format.values()) {
            Button button = new Button(switch (format) {
                case MD -> "Markdown";
                case CSV -> "CSV";
                case HTML -> "HTML";
            });
            button.setId("rollup-export-" + format.extension());
            button.disableProperty().bind(model.exportingProperty());
            button.setOnAction(e -> export(format, button.getText()));
            exports.getChildren().add(button);
        }
        HBox header = new HBox(20, title, exports);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<PortfolioRollup.Row> rollup = new TableView<>(model.rollup());
        rollup.setId("portfolio-rollup");
        rollup.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rollup.getColumns().add(text("Program", 90, PortfolioRollup.Row::programKey));
        rollup.getColumns().add(text("Name", 220, PortfolioRollup.Row::programName));
        rollup.getColumns().add(health("Health", PortfolioRollup.Row::health));
        rollup.getColumns().add(text("Last snapshot", 110, r -> r.lastSnapshot().map(LocalDate::toString).orElse("none")));
        rollup.getColumns().add(text("Slipped", 70, r -> String.valueOf(r.milestonesSlipped())));
        rollup.getColumns().add(text("Red risks", 80, r -> String.valueOf(r.redRisks())));
        rollup.getColumns().add(text("Reason", 480, PortfolioRollup.Row::reason));
        rollup.setPrefHeight(245);

        Label historyTitle = new Label("Every snapshot, newest first (double-click opens the program)");
        historyTitle.getStyleClass().add(Styles.SECTION_TITLE);
        TableView<SnapshotEntry> history = new TableView<>(model.history());
        history.setId("portfolio-snapshots");
        history.setPlaceholder(new Label("No snapshot yet: take one from a program's Status tab."));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().add(text("Taken", 100, e -> session.dates().format(e.takenAt().atOffset(ZoneOffset.UTC)
                .toLocalDate())));
        history.getColumns().add(text("Program", 90, SnapshotEntry::programKey));
        history.getColumns().add(health("Health", SnapshotEntry::health));
        history.getColumns().add(text("Suggested", 90, e -> e.suggestedHealth().label()));
        history.getColumns().add(text("Reason or summary", 600, e -> oneLine(e.reason().isBlank() ? e.summary()
                : e.reason())));
        history.setRowFactory(t -> {
            TableRow<SnapshotEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.open(row.getItem().programId());
                }
            });
            return row;
        });
        VBox.setVgrow(history, Priority.ALWAYS);
        getChildren().addAll(header, rollup, historyTitle, history);
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                model.activate();
            } else if (now == null) {
                model.deactivate();
            }
        });
    }

    private void export(RollupExport.Format format, String label) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the portfolio roll-up as " + label);
        chooser.setInitialFileName(model.suggestedFileName(format));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    private static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    private static <T> TableColumn<T, Health> health(String title, Function<T, Health> value) {
        TableColumn<T, Health> column = new TableColumn<>(title);
        column.setPrefWidth(100);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Health health, boolean empty) {
                super.updateItem(health, empty);
                if (empty || health == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(health.label());
                badge.getStyleClass().addAll(Styles.BADGE, Styles.badgeFor(health));
                setGraphic(badge);
            }
        });
        return column;
    }

    private static String oneLine(String text) {
        return text.strip().replaceFirst("^- ", "").replaceAll("\\s*\\R\\s*(- )?", " · ");
    }
}
