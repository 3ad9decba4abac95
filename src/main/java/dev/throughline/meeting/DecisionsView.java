package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.ui.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Decisions & actions" tab: the program's decision log (supersede, filter) and action items (close, filter). */
public final class DecisionsView extends BorderPane implements dev.throughline.ui.Reveals {

    private final DecisionsViewModel model;
    private TableView<ActionRow> actions;

    public DecisionsView(Session session, long programId) {
        model = new DecisionsViewModel(session, programId);
        getStyleClass().add(Styles.PAGE);
        SplitPane split = new SplitPane(decisionsPane(session), actionsPane(session));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                model.activate();
            } else if (now == null) {
                model.deactivate();
            }
        });
    }

    /** Selects the action item with this id (the home screen's overdue actions point here). */
    @Override
    public void reveal(long actionId) {
        dev.throughline.ui.TableReveal.select(actions, row -> row.item().id() == actionId);
    }

    private VBox decisionsPane(Session session) {
        TableView<DecisionRow> table = new TableView<>(model.decisions());
        table.setId("decisions-table");
        table.setPlaceholder(new Label("No decisions yet. Record them in run mode or with “Record decision…”."));
        table.getColumns().add(date("Date", 100, r -> r.decision().decidedOn(), session));
        table.getColumns().add(col("Decision", 300, r -> r.decision().title()));
        table.getColumns().add(col("Rationale", 360, r -> r.decision().rationale()));
        table.getColumns().add(col("Status", 150, r -> r.superseded() ? "Superseded" : r.decision().status().label()));
        table.getColumns().add(col("Supersedes", 220, r -> r.decision().supersedesId() == null ? ""
                : title(r.decision().supersedesId())));
        table.getColumns().add(date("From sync", 110, DecisionRow::meetingDate, session));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DecisionRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("tl-superseded");
                if (!empty && item != null && item.superseded()) {
                    getStyleClass().add("tl-superseded");
                }
            }
        });
        Button record = new Button("Record decision…");
        record.setId("decisions-new");
        record.setOnAction(e -> DecisionFormDialog.decision(getScene().getWindow(), session, model.programId(), null,
                null, standing()));
        Button supersede = new Button("Supersede…");
        supersede.setId("decisions-supersede");
        supersede.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        supersede.setOnAction(e -> DecisionFormDialog.decision(getScene().getWindow(), session, model.programId(), null,
                table.getSelectionModel().getSelectedItem().decision(), standing()));
        Button edit = new Button("Edit…");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> DecisionFormDialog.decision(getScene().getWindow(), session, model.programId(),
                table.getSelectionModel().getSelectedItem().decision(), null, standing()));
        Button delete = new Button("Delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteDecision(table.getSelectionModel().getSelectedItem()));
        TextField search = new TextField();
        search.setPromptText("Filter decisions");
        search.textProperty().bindBidirectional(model.decisionSearchProperty());
        CheckBox superseded = new CheckBox("Show superseded");
        superseded.setId("decisions-show-superseded");
        superseded.selectedProperty().addListener((o, a, b) -> model.showSupersededProperty().set(b));
        Label heading = new Label("Decision log");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        HBox bar = new HBox(8, heading, record, supersede, edit, delete, search, superseded);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dev.throughline.ui.Tables.keepRowsVisible(table, dev.throughline.ui.Tables.SECOND_ROWS);
        VBox box = new VBox(6, bar, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 6, 0));
        return box;
    }

    private VBox actionsPane(Session session) {
        TableView<ActionRow> table = new TableView<>(model.actions());
        actions = table;
        table.setId("actions-table");
        table.setPlaceholder(new Label("No action items match."));
        table.getColumns().add(col("Action", 340, r -> r.item().title()));
        table.getColumns().add(col("Owner", 160, ActionRow::owner));
        table.getColumns().add(date("Due", 100, r -> r.item().due(), session));
        table.getColumns().add(col("Age", 80, r -> r.item().ageDays(model.today()) + " d"));
        table.getColumns().add(col("Status", 130, r -> r.item().isOverdue(model.today()) ? "Overdue"
                : r.item().status().label()));
        table.getColumns().add(date("Closed", 100, r -> r.item().closedOn(), session));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("tl-overdue");
                if (!empty && item != null && item.item().isOverdue(model.today())) {
                    getStyleClass().add("tl-overdue");
                }
            }
        });
        Button add = new Button("Add action…");
        add.setId("actions-new");
        add.setOnAction(e -> DecisionFormDialog.action(getScene().getWindow(), session, model.programId(), null,
                model.people()));
        Button edit = new Button("Edit…");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> DecisionFormDialog.action(getScene().getWindow(), session, model.programId(),
                table.getSelectionModel().getSelectedItem().item(), model.people()));
        Button close = new Button("Close (done)");
        close.setId("actions-close");
        close.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        close.setOnAction(e -> model.setStatus(table.getSelectionModel().getSelectedItem(), ActionStatus.DONE));
        Button drop = new Button("Drop");
        drop.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        drop.setOnAction(e -> model.setStatus(table.getSelectionModel().getSelectedItem(), ActionStatus.DROPPED));
        Button reopen = new Button("Reopen");
        reopen.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reopen.setOnAction(e -> model.setStatus(table.getSelectionModel().getSelectedItem(), ActionStatus.OPEN));
        ComboBox<DecisionsViewModel.ActionFilter> filter = new ComboBox<>(FXCollections.observableArrayList(
                DecisionsViewModel.ActionFilter.values()));
        filter.setId("actions-filter");
        filter.valueProperty().bindBidirectional(model.actionFilterProperty());
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("actions-owner");
        owner.setPromptText("Any owner");
        model.people().addListener((javafx.collections.ListChangeListener<Person>) c -> {
            String was = owner.getValue();
            owner.getItems().setAll("");
            owner.getItems().addAll(model.people().stream().map(Person::name).toList());
            owner.setValue(was);
        });
        owner.valueProperty().addListener((o, a, b) -> model.ownerProperty().set(b == null ? "" : b));
        TextField search = new TextField();
        search.setPromptText("Filter actions");
        search.textProperty().bindBidirectional(model.actionSearchProperty());
        Label heading = new Label("Action items");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        HBox bar = new HBox(8, heading, add, edit, close, drop, reopen, filter, owner, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dev.throughline.ui.Tables.keepRowsVisible(table, dev.throughline.ui.Tables.SECOND_ROWS);
        VBox box = new VBox(6, bar, table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 6, 0));
        return box;
    }

    private java.util.List<Decision> standing() {
        return model.allDecisions().stream().filter(r -> !r.superseded()).map(DecisionRow::decision).toList();
    }

    private String title(long decisionId) {
        return model.allDecisions().stream().filter(r -> r.decision().id() == decisionId)
                .map(r -> r.decision().title()).findFirst().orElse("#" + decisionId);
    }

    private static <T> TableColumn<T, java.time.LocalDate> date(String title, double width,
                                                               Function<T, java.time.LocalDate> value, Session session) {
        TableColumn<T, java.time.LocalDate> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        column.setCellFactory(session.dates().cells());
        return column;
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
