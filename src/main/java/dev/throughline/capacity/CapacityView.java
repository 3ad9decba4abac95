package dev.throughline.capacity;

import dev.throughline.app.Session;
import dev.throughline.event.Subscription;
import dev.throughline.intake.IntakeRow;
import dev.throughline.intake.IntakeStatus;
import dev.throughline.ui.Lifecycle;
import dev.throughline.ui.ReloadWhenShown;
import dev.throughline.ui.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The team's bandwidth: each TPgM's running programs weighted by size and criticality, syncs per week and
 * A/R load, their headroom against the budget, and who should take the oldest request waiting.
 */
public final class CapacityView extends BorderPane {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final Session session;
    private final TableView<Capacity.Row> table = new TableView<>();
    private final Label suggestion = new Label();
    private Subscription subscription = Subscription.NONE;

    /** Hidden (another tab selected), the view reloads once it is shown again, not on every edit. */
    private final Runnable reloadWhenShown = ReloadWhenShown.of(this, this::reload);

    public CapacityView(Session session) {
        this.session = session;
        getStyleClass().add(Styles.PAGE);
        setId("capacity-view");
        Label title = new Label("TPgM capacity");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label rule = new Label("Budget " + Capacity.format(Capacity.BUDGET) + " points per TPgM. A running program"
                + " weighs its size (open milestones: S ≤6 = 1, M ≤15 = 1.5, L = 2) × its criticality (P3 0.5, P2 1,"
                + " P1 1.5, P0 2); each weekly sync adds " + Capacity.format(Capacity.POINTS_PER_SYNC)
                + ", each deliverable they are A or R for adds " + Capacity.format(Capacity.POINTS_PER_AR) + ".");
        rule.setWrapText(true);
        rule.getStyleClass().add(Styles.MUTED);
        suggestion.setId("capacity-suggestion");
        suggestion.setWrapText(true);
        suggestion.getStyleClass().add("tl-suggestion");
        VBox card = new VBox(4, suggestion);
        card.getStyleClass().add(Styles.CARD);
        VBox top = new VBox(8, title, rule, card);
        top.getStyleClass().add(Styles.TOOLBAR);
        setTop(top);
        table.setId("capacity-table");
        table.getColumns().add(column("TPgM", Capacity.Row::name, 170));
        table.getColumns().add(column("Running programs (size·priority)", Capacity.Row::programList, 300));
        table.getColumns().add(column("Program points", r -> Capacity.format(r.programPoints()), 110));
        table.getColumns().add(column("Syncs / week", r -> Capacity.format(r.syncsPerWeek()), 100));
        table.getColumns().add(column("A/R deliverables", r -> String.valueOf(r.arDeliverables()), 120));
        table.getColumns().add(column("Load", r -> Capacity.format(r.load()), 80));
        table.getColumns().add(column("Headroom", r -> Capacity.format(r.headroom()), 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nobody is a TPgM yet: give someone a role with “TPgM”, or make them a program's TPgM."));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Capacity.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVER, !empty && row != null && row.headroom() < 0);
            }
        });
        setCenter(table);
        Lifecycle.whileInScene(this, () -> {
            subscription = session.onChanges(e -> true, reloadWhenShown);
            reload();
        }, () -> {
            subscription.cancel();
            subscription = Subscription.NONE;
        });
    }

    private record Loaded(List<Capacity.Row> rows, Optional<IntakeRow> next) {
    }

    private void reload() {
        session.load("Weighing the team's bandwidth…", () -> new Loaded(session.workspace().capacity().rows(),
                session.workspace().intake().rows().stream().filter(r -> r.request().status() == IntakeStatus.NEW)
                        .min(Comparator.comparing(r -> r.request().receivedAt()))), this::show);
    }

    private void show(Loaded loaded) {
        table.getItems().setAll(loaded.rows());
        if (loaded.next().isPresent()) {
            IntakeRow next = loaded.next().get();
            suggestion.setText("Next request: " + next.request().ref() + " " + next.request().initiative() + " ("
                    + "complexity " + next.request().complexity().label().toLowerCase(java.util.Locale.ROOT)
                    + ", business criticality " + next.request().criticality().label().toLowerCase(java.util.Locale.ROOT)
                    + ": weighs " + Capacity.format(next.request().weight()) + " points). "
                    + Capacity.suggest(loaded.rows(), next.request().weight()).why());
        } else {
            suggestion.setText("No request is waiting. " + Capacity.suggest(loaded.rows(), 1).why()
                    .replace("a request weighing 1", "a small request"));
        }
    }

    private static TableColumn<Capacity.Row, String> column(String title, Function<Capacity.Row, String> value, double width) {
        TableColumn<Capacity.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
