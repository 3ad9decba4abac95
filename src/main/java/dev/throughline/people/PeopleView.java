package dev.throughline.people;

import dev.throughline.app.Session;
import dev.throughline.ui.Icons;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** The people directory: a searchable table with add, edit and delete. */
public final class PeopleView extends BorderPane {

    private final PeopleViewModel model;
    private final Session session;
    private final TableView<Person> table = new TableView<>();
    private final TextField search = new TextField();

    public PeopleView(Session session) {
        this.session = session;
        this.model = new PeopleViewModel(session);
        getStyleClass().add(Styles.PAGE);
        setId("people-view");

        Label title = new Label("People");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        search.setId("people-search");
        search.setPromptText("Search name, role, email, zone…");
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(model.search);
        Button add = new Button("Add person", Icons.add());
        add.setId("person-add");
        add.setOnAction(e -> openForm(null));
        Button edit = new Button("Edit", Icons.edit());
        edit.setOnAction(e -> openForm(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete", Icons.delete());
        delete.setId("person-delete");
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, title, spacer, search, add, edit, delete);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        table.setId("people-table");
        table.setItems(model.visible());
        table.getColumns().add(column("Name", Person::name, 180));
        table.getColumns().add(column("Role", Person::role, 170));
        table.getColumns().add(column("Function", p -> p.function().label(), 110));
        table.getColumns().add(column("Email", Person::email, 220));
        table.getColumns().add(column("Slack", Person::slack, 110));
        table.getColumns().add(column("Time zone", p -> p.zone().getId(), 160));
        table.getColumns().add(column("Hours", p -> p.workStart() + "–" + p.workEnd(), 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No people yet. Add the people who work on your programs.");
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        table.setPlaceholder(empty);
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<Person>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Person selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && e.getCode() == KeyCode.ENTER) {
                openForm(selected);
            } else if (selected != null && e.getCode() == KeyCode.DELETE) {
                model.delete(selected);
            }
        });
        Label count = new Label();
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(Bindings.size(model.visible()).asString("%d people"));
        VBox center = new VBox(8, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        setTop(toolbar);
        setCenter(center);

        Lifecycle.whileInScene(this, model::activate, model::deactivate);
    }

    public void focusSearch() {
        search.requestFocus();
    }

    public void addPerson() {
        openForm(null);
    }

    private void openForm(Person existing) {
        long exceptId = existing == null ? 0 : existing.id();
        session.load("Opening form…", () -> session.workspace().people().emailsInUse(exceptId),
                emails -> PersonFormDialog.show(getScene().getWindow(), session, existing, emails));
    }

    private static TableColumn<Person, String> column(String title, Function<Person, String> value, double width) {
        TableColumn<Person, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
