package dev.throughline.ui;

import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Selects a table's row and scrolls to it, waiting for the row when the table is still loading. A table
 * waits for one row at most, and only until its next load: a row that does not come (hidden by a filter)
 * must not be selected days later when the filter is cleared.
 */
public final class TableReveal {

    private static final String PENDING = "tl-table-reveal-pending";

    private TableReveal() {
    }

    public static <T> void select(TableView<T> table, Predicate<? super T> wanted) {
        dropPending(table);
        if (selectNow(table, wanted)) {
            return;
        }
        ListChangeListener<T> waiting = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends T> change) {
                if (selectNow(table, wanted) || !table.getItems().isEmpty()) {
                    dropPending(table);
                }
            }
        };
        table.getProperties().put(PENDING, waiting);
        table.getItems().addListener(waiting);
    }

    @SuppressWarnings("unchecked")
    private static <T> void dropPending(TableView<T> table) {
        Object pending = table.getProperties().remove(PENDING);
        if (pending != null) {
            table.getItems().removeListener((ListChangeListener<T>) pending);
        }
    }

    private static <T> boolean selectNow(TableView<T> table, Predicate<? super T> wanted) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (wanted.test(table.getItems().get(i))) {
                int row = i;
                table.getSelectionModel().clearAndSelect(row);
                table.getFocusModel().focus(row);
                // After the change that brought the row has reached the table's skin.
                javafx.application.Platform.runLater(() -> {
                    table.scrollTo(Math.max(0, row - 2));
                    table.requestFocus();
                });
                return true;
            }
        }
        return false;
    }
}
