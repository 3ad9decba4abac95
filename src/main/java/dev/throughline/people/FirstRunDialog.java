package dev.throughline.people;

import dev.throughline.app.Session;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * First start on an empty workspace: who is the user? They become the first person of the directory and
 * "me" (the default TPgM of new programs). Or they explore the sample portfolio instead (decision 0053).
 */
public final class FirstRunDialog {

    private FirstRunDialog() {
    }

    /** Asks who the user is when the workspace is empty and nobody is "me" yet; does nothing otherwise. */
    public static void offer(Window owner, Session session) {
        session.load("Opening workspace…", session.workspace().people()::isFirstStart, first -> {
            if (first) {
                show(owner, session);
            }
        });
    }

    static void show(Window owner, Session session) {
        PersonInput blank = PersonInput.blank();
        PersonInput initial = new PersonInput("", "TPgM", Function.PM, "", "", "",
                java.time.ZoneId.systemDefault().getId(), blank.workStart(), blank.workEnd());
        PersonFormModel model = new PersonFormModel(initial, Set.of());
        FormGrid form = new FormGrid(model.problems());
        TextField name = form.add("Your name", text("me-name", model.name), PersonValidator.NAME);
        name.setPromptText("Maya Okafor");
        form.add("Email", text("me-email", model.email), PersonValidator.EMAIL).setPromptText("name@example.com");
        PersonFormDialog.addZoneAndHours(form, model, "me");

        Label intro = new Label("Throughline keeps your programs, their people and plans in this workspace. Who are"
                + " you? You become the first person of the directory and the TPgM of the programs you create.");
        intro.setWrapText(true);
        intro.setId("first-run-intro");
        Hyperlink sample = new Hyperlink("Explore the sample portfolio instead (you play its TPgM, Maya Okafor)");
        sample.setId("first-run-sample");
        VBox content = new VBox(12, intro, form, sample);

        PeopleService people = session.workspace().people();
        FormDialog<Person> dialog = new FormDialog<>(owner, "Welcome to Throughline", "Start", content, model.invalid(),
                session.background(), () -> people.createMe(model.input()),
                me -> session.status().info("Welcome, " + me.name() + ". Create your first program with Ctrl+N."));
        sample.setOnAction(e -> {
            dialog.dialog().close();
            session.edit("Loaded the sample portfolio (Undo with Ctrl+Z)", () -> session.workspace().sample().load());
        });
        dialog.dialog().getDialogPane().setId("first-run");
        dialog.show();
        name.requestFocus();
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        return PersonFormDialog.text(id, property);
    }
}
