package dev.throughline.program;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.people.PersonPicker;
import dev.throughline.ui.DateDisplay;
import dev.throughline.ui.DateField;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.validation.Problems;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Create or edit a program, validated as you type. */
final class ProgramFormDialog {

    private ProgramFormDialog() {
    }

    static void open(Window owner, Session session, Program existing, Consumer<Program> onSaved) {
        long exceptId = existing == null ? 0 : existing.id();
        ProgramService programs = session.workspace().programs();
        var people = session.workspace().people();
        session.load("Opening form…",
                () -> new ProgramFormModel.Data(people.all(), programs.keysInUse(exceptId), people.me(),
                        existing == null ? null : programs.health(existing.id())),
                data -> show(owner, session, existing, data, onSaved));
    }

    private static void show(Window owner, Session session, Program existing, ProgramFormModel.Data data,
                             Consumer<Program> onSaved) {
        ProgramFormModel model = new ProgramFormModel(ProgramFormModel.initial(existing, data), data);
        DateField start = date("program-start", session.dates(), model.start);
        DateField target = date("program-target", session.dates(), model.target);
        ObjectBinding<Problems> problems = DateField.withTypingErrors(model.problems(),
                Map.of(ProgramValidator.START, start, ProgramValidator.TARGET, target));
        FormGrid form = new FormGrid(problems);

        TextField key = form.add("Key", text("program-key", model.key), ProgramValidator.KEY);
        key.setPromptText("CHK-12");
        form.add("Name", text("program-name", model.name), ProgramValidator.NAME).setPromptText("Checkout redesign");
        TextArea objective = new TextArea();
        objective.setId("program-objective");
        objective.setPrefRowCount(2);
        objective.setWrapText(true);
        objective.textProperty().bindBidirectional(model.objective);
        form.add("Objective", objective, null);
        form.add("Status", choice("program-status", ProgramStatus.values(), model.status), ProgramValidator.STATUS);
        form.add("Health", choice("program-health", Health.values(), model.health), ProgramValidator.HEALTH);
        form.add("Health reason", text("program-health-reason", model.healthReason), ProgramValidator.HEALTH_REASON)
                .setPromptText("Why it is at risk or off track");
        form.add("TPgM", personChoice("program-tpgm", session, model, model.tpgm), ProgramValidator.TPGM);
        form.add("Sponsor", personChoice("program-sponsor", session, model, model.sponsor), ProgramValidator.SPONSOR);
        form.add("Start", start, ProgramValidator.START);
        form.add("Target", target, ProgramValidator.TARGET);
        form.add("Priority", choice("program-priority", Priority.values(), model.priority), null);
        form.add("Channel", text("program-channel", model.channel), ProgramValidator.CHANNEL).setPromptText("#chk-redesign");
        TextArea links = new TextArea();
        links.setId("program-links");
        links.setPrefRowCount(2);
        links.setPromptText("One link per line: epic, doc, dashboard");
        links.textProperty().bindBidirectional(model.links);
        form.add("Links", links, ProgramValidator.LINKS);

        ProgramService programs = session.workspace().programs();
        String title = existing == null ? "New program" : "Edit " + existing.key();
        new FormDialog<>(owner, title, existing == null ? "Create" : "Save", form,
                Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> existing == null ? programs.create(model.input()) : programs.update(existing.id(), model.input()),
                saved -> {
                    session.status().info((existing == null ? "Created " : "Saved ") + saved.key() + " " + saved.name());
                    onSaved.accept(saved);
                }).show();
        key.requestFocus();
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static <E> ComboBox<E> choice(String id, E[] values, ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private static PersonPicker personChoice(String id, Session session, ProgramFormModel model,
                                             ObjectProperty<Person> property) {
        PersonPicker picker = new PersonPicker(session, model.people);
        picker.setId(id);
        picker.choose(property.get());
        picker.chosenProperty().addListener((obs, old, now) -> property.set(now));
        return picker;
    }

    private static DateField date(String id, DateDisplay dates, ObjectProperty<java.time.LocalDate> property) {
        DateField field = new DateField(dates, property.get());
        field.setId(id);
        field.valueProperty().bindBidirectional(property);
        return field;
    }
}
