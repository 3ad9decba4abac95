package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.ui.DateField;
import dev.throughline.people.PersonPicker;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.validation.Problems;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Record or edit a decision (and what it supersedes), or add or edit an action item. */
final class DecisionFormDialog {

    private DecisionFormDialog() {
    }

    /** {@code existing} null: a new decision, superseding {@code supersedes} when that is not null. */
    static void decision(Window owner, Session session, long programId, Decision existing, Decision supersedes,
                         List<Decision> earlier) {
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("decision-title");
        title.setPromptText("What was decided");
        TextArea rationale = new TextArea(existing == null ? "" : existing.rationale());
        rationale.setId("decision-rationale");
        rationale.setPrefRowCount(3);
        rationale.setWrapText(true);
        DateField date = new DateField(session.dates(), existing == null ? session.dates().today() : existing.decidedOn());
        date.setId("decision-date");
        ComboBox<DecisionStatus> status = new ComboBox<>(FXCollections.observableArrayList(DecisionStatus.values()));
        status.setId("decision-status");
        status.setValue(existing == null ? DecisionStatus.DECIDED : existing.status());
        status.setConverter(converter(DecisionStatus::label));
        ComboBox<Decision> replaces = new ComboBox<>(FXCollections.observableArrayList(earlier.stream()
                .filter(d -> existing == null || d.id() != existing.id()).toList()));
        replaces.getItems().add(0, null);
        replaces.setId("decision-supersedes");
        replaces.setConverter(converter(d -> session.dates().format(d.decidedOn()) + " " + d.title()));
        Long current = existing != null ? existing.supersedesId() : supersedes == null ? null : supersedes.id();
        replaces.setValue(replaces.getItems().stream().filter(d -> d != null && current != null && d.id() == current)
                .findFirst().orElse(null));
        ObjectBinding<DecisionInput> input = Bindings.createObjectBinding(() -> new DecisionInput(title.getText(),
                        rationale.getText(), date.getValue(), status.getValue(),
                        replaces.getValue() == null ? null : replaces.getValue().id()),
                title.textProperty(), rationale.textProperty(), date.valueProperty(), status.valueProperty(),
                replaces.valueProperty());
        ObjectBinding<Problems> problems = DateField.withTypingErrors(Bindings.createObjectBinding(() -> input.get().check(),
                input), Map.of(DecisionInput.DATE, date));
        FormGrid form = new FormGrid(problems);
        form.add("Decision", title, DecisionInput.TITLE);
        form.add("Rationale", rationale, null);
        form.add("Date", date, DecisionInput.DATE);
        form.add("Status", status, null);
        form.add("Supersedes", replaces, null);
        DecisionLogService log = session.workspace().decisionLog();
        new FormDialog<>(owner, existing == null ? (supersedes == null ? "Record decision" : "Supersede decision")
                : "Edit decision", existing == null ? "Record" : "Save", form,
                Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> existing == null ? log.decide(programId, null, input.get()) : log.updateDecision(existing.id(), input.get()),
                d -> session.status().info("Decision saved: " + d.title() + " (Undo with Ctrl+Z)")).show();
        title.requestFocus();
    }

    static void action(Window owner, Session session, long programId, ActionItem existing, List<Person> people) {
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("action-title");
        title.setPromptText("What is to be done");
        PersonPicker who = PersonPicker.of(session, people);
        who.setId("action-owner");
        who.chooseId(existing == null ? null : existing.ownerId());
        DateField due = new DateField(session.dates(), existing == null ? session.dates().today().plusDays(7) : existing.due());
        due.setId("action-due");
        ObjectBinding<ActionInput> input = Bindings.createObjectBinding(() -> new ActionInput(title.getText(),
                who.chosen() == null ? null : who.chosen().id(), due.getValue()), title.textProperty(),
                who.chosenProperty(), due.valueProperty());
        ObjectBinding<Problems> problems = DateField.withTypingErrors(Bindings.createObjectBinding(() -> input.get().check(),
                input), Map.of(ActionInput.DUE, due));
        FormGrid form = new FormGrid(problems);
        form.add("Action", title, ActionInput.TITLE);
        form.add("Owner", who, null);
        form.add("Due", due, ActionInput.DUE);
        DecisionLogService log = session.workspace().decisionLog();
        new FormDialog<>(owner, existing == null ? "Add action item" : "Edit action item", existing == null ? "Add" : "Save",
                form, Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> existing == null ? log.addAction(programId, null, input.get()) : log.updateAction(existing.id(), input.get()),
                a -> session.status().info("Action saved: " + a.title() + " (Undo with Ctrl+Z)")).show();
        title.requestFocus();
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "—" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
