package dev.throughline.ui;

import java.util.ArrayList;
import java.util.List;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A form in a dialog that saves in the background. The form scrolls when the window is too small for
 * it; Save with problems left shows them all and saves nothing; a failed save (disk full, a rule only the store knows) keeps the dialog and every typed value open
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
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "tl-form-scroll");
        VBox content = new VBox(10, banner, scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        Dialogs.fitInside(dialog, owner);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("form-save");
        // Save stays clickable while the form has problems: pressing it shows them all (untouched fields
        // included) and saves nothing.
        saveButton.disableProperty().bind(background.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (invalid.get()) {
                refuse(form);
                return;
            }
            hideError();
            background.run("Saving…", saveWork, result -> {
                dialog.setResult(save);
                dialog.close();
                onSaved.accept(result);
            }, failure -> showError(Failures.message(failure)));
        });
    }

    private void refuse(Node form) {
        List<String> unshown = new ArrayList<>();
        for (Node node : form.lookupAll("." + Styles.FORM)) {
            if (node instanceof FormGrid grid) {
                grid.revealAll();
                unshown.addAll(grid.problemsNotShown());
            }
        }
        // Each shown problem sits under its field (the first one has the focus); only the rest need the banner.
        if (!unshown.isEmpty()) {
            showError(String.join(" ", unshown));
        }
    }

    private void hideError() {
        banner.setManaged(false);
        banner.setVisible(false);
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
