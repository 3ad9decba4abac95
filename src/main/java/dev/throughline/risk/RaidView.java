package dev.throughline.risk;

import dev.throughline.app.Session;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Styles;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A program's RAID register: a sortable, filterable table with inline edits (status, owner,
 * probability, impact), a heat map that filters it, and the selected item's story and trigger.
 */
public final class RaidView extends BorderPane implements dev.throughline.ui.Reveals {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass TRIGGERED = PseudoClass.getPseudoClass("triggered");
    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    private final Session session;
    private final RaidViewModel model;
    private final TableView<RaidRow> table = new TableView<>();
    private final TextField search = new TextField();
    private final VBox details = new VBox(6);

    public RaidView(Session session, long programId) {
        this.session = session;
        this.model = new RaidViewModel(session, programId);
        getStyleClass().add(Styles.PAGE);
        setId("raid-view");
        setTop(toolbar());
        javafx.scene.control.ScrollPane lower = new javafx.scene.control.ScrollPane(side());
        lower.setFitToWidth(true);
        lower.setFitToHeight(true);
        lower.getStyleClass().add("edge-to-edge");
        SplitPane split = new SplitPane(dev.throughline.ui.Tables.keepRowsVisible(table(), dev.throughline.ui.Tables.MAIN_ROWS),
                lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        setCenter(split);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                model.deactivate();
            } else if (old == null) {
                model.activate();
            }
        });
    }

    /** How many items are triggered now (for the program's badges). */
    public javafx.beans.binding.IntegerBinding triggeredCount() {
        return model.triggeredCount();
    }

    /** A red "N triggered" pill, hidden while nothing is triggered. */
    public Label triggeredBadge(String id) {
        Label badge = new Label();
        badge.setId(id);
        badge.getStyleClass().addAll(Styles.BADGE, "tl-badge-off-track");
        badge.textProperty().bind(Bindings.createStringBinding(() -> model.triggeredCount().get()
                + (model.triggeredCount().get() == 1 ? " risk triggered" : " risks triggered"), model.triggeredCount()));
        badge.visibleProperty().bind(model.triggeredCount().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setTooltip(new Tooltip("RAID items whose trigger holds on today's plan (see the RAID tab)"));
        return badge;
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private VBox toolbar() {
        Button add = new Button("Add item", Icons.add());
        add.setId("raid-add");
        add.setOnAction(e -> openForm(null));
        Button edit = new Button("Edit", Icons.edit());
        edit.setId("raid-edit");
        edit.setOnAction(e -> openForm(selected()));
        Button realise = new Button("Realise as issue");
        realise.setId("raid-realise");
        realise.setOnAction(e -> model.realise(selected()));
        Button delete = new Button("Delete", Icons.delete());
        delete.setOnAction(e -> model.delete(selected()));
        Button history = new Button("History…");
        history.setOnAction(e -> RaidHistoryDialog.show(getScene().getWindow(), session, selected()));
        for (Button b : List.of(edit, delete, history)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        realise.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            RaidRow row = table.getSelectionModel().getSelectedItem();
            return row == null || row.item().type() != RaidType.RISK || !row.item().status().isActive();
        }, table.getSelectionModel().selectedItemProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label shown = new Label();
        shown.getStyleClass().add(Styles.MUTED);
        shown.textProperty().bind(Bindings.createStringBinding(() -> model.visible().size() + " of "
                + model.all().size() + " items", model.visible(), model.all()));
        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> model.clearFilters());
        HBox actions = new HBox(8, add, edit, realise, delete, history, spacer, shown, clear);
        actions.setAlignment(Pos.CENTER_LEFT);

        search.setPromptText("Search title, cause, owner…");
        search.setPrefColumnCount(12);
        search.setId("raid-search");
        search.textProperty().bindBidirectional(model.search);
        ComboBox<RaidType> type = filterBox("raid-filter-type", "Any type", RaidType.values());
        type.valueProperty().bindBidirectional(model.type);
        ComboBox<RaidStatus> status = filterBox("raid-filter-status", "Open + mitigating", RaidStatus.values());
        status.valueProperty().bindBidirectional(model.status);
        ComboBox<String> owner = new ComboBox<>(model.owners());
        owner.setId("raid-filter-owner");
        owner.setConverter(converter(s -> s == null || s.isEmpty() ? "Any owner" : s));
        owner.setButtonCell(cell(s -> s == null || s.isEmpty() ? "Any owner" : s));
        owner.setCellFactory(l -> cell(s -> s == null || s.isEmpty() ? "Any owner" : s));
        owner.valueProperty().bindBidirectional(model.owner);
        ComboBox<Band> band = filterBox("raid-filter-band", "Any band", Band.RED, Band.AMBER, Band.GREEN);
        band.valueProperty().bindBidirectional(model.band);
        CheckBox overdue = new CheckBox("Review overdue");
        overdue.setId("raid-filter-overdue");
        overdue.selectedProperty().bindBidirectional(model.reviewOverdueOnly);
        CheckBox triggered = new CheckBox("Triggered");
        triggered.setId("raid-filter-triggered");
        triggered.selectedProperty().bindBidirectional(model.triggeredOnly);
        CheckBox closed = new CheckBox("Show closed");
        closed.selectedProperty().bindBidirectional(model.showClosed);
        type.setPrefWidth(130);
        status.setPrefWidth(200);
        owner.setPrefWidth(160);
        band.setPrefWidth(130);
        // Filters keep their size and wrap to a second line on a narrow window rather than cut their text.
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 8, search, type, status, owner, band,
                overdue, triggered, closed);
        for (javafx.scene.control.Control c : List.of(search, type, status, owner, band, overdue, triggered, closed, clear)) {
            c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, actions, filters);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    @Override
    public void reveal(long raidItemId) {
        dev.throughline.ui.TableReveal.select(table, row -> row.item().id() == raidItemId);
    }

    private TableView<RaidRow> table() {
        table.setId("raid-table");
        table.setEditable(true);
        SortedList<RaidRow> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<RaidRow, String> ref = text("Ref", r -> r.item().ref(), 60);
        ref.setComparator(java.util.Comparator.comparing((String s) -> Long.parseLong(s.substring(2))));
        table.getColumns().add(ref);
        table.getColumns().add(text("Type", r -> r.item().type().label(), 108));
        table.getColumns().add(titleColumn());
        table.getColumns().add(ownerColumn());
        table.getColumns().add(scaleColumn("P", "Probability 1-5 (double-click to change)", r -> r.item().probability(),
                model::setProbability));
        table.getColumns().add(scaleColumn("I", "Impact 1-5 (double-click to change)", r -> r.item().impact(),
                model::setImpact));
        TableColumn<RaidRow, Integer> score = scoreColumn("Score", r -> r.item().score());
        table.getColumns().add(score);
        TableColumn<RaidRow, Integer> residual = scoreColumn("Residual", r -> r.item().hasResidual() ? r.item().residualScore() : null);
        residual.setPrefWidth(84);
        residual.setMinWidth(84);
        table.getColumns().add(residual);
        table.getColumns().add(statusColumn());
        TableColumn<RaidRow, String> proximity = text("Proximity", r -> r.item().proximity().label(), 108);
        proximity.setMinWidth(104);
        table.getColumns().add(proximity);
        table.getColumns().add(reviewColumn());
        score.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(score);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No RAID items match. Add the risks, assumptions, issues and dependencies of this program."));
        table.setRowFactory(tv -> {
            TableRow<RaidRow> row = new TableRow<>() {
                @Override
                protected void updateItem(RaidRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(OVERDUE, !empty && item != null && item.reviewOverdue());
                    pseudoClassStateChanged(TRIGGERED, !empty && item != null && item.triggered());
                    pseudoClassStateChanged(INACTIVE, !empty && item != null && !item.item().status().isActive());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && !onEditableCell(e.getTarget())) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getEditingCell() == null && selected() != null) {
                openForm(selected());
            } else if (e.getCode() == KeyCode.DELETE && selected() != null) {
                model.delete(selected());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetails(now));
        model.revealed().addListener((obs, old, now) -> {
            if (now != null) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
                table.requestFocus();
            }
        });
        return table;
    }

    private HBox side() {
        Label title = new Label("Heat map");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        ToggleGroup which = new ToggleGroup();
        ToggleButton inherent = new ToggleButton("Inherent");
        inherent.setId("raid-heat-inherent");
        ToggleButton residual = new ToggleButton("Residual");
        residual.setId("raid-heat-residual");
        inherent.setToggleGroup(which);
        residual.setToggleGroup(which);
        inherent.setSelected(true);
        which.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.residual.set(now == residual);
            }
        });
        inherent.getStyleClass().add("left-pill");
        residual.getStyleClass().add("right-pill");
        HBox toggle = new HBox(inherent, residual);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, toggle);
        head.setAlignment(Pos.CENTER_LEFT);
        HeatMapView heat = new HeatMapView(model::toggleCell);
        heat.setId("raid-heat-map");
        Runnable refresh = () -> heat.show(model.heat().get(), model.cell.get());
        model.heat().addListener((obs, old, now) -> refresh.run());
        model.cell.addListener((obs, old, now) -> refresh.run());
        refresh.run();
        Label hint = new Label();
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.cell.get() == null
                ? "Click a cell to filter the register."
                : "Showing probability " + model.cell.get().probability() + " x impact " + model.cell.get().impact()
                + ". Click it again to clear.", model.cell));
        Label detailsTitle = new Label("Selected item");
        detailsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        details.setId("raid-details");
        showDetails(null);
        VBox heatBox = new VBox(10, head, heat, hint);
        heatBox.setMinWidth(320);
        heatBox.setMaxWidth(320);
        VBox detailsBox = new VBox(8, detailsTitle, details);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detailsBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tl-raid-side");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox box = new HBox(24, heatBox, scroll);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private void showDetails(RaidRow row) {
        details.getChildren().clear();
        if (row == null) {
            details.getChildren().add(muted("Select an item to see its cause, event and effect, response and trigger."));
            return;
        }
        RaidItem i = row.item();
        Label title = new Label(i.ref() + "  " + i.title());
        title.setWrapText(true);
        title.getStyleClass().add("tl-raid-detail-title");
        details.getChildren().add(title);
        if (row.triggered()) {
            Label fired = new Label("Triggered: " + row.triggeredBecause());
            fired.setWrapText(true);
            fired.getStyleClass().add(Styles.BANNER_ERROR);
            details.getChildren().add(fired);
        }
        fact("Cause", i.cause());
        fact("Event", i.event());
        fact("Effect", i.effect());
        fact("Response", i.response() == null ? "" : i.response().label() + (i.mitigation().isBlank() ? "" : ": "
                + i.mitigation()));
        fact("Trigger", row.triggerText());
        fact("Milestones", String.join("\n", row.milestones()));
        if (i.realisedFromId() != null) {
            fact("Realised from", "R-" + i.realisedFromId());
        }
    }

    private void fact(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label caption = muted(label);
        caption.setMinWidth(96);
        caption.setPrefWidth(96);
        Label text = new Label(value);
        text.setWrapText(true);
        details.getChildren().add(new HBox(8, caption, text));
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }

    /** Double-click on an inline-editable cell edits that cell instead of opening the form. */
    private static boolean onEditableCell(Object target) {
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> cell) {
                return cell.getTableColumn() != null && cell.getTableColumn().isEditable();
            }
        }
        return false;
    }

    private RaidRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void openForm(RaidRow row) {
        RaidFormDialog.show(getScene().getWindow(), session, model.programId(), row);
    }

    // ---- columns

    private TableColumn<RaidRow, RaidRow> titleColumn() {
        TableColumn<RaidRow, RaidRow> column = new TableColumn<>("Title");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(java.util.Comparator.comparing(r -> r.item().title().toLowerCase(Locale.ROOT)));
        column.setPrefWidth(380);
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label("Triggered");

            {
                badge.getStyleClass().addAll(Styles.BADGE, "tl-badge-off-track");
            }

            @Override
            protected void updateItem(RaidRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(row.item().title());
                setGraphic(row.triggered() ? badge : null);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                setGraphicTextGap(8);
                setTooltip(new Tooltip(row.triggered() ? "Triggered: " + row.triggeredBecause()
                        : row.item().title()));
            }
        });
        return column;
    }

    private TableColumn<RaidRow, String> ownerColumn() {
        TableColumn<RaidRow, String> column = new TableColumn<>("Owner");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().owner()));
        column.setPrefWidth(128);
        column.setMinWidth(120);
        column.setEditable(true);
        ObservableList<String> choices = FXCollections.observableArrayList();
        model.people().addListener((javafx.collections.ListChangeListener<String>) ch -> {
            choices.setAll("");
            choices.addAll(model.people());
        });
        column.setCellFactory(ComboBoxTableCell.forTableColumn(converter(s -> s == null || s.isEmpty() ? "—" : s), choices));
        column.setOnEditCommit(e -> model.setOwner(e.getRowValue(), e.getNewValue()));
        return column;
    }

    private TableColumn<RaidRow, Integer> scaleColumn(String title, String tip, Function<RaidRow, Integer> value,
                                                      java.util.function.BiConsumer<RaidRow, Integer> commit) {
        TableColumn<RaidRow, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(42);
        column.setMinWidth(42);
        column.setEditable(true);
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setText("");
        column.setCellFactory(ComboBoxTableCell.forTableColumn(1, 2, 3, 4, 5));
        column.setOnEditCommit(e -> commit.accept(e.getRowValue(), e.getNewValue()));
        return column;
    }

    private static TableColumn<RaidRow, Integer> scoreColumn(String title, Function<RaidRow, Integer> value) {
        TableColumn<RaidRow, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        column.setPrefWidth(72);
        column.setMinWidth(66);
        column.setEditable(false);
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(Integer score, boolean empty) {
                super.updateItem(score, empty);
                setText(null);
                if (empty || score == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(String.valueOf(score));
                badge.getStyleClass().setAll("label", Styles.BADGE, "tl-band-"
                        + RiskBands.band(score).name().toLowerCase(Locale.ROOT));
                setGraphic(badge);
            }
        });
        return column;
    }

    private TableColumn<RaidRow, RaidStatus> statusColumn() {
        TableColumn<RaidRow, RaidStatus> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().status()));
        column.setPrefWidth(104);
        column.setMinWidth(100);
        column.setEditable(true);
        column.setCellFactory(ComboBoxTableCell.forTableColumn(RaidStatus.values()));
        column.setOnEditCommit(e -> model.setStatus(e.getRowValue(), e.getNewValue()));
        return column;
    }

    private TableColumn<RaidRow, RaidRow> reviewColumn() {
        TableColumn<RaidRow, RaidRow> column = new TableColumn<>("Review");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(java.util.Comparator.comparing(r -> r.item().reviewDate(),
                java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>naturalOrder())));
        column.setPrefWidth(176);
        column.setMinWidth(176);
        column.setEditable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RaidRow row, boolean empty) {
                super.updateItem(row, empty);
                LocalDate review = empty || row == null ? null : row.item().reviewDate();
                boolean overdue = review != null && row.reviewOverdue();
                setText(review == null ? null : session.dates().format(review) + (overdue ? "  overdue" : ""));
                pseudoClassStateChanged(PseudoClass.getPseudoClass("late"), overdue);
                setTooltip(overdue ? new Tooltip("The review date has passed") : null);
            }
        });
        return column;
    }

    private static TableColumn<RaidRow, String> text(String title, Function<RaidRow, String> value, double width) {
        TableColumn<RaidRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    @SafeVarargs
    private static <T> ComboBox<T> filterBox(String id, String any, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(Arrays.asList(values));
        box.setId(id);
        box.setConverter(converter(v -> v == null ? any : v.toString()));
        box.setButtonCell(cell(v -> v == null ? any : v.toString()));
        box.setCellFactory(l -> cell(v -> v == null ? any : v.toString()));
        return box;
    }

    static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static <T> ListCell<T> cell(Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
    }
}
