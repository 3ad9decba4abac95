package dev.throughline.intake;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.people.Function;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.Styles;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Intake requests, newest first, with the response clock: rows close to the 24-working-hour goal are amber,
 * past it red. New, edit, and the triage answers; the selected request's full text below.
 */
public final class IntakeView extends BorderPane {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");

    private final Session session;
    private final TableView<IntakeRow> table = new TableView<>();
    private final CheckBox openOnly = new CheckBox("Open only");
    private final Label summary = new Label();
    private final VBox detail = new VBox(8);
    private List<IntakeRow> all = List.of();
    private Long wanted;
    private Subscription subscription = Subscription.NONE;

    public IntakeView(Session session) {
        this.session = session;
        getStyleClass().add(Styles.PAGE);
        setId("intake-view");
        Label title = new Label("Intake");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        summary.getStyleClass().add(Styles.MUTED);
        summary.setId("intake-summary");
        Button add = new Button("New request…", Icons.add());
        add.setId("intake-new");
        add.setOnAction(e -> IntakeFormDialog.show(getScene().getWindow(), session, null));
        Button edit = new Button("Edit…", Icons.edit());
        edit.setOnAction(e -> selected(r -> IntakeFormDialog.show(getScene().getWindow(), session, r)));
        Button ask = new Button("Ask for more…", Icons.of(org.kordamp.ikonli.feather.Feather.HELP_CIRCLE));
        ask.setId("intake-ask");
        ask.setOnAction(e -> selected(r -> TriageDialog.answer(getScene().getWindow(), session, r, false)));
        Button decline = new Button("Decline…", Icons.of(org.kordamp.ikonli.feather.Feather.X_CIRCLE));
        decline.setId("intake-decline");
        decline.setOnAction(e -> selected(r -> TriageDialog.answer(getScene().getWindow(), session, r, true)));
        Button accept = new Button("Accept…", Icons.of(org.kordamp.ikonli.feather.Feather.CHECK_CIRCLE));
        accept.setId("intake-accept");
        accept.getStyleClass().add("accent");
        accept.setOnAction(e -> selected(r -> TriageDialog.accept(getScene().getWindow(), session, r)));
        Button delete = new Button("Delete", Icons.delete());
        delete.setOnAction(e -> selected(r -> session.edit("Deleted " + r.request().ref() + " (Undo with Ctrl+Z)",
                () -> session.workspace().intake().delete(r.request().id()))));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        var closed = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            IntakeRow r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.request().status().isOpen();
        }, table.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        ask.disableProperty().bind(closed);
        decline.disableProperty().bind(closed);
        accept.disableProperty().bind(closed);
        openOnly.setOnAction(e -> show());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, openOnly, add, edit, ask, decline, accept, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        VBox top = new VBox(6, bar, summary);
        top.getStyleClass().add(Styles.TOOLBAR);
        setTop(top);

