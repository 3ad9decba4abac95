package dev.throughline.people;

import dev.throughline.app.Session;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Add or edit a person. Opened after the emails in use were loaded in the background. */
final class PersonFormDialog {

    private PersonFormDialog() {
    }

    static void show(Window owner, Session session, Person existing, Set<String> emailsInUse) {
        show(owner, session, existing, existing == null ? PersonInput.blank() : PersonInput.of(existing), emailsInUse,
                saved -> { });
    }

    /** Opens the form filled with {@code initial}; {@code onSaved} gets the person once stored. */
    static void show(Window owner, Session session, Person existing, PersonInput initial, Set<String> emailsInUse,
                     java.util.function.Consumer<Person> onSaved) {
        PersonFormModel model = new PersonFormModel(initial, emailsInUse);
        FormGrid form = new FormGrid(model.problems());

        TextField name = form.add("Name", text("person-name", model.name), PersonValidator.NAME);
        name.setPromptText("Maya Okafor");
        form.add("Role", text("person-role", model.role), null).setPromptText("Senior TPgM");
        ComboBox<Function> function = new ComboBox<>(FXCollections.observableArrayList(Function.values()));
        function.setId("person-function");
        function.valueProperty().bindBidirectional(model.function);
        form.add("Function", function, PersonValidator.FUNCTION);
        form.add("Email", text("person-email", model.email), PersonValidator.EMAIL).setPromptText("name@example.com");
        form.add("Slack", text("person-slack", model.slack), PersonValidator.SLACK).setPromptText("@handle");
        form.add("GitLab", text("person-gitlab", model.gitlab), null);
        addZoneAndHours(form, model, "person");

        PeopleService people = session.workspace().people();
        String title = existing == null ? "Add person" : "Edit " + existing.name();
        new FormDialog<>(owner, title, existing == null ? "Add" : "Save", form, model.invalid(), session.background(),
                () -> existing == null ? people.create(model.input()) : people.update(existing.id(), model.input()),
                saved -> {
                    session.status().info((existing == null ? "Added " : "Saved ") + saved.name());
                    onSaved.accept(saved);
                }).show();
        name.requestFocus();
        name.end();
    }

    /** The time zone (typed or picked) and working hours rows, shared with the first-run form; ids start with {@code idPrefix}. */
    static void addZoneAndHours(FormGrid form, PersonFormModel model, String idPrefix) {
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(new TreeSet<>(ZoneId.getAvailableZoneIds())));
        zone.setId(idPrefix + "-zone");
        zone.setEditable(true);
        zone.getEditor().textProperty().bindBidirectional(model.zone);
        zone.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.zone.set(now);
            }
        });
        form.add("Time zone", zone, PersonValidator.ZONE);
        form.add("Works from", text(idPrefix + "-work-start", model.workStart), PersonValidator.WORK_START).setPromptText("08:00");
        form.add("Works until", text(idPrefix + "-work-end", model.workEnd), PersonValidator.WORK_END).setPromptText("16:00");
    }

    static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
