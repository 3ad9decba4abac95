package dev.throughline.app;

import dev.throughline.store.BackupInfo;
import dev.throughline.ui.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Lists the workspace's backups (when, kind, size, contents, check) and restores the chosen one. */
final class BackupsDialog {


    private BackupsDialog() {
    }

    static void show(Window owner, List<BackupInfo> backups, String folder, Consumer<BackupInfo> restore,
                     dev.throughline.ui.DateDisplay dates) {
        java.util.function.Function<java.time.Instant, String> when = at -> dates.withWeekday(
                java.time.LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
        TableView<BackupInfo> table = new TableView<>();
        table.setId("backups-table");
        table.getItems().setAll(backups);
        table.getColumns().add(column("Taken", b -> when.apply(b.takenAt()), 170));
        table.getColumns().add(column("Kind", BackupInfo::kind, 130));
        table.getColumns().add(column("Size", b -> String.format("%,d KB", Math.max(1, b.sizeBytes() / 1024)), 90));
        table.getColumns().add(column("Holds", BackupInfo::counts, 180));
        table.getColumns().add(column("Check", b -> b.sound() ? "ok" : "damaged", 80));
        table.setPlaceholder(new Label("No backups yet. One is taken automatically after changes and on quit."));
        table.setPrefSize(700, 320);
        Label where = new Label("Folder: " + folder);
        where.getStyleClass().add(Styles.MUTED);
        Button restoreButton = new Button("Restore selected…");
        restoreButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            BackupInfo selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.sound();
        }, table.getSelectionModel().selectedItemProperty()));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.throughline.ui.Dialogs.fitInside(dialog, owner);
        dialog.setTitle("Backups");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(new VBox(10, table, new HBox(10, restoreButton, where)));
        restoreButton.setOnAction(e -> {
            BackupInfo chosen = table.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    "Replace the workspace with the backup from " + when.apply(chosen.takenAt()) + " (" + chosen.counts()
                            + ")?\n\nThe current file is kept aside, not deleted. Undo history is cleared.",
                    ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(owner);
            confirm.setHeaderText("Restore this backup?");
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
                dialog.close();
                restore.accept(chosen);
            });
        });
        dialog.show();
    }

    private static TableColumn<BackupInfo, String> column(String title, Function<BackupInfo, String> value, double width) {
        TableColumn<BackupInfo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
