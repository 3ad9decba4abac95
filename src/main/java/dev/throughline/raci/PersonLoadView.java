package dev.throughline.raci;

import dev.throughline.app.Session;
import dev.throughline.event.Subscription;
import dev.throughline.ui.ReloadWhenShown;
import dev.throughline.ui.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Each person's RACI load across active programs: deliverables they are A or R for, in how many
 * programs, how many at risk; people above the threshold (a workspace preference) are flagged.
 */
public final class PersonLoadView extends BorderPane {

    private final Session session;
    private final TableView<PersonLoad.Row> table = new TableView<>();
    private final Spinner<Integer> threshold = new Spinner<>(1, 999, PersonLoad.DEFAULT_THRESHOLD);
    private final Label summary = new Label();
    private List<Subscription> subscriptions = List.of();

    /** Hidden (another tab selected), the view reloads once it is shown again, not on every edit. */
    private final Runnable reloadWhenShown = ReloadWhenShown.of(this, this::reload);

    public PersonLoadView(Session session) {
        this.session = session;
        getStyleClass().add(Styles.PAGE);
        setId("load-view");
        Label title = new Label("RACI load across the portfolio");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        Button apply = new Button("Set threshold");
        apply.setOnAction(e -> {
            int value = threshold.getValue();
            session.edit("Flagging people with more than " + value + " A/R deliverables",
                    () -> session.workspace().raci().setLoadThreshold(value));
        });
        HBox bar = new HBox(8, new Label("Flag people with more than"), threshold, new Label("A/R deliverables"), apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().add(Styles.MUTED);
        VBox top = new VBox(8, title, bar, summary);
        top.getStyleClass().add(Styles.TOOLBAR);
        setTop(top);
        table.setId("load-table");
        table.getColumns().add(column("Person", PersonLoad.Row::name, 240));
        table.getColumns().add(column("A/R deliverables", PersonLoad.Row::deliverables, 130));
        table.getColumns().add(column("Programs", PersonLoad.Row::programs, 100));
        table.getColumns().add(column("At risk", PersonLoad.Row::atRisk, 100));
        table.getColumns().add(column("", r -> r.flagged() ? "Overloaded" : "", 120));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(PersonLoad.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), !empty && row != null && row.flagged());
            }
        });
        table.getStyleClass().add("tl-raci-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setCenter(table);
        dev.throughline.ui.Lifecycle.whileInScene(this, () -> {
            subscriptions = List.of(session.onChanges(e -> true, reloadWhenShown));
            reload();
        }, () -> {
            subscriptions.forEach(Subscription::cancel);
            subscriptions = List.of();
        });
    }

    private void reload() {
        RaciService raci = session.workspace().raci();
        session.load("Counting RACI load…", () -> new Object[] {raci.load(), raci.loadThreshold()}, loaded -> {
            @SuppressWarnings("unchecked")
            List<PersonLoad.Row> rows = (List<PersonLoad.Row>) loaded[0];
            int limit = (Integer) loaded[1];
            table.getItems().setAll(rows);
            threshold.getValueFactory().setValue(limit);
            long flagged = rows.stream().filter(PersonLoad.Row::flagged).count();
            summary.setText(flagged == 0 ? "Nobody is above " + limit + " A/R deliverables in active programs."
                    : flagged + (flagged == 1 ? " person is" : " people are") + " above " + limit
                    + " A/R deliverables in active programs. At risk: the program is at risk or off track, or the linked milestone slipped.");
        });
    }

    private static <T> TableColumn<PersonLoad.Row, T> column(String title, Function<PersonLoad.Row, T> value, double width) {
        TableColumn<PersonLoad.Row, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
