package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A program's milestones: variance against a chosen baseline, why each date is where it is, dependencies. */
public final class MilestonesView extends BorderPane implements dev.throughline.ui.Reveals {

    private final Session session;
    private final MilestonesViewModel model;
    private final TableView<MilestoneRow> table = new TableView<>();
    private final VBox why = new VBox(4);
    private final ListView<NamedDependency> links = new ListView<>();
    private final javafx.collections.transformation.FilteredList<NamedDependency> linksOfShown;
    /** The milestone whose details show; kept across reloads. */
    private Long shownId;

    public MilestonesView(Session session, long programId) {
        this.session = session;
        this.model = new MilestonesViewModel(session, programId);
        this.linksOfShown = new javafx.collections.transformation.FilteredList<>(model.dependencies, d -> false);
        getStyleClass().add(Styles.PAGE);
        setId("milestones-view");
        setTop(toolbar());
        SplitPane split = new SplitPane(dev.throughline.ui.Tables.keepRowsVisible(table(), dev.throughline.ui.Tables.MAIN_ROWS),
                details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        setCenter(split);
        followSelection();
        Lifecycle.whileInScene(this, model::activate, model::deactivate);
    }

    private VBox toolbar() {
        TextField search = new TextField();
        search.setPromptText("Search title, workstream, owner…");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(model.search);
        ComboBox<Baseline> compare = MilestoneFormDialog.choice("milestone-compare", List.of(), Baseline::name);
        compare.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Baseline item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "Current baseline" : item.name());
            }
        });
        model.baselines.addListener((javafx.collections.ListChangeListener<Baseline>) c -> {
            Baseline chosen = compare.getValue();
            compare.getItems().setAll(new java.util.ArrayList<>(java.util.Collections.singletonList(null)));
            compare.getItems().addAll(model.baselines);
            compare.setValue(chosen == null ? null : model.baselines.stream().filter(b -> b.id() == chosen.id()).findFirst().orElse(null));
        });
        compare.valueProperty().bindBidirectional(model.comparedWith);
        CheckBox slipping = new CheckBox("Slipping only");
        slipping.setId("milestone-slipping");
        slipping.selectedProperty().bindBidirectional(model.slippingOnly);
        Button baseline = new Button("Take baseline…");
        baseline.setOnAction(e -> askBaselineName());
        Button streams = new Button("Workstreams…");
        streams.setOnAction(e -> WorkstreamsDialog.show(getScene().getWindow(), session, model.programId(), model.workstreams));
        Button add = new Button("Add milestone", Icons.add());
        add.setId("milestone-add");
        add.setOnAction(e -> MilestoneFormDialog.show(getScene().getWindow(), session, model.programId(), null,
                List.copyOf(model.workstreams), model.people, List.of()));
        Button edit = new Button("Edit", Icons.edit());
        edit.setOnAction(e -> editSelected());
        Button depend = new Button("Add dependency…");
        depend.setOnAction(e -> addDependency());
        Button delete = new Button("Delete", Icons.delete());
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        for (Button b : List.of(edit, depend, delete)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, add, edit, depend, delete, spacer, streams, baseline);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label compareLabel = new Label("Compare with");
        HBox filters = new HBox(8, search, compareLabel, compare, slipping);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, actions, filters);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    @Override
    public void reveal(long milestoneId) {
        dev.throughline.ui.TableReveal.select(table, row -> row.milestone().id() == milestoneId);
    }

    private TableView<MilestoneRow> table() {
        table.setId("milestones-table");
        SortedList<MilestoneRow> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(text("Milestone", r -> r.milestone().title(), 250));
        table.getColumns().add(text("Workstream", MilestoneRow::workstream, 140));
        table.getColumns().add(text("Owner", MilestoneRow::owner, 130));
        TableColumn<MilestoneRow, String> status = text("Status", r -> r.milestone().status().label(), 90);
        status.setMinWidth(90);
        table.getColumns().add(status);
        table.getColumns().add(date("Baseline", MilestoneRow::comparedBaseline));
        TableColumn<MilestoneRow, LocalDate> forecast = date("Forecast", r -> r.milestone().forecast());
        table.getColumns().add(forecast);
        table.getColumns().add(varianceColumn());
        table.getColumns().add(deadlineColumn());
        TableColumn<MilestoneRow, String> drivenBy = text("Driven by", MilestoneRow::drivenBy, 240);
        drivenBy.setCellFactory(dev.throughline.ui.Tables.tooltipWhenCut());
        table.getColumns().add(drivenBy);
        table.getSortOrder().add(forecast);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No milestones yet. Add the dated commitments of this program."));
        table.setRowFactory(tv -> {
            TableRow<MilestoneRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editSelected();
            } else if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                model.delete(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private HBox details() {
        Label whyTitle = new Label("Why this date");
        whyTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox whyBox = new VBox(6, whyTitle, why);
        whyBox.setPrefWidth(520);
        Label linksTitle = new Label("Dependencies");
        linksTitle.getStyleClass().add(Styles.SECTION_TITLE);
        links.setId("milestone-dependencies");
        links.setItems(linksOfShown);
        links.setPlaceholder(new Label("No dependencies."));
        links.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(NamedDependency d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null || shownId == null ? null : d.seenFrom(shownId));
            }
        });
        Button remove = new Button("Remove dependency");
        remove.disableProperty().bind(links.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeDependency(links.getSelectionModel().getSelectedItem().dependency()));
        VBox linksBox = new VBox(6, linksTitle, links, remove);
        HBox.setHgrow(linksBox, Priority.ALWAYS);
        HBox box = new HBox(16, whyBox, linksBox);
        box.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        return box;
    }

    /**
     * The details follow the milestone, not the row object: a reload (after Add dependency, a move, an
     * undo) replaces every row, so the same milestone is selected again and its details are read anew.
     */
    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !Long.valueOf(now.milestone().id()).equals(shownId)) {
                show(now.milestone().id());
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<MilestoneRow>) c -> reselect());
        model.all().addListener((javafx.collections.ListChangeListener<MilestoneRow>) c -> {
            if (shownId != null) {
                show(shownId);
            }
        });
        show(null);
    }

    private void reselect() {
        if (shownId == null) {
            return;
        }
        MilestoneRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.milestone().id() == shownId) {
            return;
        }
        table.getItems().stream().filter(r -> r.milestone().id() == shownId).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private void show(Long milestoneId) {
        shownId = milestoneId;
        linksOfShown.setPredicate(d -> milestoneId != null && d.touches(milestoneId));
        links.refresh();
        why.getChildren().clear();
        if (milestoneId == null) {
            why.getChildren().add(new Label("Select a milestone to see what holds its date."));
            return;
        }
        if (model.all().stream().noneMatch(r -> r.milestone().id() == milestoneId)) {
            show(null);
            return;
        }
        session.load("Explaining…", () -> session.workspace().milestones().why(milestoneId), lines -> {
            if (!milestoneId.equals(shownId)) {
                return;
            }
            why.getChildren().clear();
            for (String line : lines) {
                Label label = new Label(line);
                label.setWrapText(true);
                why.getChildren().add(label);
            }
        });
    }

    private void editSelected() {
        MilestoneRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            MilestoneFormDialog.show(getScene().getWindow(), session, model.programId(), row.milestone(),
                    List.copyOf(model.workstreams), model.people, model.dependencyLines(row.milestone().id()));
        }
    }

    private void addDependency() {
        MilestoneRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        session.load("Loading milestones…", () -> session.workspace().milestones().portfolioRows().values().stream()
                        .flatMap(List::stream).toList(),
                all -> DependencyDialog.show(getScene().getWindow(), session, row, all));
    }

    private void askBaselineName() {
        TextInputDialog ask = new TextInputDialog("Baseline " + LocalDate.now());
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Take baseline");
        ask.setHeaderText("Freeze every milestone's forecast under a name.");
        ask.setContentText("Name");
        ask.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::takeBaseline);
    }

    private static TableColumn<MilestoneRow, String> text(String title, Function<MilestoneRow, String> value, double width) {
        TableColumn<MilestoneRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<MilestoneRow, LocalDate> date(String title, Function<MilestoneRow, LocalDate> value) {
        TableColumn<MilestoneRow, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(session.dates().cells());
        column.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        column.setPrefWidth(100);
        column.setMinWidth(96);
        return column;
    }

    private static TableColumn<MilestoneRow, Integer> varianceColumn() {
        TableColumn<MilestoneRow, Integer> column = new TableColumn<>("Variance");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().varianceDays()));
        column.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        column.setPrefWidth(84);
        column.setMinWidth(84);
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(Integer days, boolean empty) {
                super.updateItem(days, empty);
                badge.getStyleClass().setAll("label", Styles.BADGE);
                if (empty || days == null || days == 0) {
                    setGraphic(null);
                    setText(empty || days == null ? null : "0d");
                    setTooltip(null);
                    return;
                }
                setText(null);
                badge.setText(days > 0 ? "+" + days + "d" : days + "d");
                setTooltip(new javafx.scene.control.Tooltip(days > 0 ? "Slipped " + days + " days against the baseline"
                        : "Early by " + (-days) + " days against the baseline"));
                badge.getStyleClass().add(days > 0 ? "tl-badge-off-track" : "tl-badge-on-track");
                setGraphic(badge);
            }
        });
        return column;
    }

    private TableColumn<MilestoneRow, MilestoneRow> deadlineColumn() {
        TableColumn<MilestoneRow, MilestoneRow> column = new TableColumn<>("Deadline");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        column.setPrefWidth(100);
        column.setMinWidth(96);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MilestoneRow row, boolean empty) {
                super.updateItem(row, empty);
                LocalDate deadline = empty || row == null ? null : row.milestone().deadline();
                setText(deadline == null ? null : session.dates().format(deadline));
                boolean late = deadline != null && row.milestone().forecast().isAfter(deadline);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("late"), late);
                setTooltip(late ? new javafx.scene.control.Tooltip("Forecast is after the deadline") : null);
            }
        });
        return column;
    }

    /** Counts for the tab header ("3 slipping"). */
    public javafx.beans.binding.StringBinding summary() {
        return Bindings.createStringBinding(() -> model.all().stream().filter(MilestoneRow::slipped).count()
                + " slipping", model.all());
    }
}
