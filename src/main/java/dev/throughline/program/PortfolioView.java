package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.Styles;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Every program at a glance: sortable, filterable, searchable; opens a program in its own tab. */
public final class PortfolioView extends BorderPane {

    private final Session session;
    private final PortfolioViewModel model;
    /** Held here: a binding only its listeners reference would be collected, and they would go quiet. */
    private final javafx.beans.binding.BooleanBinding offersSample;
    private final TableView<ProgramSummary> table = new TableView<>();
    private final TextField search = new TextField();

    public PortfolioView(Session session) {
        this.session = session;
        this.model = new PortfolioViewModel(session);
        this.offersSample = model.offerSample();
        getStyleClass().add(Styles.PAGE);
        setId("portfolio-view");
        setTop(toolbar());
        setCenter(tableWithFooter());
        Lifecycle.whileInScene(this, model::activate, model::deactivate);
    }

    /** True once the first load of the portfolio reached the table. */
    public javafx.beans.value.ObservableBooleanValue loadedProperty() {
        return model.loaded();
    }

    /** True while the workspace is empty and the sample portfolio is offered. */
    public javafx.beans.binding.BooleanBinding offersSample() {
        return offersSample;
    }

    /** The first program in the table as sorted and filtered now. */
    public java.util.Optional<Long> firstProgramId() {
        return model.visible().stream().findFirst().map(ProgramSummary::id);
    }

    public void focusSearch() {
        search.requestFocus();
    }

    public void newProgram() {
        ProgramFormDialog.open(getScene().getWindow(), session, null, saved -> session.navigator().openProgram(saved.id()));
    }

    private VBox toolbar() {
        Label title = new Label("Portfolio");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        search.setId("portfolio-search");
        search.setPromptText("Search key, name, TPgM, reason…");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.search);
        ComboBox<ProgramStatus> status = filterBox("All statuses", ProgramStatus.values());
        status.setId("portfolio-status-filter");
        status.valueProperty().bindBidirectional(model.status);
        ComboBox<Health> health = filterBox("Any health", Health.values());
        health.setId("portfolio-health-filter");
        health.valueProperty().bindBidirectional(model.health);
        CheckBox archived = new CheckBox("Show archived");
        archived.selectedProperty().bindBidirectional(model.showArchived);

        Button create = new Button("New program", Icons.add());
        create.setId("program-new");
        create.setOnAction(e -> newProgram());
        Button open = new Button("Open", Icons.open());
        open.setId("program-open");
        open.setOnAction(e -> openSelected());
        Button archive = new Button("Archive", Icons.archive());
        archive.setId("program-archive");
        archive.textProperty().bind(Bindings.createStringBinding(() -> {
            ProgramSummary selected = table.getSelectionModel().getSelectedItem();
            return selected != null && selected.archived() ? "Restore" : "Archive";
        }, table.getSelectionModel().selectedItemProperty()));
        archive.setOnAction(e -> {
            ProgramSummary selected = table.getSelectionModel().getSelectedItem();
            model.setArchived(selected, !selected.archived());
        });
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        archive.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, create, open, archive);
        HBox filters = new HBox(8, search, status, health, archived);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bar = new VBox(8, top, filters);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private VBox tableWithFooter() {
        table.setId("portfolio-table");
        SortedList<ProgramSummary> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<ProgramSummary, String> key = column("Key", ProgramSummary::key, 90);
        table.getColumns().add(key);
        table.getColumns().add(column("Name", ProgramSummary::name, 240));
        table.getColumns().add(column("Status", p -> p.status().label() + (p.archived() ? " (archived)" : ""), 120));
        table.getColumns().add(healthColumn());
        table.getColumns().add(column("TPgM", ProgramSummary::tpgmName, 150));
        TableColumn<ProgramSummary, LocalDate> target = new TableColumn<>("Target");
        target.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().target()));
        target.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        target.setCellFactory(session.dates().cells());
        target.setPrefWidth(100);
        table.getColumns().add(target);
        table.getColumns().add(column("Priority", p -> p.priority().name(), 80));
        TableColumn<ProgramSummary, String> reason = column("Health reason", p -> (p.healthReason().isBlank() ? ""
                : p.healthReason() + " · ") + p.current().origin(), 300);
        reason.setCellFactory(dev.throughline.ui.Tables.tooltipWhenCut());
        table.getColumns().add(reason);
        table.getSortOrder().add(key);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(tv -> {
            TableRow<ProgramSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    session.navigator().openProgram(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        table.placeholderProperty().bind(Bindings.when(model.offerSample())
                .then((javafx.scene.Node) sampleOffer()).otherwise(new Label("No program matches the filters.")));

        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.size(model.visible()).asString("%d programs shown"));
        VBox box = new VBox(8, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox sampleOffer() {
        Label heading = new Label("This workspace is empty");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label text = new Label("Start with the sample portfolio (five cross-functional programs and their team) to"
                + " explore Throughline, or create your first program. Loading the sample can be undone.");
        text.setWrapText(true);
        text.setMaxWidth(460);
        Button sample = new Button("Load sample portfolio");
        sample.setId("load-sample");
        sample.getStyleClass().add("accent");
        sample.setOnAction(e -> model.loadSample());
        Button create = new Button("New program", Icons.add());
        create.setOnAction(e -> newProgram());
        VBox offer = new VBox(12, heading, text, new HBox(8, sample, create));
        offer.getStyleClass().add(Styles.EMPTY_STATE);
        offer.setMaxWidth(520);
        offer.setFillWidth(false);
        return offer;
    }

    private void openSelected() {
        ProgramSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            session.navigator().openProgram(selected.id());
        }
    }

    private TableColumn<ProgramSummary, Health> healthColumn() {
        TableColumn<ProgramSummary, Health> health = new TableColumn<>("Health");
        health.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().health()));
        health.setPrefWidth(110);
        health.setCellFactory(c -> new TableCell<>() {
            private final Label badge = HealthBadge.of(Health.ON_TRACK, "");
            private final javafx.scene.control.Tooltip origin = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(Health value, boolean empty) {
                super.updateItem(value, empty);
                if (empty || value == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    HealthBadge.restyle(badge, value, value.label());
                    origin.setText(getTableRow().getItem().current().describe());
                    setGraphic(badge);
                    setTooltip(origin);
                }
            }
        });
        return health;
    }

    private static <E> ComboBox<E> filterBox(String allLabel, E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(FXCollections.observableArrayList(values));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? allLabel : item.toString());
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? allLabel : item.toString());
            }
        });
        return box;
    }

    private static TableColumn<ProgramSummary, String> column(String title, Function<ProgramSummary, String> value,
                                                              double width) {
        TableColumn<ProgramSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
