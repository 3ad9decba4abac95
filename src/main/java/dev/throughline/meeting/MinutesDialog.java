package dev.throughline.meeting;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Shows a sync's minutes (Markdown) with Copy and Save .md. */
final class MinutesDialog {

    private MinutesDialog() {
    }

    static void show(Window owner, dev.throughline.app.Session session, String name, String minutes) {
        TextArea text = new TextArea(minutes);
        text.setId("minutes-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 520);
        ButtonType copy = new ButtonType("Copy Markdown", ButtonBar.ButtonData.LEFT);
        ButtonType save = new ButtonType("Save .md…", ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", copy, save, ButtonType.CLOSE);
        alert.initOwner(owner);
        dev.throughline.ui.Dialogs.fitInside(alert, owner);
        alert.setTitle("Minutes");
        alert.setHeaderText("Minutes of " + name);
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(minutes);
            Clipboard.getSystemClipboard().setContent(content);
        });
        alert.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(name.replaceAll("[^A-Za-z0-9-]+", "-") + "-minutes.md");
            File file = chooser.showSaveDialog(alert.getDialogPane().getScene().getWindow());
            if (file != null) {
                session.edit("Saved the minutes to " + file, () -> session.chosenOutput(file.toPath()).writeText(minutes));
            }
        });
        alert.show();
    }
}
