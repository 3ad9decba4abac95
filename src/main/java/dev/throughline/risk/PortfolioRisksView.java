package dev.throughline.risk;

import dev.throughline.app.Session;
import dev.throughline.ui.Styles;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Open risks of every program on one heat map, with the items behind it; double-click opens the program. */
public final class PortfolioRisksView extends BorderPane {

    private final RaidViewModel model;
    private final TableView<RaidRow> table = new TableView<>();

    public PortfolioRisksView(Session session) {
        this.model = new RaidViewModel(session, null);
        getStyleClass().add(Styles.PAGE);
        setId("portfolio-risks-view");
        Label title = new Label("Risks across the portfolio");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        TextField search = new TextField();
        search.setPromptText("Search…");
        search.textProperty().bindBidirectional(model.search);
        CheckBox triggered = new CheckBox("Triggered only");
        triggered.setId("portfolio-risks-triggered");
        triggered.selectedProperty().bindBidirectional(model.triggeredOnly);
        Label summary = new Label();
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.triggeredCount().get() + " triggered · "
                + model.visible().size() + " shown", model.triggeredCount(), model.visible()));
        HBox bar = new HBox(10, title, search, triggered, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        setTop(bar);

        HeatMapView heat = new HeatMapView(model::toggleCell);
        heat.setId("portfolio-heat-map");
        Runnable refresh = () -> heat.show(model.heat().get(), model.cell.get());
        model.heat().addListener((obs, old, now) -> refresh.run());
        model.cell.addListener((obs, old, now) -> refresh.run());
        refresh.run();
        ToggleGroup which = new ToggleGroup();
        ToggleButton inherent = new ToggleButton("Inherent");
        ToggleButton residual = new ToggleButton("Residual");
        inherent.setToggleGroup(which);
        residual.setToggleGroup(which);
        inherent.setSelected(true);
        inherent.getStyleClass().add("left-pill");
        residual.getStyleClass().add("right-pill");
        which.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.residual.set(now == residual);
            }
        });
        Label hint = new Label("Open and mitigating items of every program. Click a cell to list its items.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(300);
        VBox left = new VBox(10, new HBox(inherent, residual), heat, hint);
        left.setPadding(new Insets(0, 16, 0, 0));
        setLeft(left);

        table.setId("portfolio-risks-table");
        SortedList<RaidRow> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("Program", RaidRow::programKey, 84));
        table.getColumns().add(column("Ref", r -> r.item().ref(), 62));
        table.getColumns().add(column("Type", r -> r.item().type().label(), 108));
        TableColumn<RaidRow, String> titleColumn = column("Title", r -> r.item().title(), 340);
        titleColumn.setMinWidth(260);
        table.getColumns().add(titleColumn);
        table.getColumns().add(column("Owner", RaidRow::owner, 130));
        TableColumn<RaidRow, Integer> score = new TableColumn<>("Score");
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        score.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(Integer value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(String.valueOf(value));
                badge.getStyleClass().setAll("label", Styles.BADGE, "tl-band-" + RiskBands.band(value).name().toLowerCase(Locale.ROOT));
                setGraphic(badge);
            }
        });
        score.setMinWidth(80);
        score.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().add(score);
        table.getColumns().add(column("Status", r -> r.item().status().label(), 104));
        table.getColumns().add(column("Triggered", r -> r.triggered() ? r.triggeredBecause() : "", 320));
        table.getSortOrder().add(score);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No open RAID items."));
        table.setRowFactory(tv -> {
            TableRow<RaidRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    session.navigator().openProgram(row.getItem().item().programId());
                }
            });
            row.itemProperty().addListener((obs, old, now) -> row.setTooltip(now == null ? null
                    : new Tooltip("Double-click to open " + now.programKey())));
            return row;
        });
        HBox.setHgrow(table, Priority.ALWAYS);
        setCenter(table);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                model.deactivate();
            } else if (old == null) {
                model.activate();
            }
        });
    }

    private static TableColumn<RaidRow, String> column(String title, Function<RaidRow, String> value, double width) {
        TableColumn<RaidRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 130));
        return column;
    }
}
