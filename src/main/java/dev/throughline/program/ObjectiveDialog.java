package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.validation.Problems;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Add or edit one objective of a program. */
final class ObjectiveDialog {

    private ObjectiveDialog() {
    }

    static void show(Window owner, Session session, long programId, Objective existing) {
        TextField text = field("objective-text", existing == null ? "" : existing.text(), "Raise checkout conversion");
        TextField measure = field("objective-measure", existing == null ? "" : existing.measure(), "conversion rate %");
        TextField target = field("objective-target", existing == null ? "" : existing.target(), "4.1");
        TextField current = field("objective-current", existing == null ? "" : existing.current(), "3.6");
        ObjectBinding<ObjectiveInput> input = Bindings.createObjectBinding(
                () -> new ObjectiveInput(text.getText(), measure.getText(), target.getText(), current.getText()),
                text.textProperty(), measure.textProperty(), target.textProperty(), current.textProperty());
        ObjectBinding<Problems> problems = Bindings.createObjectBinding(() -> input.get().check(), input);
        FormGrid form = new FormGrid(problems);
        form.add("Objective", text, ObjectiveInput.TEXT);
        form.add("Measure", measure, null);
        form.add("Target", target, null);
        form.add("Current", current, null);
        ProgramService programs = session.workspace().programs();
        new FormDialog<>(owner, existing == null ? "Add objective" : "Edit objective", existing == null ? "Add" : "Save",
                form, Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> {
                    if (existing == null) {
                        programs.addObjective(programId, input.get());
                    } else {
                        programs.updateObjective(existing.id(), input.get());
                    }
                    return input.get();
                },
                saved -> session.status().info("Saved objective “" + saved.text().strip() + "”")).show();
        text.requestFocus();
    }

    private static TextField field(String id, String value, String prompt) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}
