package dev.throughline.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A form in a dialog that saves in the background: Save is disabled while the form is invalid; a
 * failed save (disk full, a rule only the store knows) keeps the dialog and every typed value open
 * and says why at the top.
 */
public final class FormDialog<T> {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label banner = new Label();
    private final ButtonType save;

    public FormDialog(Window owner, String title, String saveLabel, Node form, ObservableBooleanValue invalid,
                      BackgroundWork background, Callable<T> saveWork, Consumer<T> onSaved) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        save = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        banner.getStyleClass().add(Styles.BANNER_ERROR);
        banner.setWrapText(true);
        banner.setId("form-banner");
        banner.setManaged(false);
        banner.setVisible(false);
        VBox content = new VBox(10, banner, form);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("form-save");
        saveButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                invalid::get, invalid).or(background.busyProperty()));
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            background.run("Saving…", saveWork, result -> {
                dialog.setResult(save);
                dialog.close();
                onSaved.accept(result);
            }, failure -> showError(Failures.message(failure)));
        });
    }

    private void showError(String message) {
        banner.setText(message);
        banner.setManaged(true);
        banner.setVisible(true);
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    public void show() {
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