        table.setId("intake-table");
        table.getColumns().add(column("Ref", r -> r.request().ref(), 50));
        table.getColumns().add(column("Received", r -> session.dates().withWeekday(
                LocalDateTime.ofInstant(r.request().receivedAt(), ZoneId.systemDefault())), 145));
        table.getColumns().add(column("Requester", IntakeRow::requester, 135));
        table.getColumns().add(column("Initiative", r -> r.request().initiative(), 220));
        table.getColumns().add(badgeColumn("Criticality", r -> r.request().criticality(), r -> r.request().criticality().label(), 100));
        table.getColumns().add(column("Complexity", r -> r.request().complexity().label(), 105));
        table.getColumns().add(badgeColumn("Status", r -> r.request().status(), r -> r.request().status().label(), 135));
        table.getColumns().add(badgeColumn("Response", r -> r.response().state(), r -> r.response().state().label(), 160));
        table.getColumns().add(column("Clock", r -> r.response().describe(), 180));
        table.getColumns().add(column("Program", IntakeRow::programKey, 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No intake requests. Add one, or paste one from the channel with New request…"));
        table.setRowFactory(tv -> {
            TableRow<IntakeRow> row = new TableRow<>() {
                @Override
                protected void updateItem(IntakeRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean waiting = !empty && item != null && item.request().status().isOpen();
                    pseudoClassStateChanged(OVERDUE, waiting && item.response().state() == ResponseClock.State.OVERDUE);
                    pseudoClassStateChanged(DUE_SOON, waiting && item.response().state() == ResponseClock.State.DUE_SOON);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    IntakeFormDialog.show(getScene().getWindow(), session, row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDetail(now));
        detail.getStyleClass().add(Styles.CARD);
        detail.setId("intake-detail");
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(dev.throughline.ui.Tables.keepRowsVisible(table, dev.throughline.ui.Tables.MAIN_ROWS),
                detailScroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        showDetail(null);
        Lifecycle.whileInScene(this, () -> {
            subscription = session.onChanges(e -> e.entity() == EntityChanged.Entity.INTAKE_REQUEST
                    || e.entity() == EntityChanged.Entity.PERSON || e.entity() == EntityChanged.Entity.PROGRAM, this::reload);
            reload();
        }, () -> {
            subscription.cancel();
            subscription = Subscription.NONE;
        });
    }

    /** Selects the request (after the next load when it is not shown yet). */
    public void select(long requestId) {
        wanted = requestId;
        openOnly.setSelected(false);
        show();
    }

    private void reload() {
        session.load("Reading intake requests…", () -> session.workspace().intake().rows(), rows -> {
            all = rows;
            show();
        });
    }

    private void show() {
        Long keep = wanted != null ? wanted : table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().request().id();
        List<IntakeRow> shown = all.stream().filter(r -> !openOnly.isSelected() || r.request().status().isOpen()).toList();
        table.getItems().setAll(shown);
        long waiting = all.stream().filter(r -> r.request().status() == IntakeStatus.NEW).count();
        long standing = all.stream().filter(r -> r.request().status().isOpen() && r.standsOut()).count();
        summary.setText(waiting + " waiting for a first answer" + (standing == 0 ? "" : ", " + standing
                + " near or past the 24-working-hour goal") + " · goal counted " + session.workspace().intake()
                .responseClock().hours().describe());
        if (keep != null) {
            shown.stream().filter(r -> r.request().id() == keep).findFirst().ifPresent(r -> {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                if (wanted != null && wanted == keep) {
                    wanted = null;
                }
            });
        }
    }

    private void showDetail(IntakeRow row) {
        detail.getChildren().clear();
        if (row == null) {
            Label hint = new Label("Select a request to read it in full.");
            hint.getStyleClass().add(Styles.MUTED);
            detail.getChildren().add(hint);
            return;
        }
        IntakeRequest r = row.request();
        Label title = new Label(r.ref() + "  " + r.initiative());
        title.getStyleClass().add(Styles.SECTION_TITLE);
        detail.getChildren().add(title);
        List<String> functions = new ArrayList<>(r.functions().stream().sorted().map(Function::label).toList());
        if (!r.otherFunctions().isBlank()) {
            functions.add(r.otherFunctions());
        }
        fact("Requester", row.requester());
        fact("Problem", r.problem());
        fact("Desired outcome", r.outcome());
        fact("Why program support", r.complexity().label() + " complexity · " + String.join(", ", functions) + " · "
                + r.criticality().label() + " criticality");
        fact("Desired date", session.dates().format(r.desiredDate()));
        fact("Links", String.join("  ", r.links()));
        fact("Channel", r.channel());
        fact("Response", row.response().state().label() + ": " + row.response().describe() + " of working time (goal "
                + session.dates().withWeekday(
                        LocalDateTime.ofInstant(row.response().due(), ZoneId.systemDefault())) + " your time)");
        fact("Triage", r.triageNote());
        fact("Notes", r.notes());
    }

    private void fact(String caption, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label c = new Label(caption);
        c.getStyleClass().add(Styles.MUTED);
        c.setMinWidth(170);
        c.setPrefWidth(170);
        Label v = new Label(value);
        v.setWrapText(true);
        HBox line = new HBox(12, c, v);
        detail.getChildren().add(line);
    }

    private void selected(java.util.function.Consumer<IntakeRow> action) {
        IntakeRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }

    private static TableColumn<IntakeRow, String> column(String title, java.util.function.Function<IntakeRow, String> value,
                                                         double width) {
        TableColumn<IntakeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<IntakeRow, IntakeRow> badgeColumn(String title,
                                                                java.util.function.Function<IntakeRow, Enum<?>> kind,
                                                                java.util.function.Function<IntakeRow, String> text,
                                                                double width) {
        TableColumn<IntakeRow, IntakeRow> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(IntakeRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                badge.getStyleClass().setAll("label", Styles.BADGE, Styles.badgeFor(kind.apply(item)));
                badge.setText(text.apply(item));
                setGraphic(badge);
            }
        });
        return column;
    }
}
