package dev.throughline.ui;

import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/** Selects a table's row and scrolls to it, waiting for the row when the table is still loading. */
public final class TableReveal {

    private TableReveal() {
    }

    public static <T> void select(TableView<T> table, Predicate<? super T> wanted) {
        if (selectNow(table, wanted)) {
            return;
        }
        table.getItems().addListener(new ListChangeListener<T>() {
            @Override
            public void onChanged(Change<? extends T> change) {
                if (selectNow(table, wanted)) {
                    table.getItems().removeListener(this);
                }
            }
        });
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
