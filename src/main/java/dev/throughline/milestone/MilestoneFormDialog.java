package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.ui.DateField;
import dev.throughline.people.PersonPicker;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Add or edit a milestone; saving a moved date moves its dependents too (one undo step). */
final class MilestoneFormDialog {

    private MilestoneFormDialog() {
    }

    static void show(Window owner, Session session, long programId, Milestone existing, List<Workstream> workstreams,
                     List<Person> people, List<String> dependencies) {
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("milestone-title");
        title.setPromptText("Beta to 5% of traffic");
        ComboBox<Workstream> workstream = choice("milestone-workstream", workstreams, Workstream::name);
        PersonPicker ownerBox = PersonPicker.of(session, people);
        ownerBox.setId("milestone-owner");
        ComboBox<MilestoneStatus> status = new ComboBox<>(FXCollections.observableArrayList(MilestoneStatus.values()));
        status.setId("milestone-status");
        DateField start = date("milestone-start", session);
        DateField baseline = date("milestone-baseline", session);
        DateField forecast = date("milestone-forecast", session);
        DateField actual = date("milestone-actual", session);
        DateField deadline = date("milestone-deadline", session);
        TextArea notes = new TextArea(existing == null ? "" : existing.notes());
        notes.setId("milestone-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        if (existing != null) {
            workstream.setValue(workstreams.stream().filter(w -> existing.workstreamId() != null
                    && w.id() == existing.workstreamId()).findFirst().orElse(null));
            ownerBox.chooseId(existing.ownerId());
            status.setValue(existing.status());
            start.setValue(existing.start());
            baseline.setValue(existing.baseline());
            forecast.setValue(existing.forecast());
            actual.setValue(existing.actual());
            deadline.setValue(existing.deadline());
        } else {
            status.setValue(MilestoneStatus.PLANNED);
            workstream.setValue(workstreams.isEmpty() ? null : workstreams.get(0));
        }
        ObjectBinding<MilestoneInput> input = Bindings.createObjectBinding(() -> new MilestoneInput(title.getText(),
                        workstream.getValue() == null ? null : workstream.getValue().id(),
                        ownerBox.chosen() == null ? null : ownerBox.chosen().id(), start.getValue(), baseline.getValue(),
                        forecast.getValue(), actual.getValue(), deadline.getValue(), status.getValue(), notes.getText()),
                title.textProperty(), workstream.valueProperty(), ownerBox.chosenProperty(), status.valueProperty(),
                start.valueProperty(), baseline.valueProperty(), forecast.valueProperty(), actual.valueProperty(),
                deadline.valueProperty(), notes.textProperty());
        ObjectBinding<Problems> problems = DateField.withTypingErrors(Bindings.createObjectBinding(() -> input.get().check(),
                input), Map.of(MilestoneInput.START, start, MilestoneInput.BASELINE, baseline, MilestoneInput.FORECAST,
                forecast, MilestoneInput.ACTUAL, actual, MilestoneInput.DEADLINE, deadline));
        FormGrid form = new FormGrid(problems);
        form.add("Title", title, MilestoneInput.TITLE);
        form.add("Workstream", workstream, null);
        form.add("Owner", ownerBox, null);
        form.add("Status", status, MilestoneInput.STATUS);
        form.add("Work starts", start, MilestoneInput.START);
        form.add("Forecast", forecast, MilestoneInput.FORECAST);
        form.add("Baseline", baseline, MilestoneInput.BASELINE);
        form.add("Deadline", deadline, MilestoneInput.DEADLINE);
        form.add("Actual", actual, MilestoneInput.ACTUAL);
        form.add("Notes", notes, null);
        if (!dependencies.isEmpty()) {
            form.add("Dependencies", dependencyList(dependencies), null);
        }
        MilestoneService service = session.workspace().milestones();
        new FormDialog<>(owner, existing == null ? "Add milestone" : "Edit " + existing.title(),
                existing == null ? "Add" : "Save", form, Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems),
                session.background(), () -> existing == null ? (createAndCount(service, programId, input.get()))
                        : service.update(existing.id(), input.get()),
                moved -> session.status().info(existing == null ? "Added " + input.get().title().strip()
                        : "Saved " + input.get().title().strip() + (moved > 1 ? "; " + (moved - 1) + " dependent(s) moved" : ""))).show();
        title.requestFocus();
    }

    /** What this milestone waits on and blocks, named as everywhere else ("waits on SSO-7 · … (FS +2d)"). */
    private static javafx.scene.control.Label dependencyList(List<String> lines) {
        javafx.scene.control.Label list = new javafx.scene.control.Label(String.join("\n", lines));
        list.setId("milestone-form-dependencies");
        list.setWrapText(true);
        return list;
    }

    private static int createAndCount(MilestoneService service, long programId, MilestoneInput input) {
        service.create(programId, input);
        return 1;
    }

    private static DateField date(String id, Session session) {
        DateField field = new DateField(session.dates());
        field.setId(id);
        return field;
    }

    static <T> ComboBox<T> choice(String id, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setId(id);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "—" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        return box;
    }
}
