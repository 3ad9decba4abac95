package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.ui.Failures;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Add, rename and delete a program's workstreams (the timeline's lanes, the RACI's row groups). */
final class WorkstreamsDialog {

    private WorkstreamsDialog() {
    }

    static void show(Window owner, Session session, long programId, ObservableList<Workstream> workstreams) {
        ListView<Workstream> list = new ListView<>(workstreams);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Workstream w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : w.name());
            }
        });
        list.setPrefSize(360, 220);
        TextField name = new TextField();
        name.setPromptText("Workstream name");
        Label error = new Label();
        error.getStyleClass().add("tl-field-error");
        error.setWrapText(true);
        MilestoneService service = session.workspace().milestones();
        Button add = new Button("Add");
        add.setOnAction(e -> session.background().run("Saving…", () -> service.addWorkstream(programId, name.getText()),
                w -> {
                    name.clear();
                    error.setText("");
                }, failure -> error.setText(Failures.message(failure))));
        name.setOnAction(e -> {
            add.fire();
            e.consume();
        });
        name.setId("workstream-name");
        Button rename = new Button("Rename");
        rename.setOnAction(e -> {
            Workstream w = list.getSelectionModel().getSelectedItem();
            session.background().run("Saving…", () -> service.renameWorkstream(w.id(), name.getText()),
                    () -> error.setText(""), failure -> error.setText(Failures.message(failure)));
        });
        Button delete = new Button("Delete");
        delete.setOnAction(e -> {
            Workstream w = list.getSelectionModel().getSelectedItem();
            session.background().run("Saving…", () -> service.deleteWorkstream(w.id()),
                    () -> error.setText(""), failure -> error.setText(Failures.message(failure)));
        });
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                name.setText(now.name());
            }
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dev.throughline.ui.Dialogs.fitInside(dialog, owner);
        dialog.setTitle("Workstreams");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(new VBox(8, list, new HBox(8, name, add, rename, delete), error));
        dialog.show();
    }
}
