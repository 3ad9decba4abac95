package dev.throughline.risk;

import dev.throughline.app.Session;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** Every recorded change of an item (and of the risk an issue was realised from). */
final class RaidHistoryDialog {


    private RaidHistoryDialog() {
    }

    static void show(Window owner, Session session, RaidRow row) {
        if (row == null) {
            return;
        }
        session.load("Reading history…", () -> session.workspace().risks().history(row.item().id()), entries -> {
            TableView<RaidHistoryEntry> table = new TableView<>();
            table.setId("raid-history");
            table.getItems().setAll(entries);
            table.getColumns().add(column("When", e -> session.dates().format(
                    java.time.LocalDateTime.ofInstant(e.at(), ZoneId.systemDefault())), 130));
            table.getColumns().add(column("Item", e -> "#" + e.raidId(), 60));
            table.getColumns().add(column("Field", RaidHistoryEntry::field, 120));
            table.getColumns().add(column("Was", RaidHistoryEntry::oldValue, 200));
            table.getColumns().add(column("Now", RaidHistoryEntry::newValue, 260));
            table.setPlaceholder(new Label("No recorded changes."));
            table.setPrefSize(800, 360);
            Alert alert = new Alert(Alert.AlertType.NONE, "", javafx.scene.control.ButtonType.CLOSE);
            alert.initOwner(owner);
            dev.throughline.ui.Dialogs.fitInside(alert, owner);
            alert.setTitle("History of " + row.item().ref());
            alert.setHeaderText(row.item().ref() + "  " + row.item().title());
            alert.getDialogPane().setContent(table);
            alert.setResizable(true);
            alert.show();
        });
    }

    private static TableColumn<RaidHistoryEntry, String> column(String title,
                                                                java.util.function.Function<RaidHistoryEntry, String> value,
                                                                double width) {
        TableColumn<RaidHistoryEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
