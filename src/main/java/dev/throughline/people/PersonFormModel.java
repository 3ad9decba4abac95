package dev.throughline.people;

import dev.throughline.validation.Problems;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The person form's state and its live validation; no controls here. */
public final class PersonFormModel {

    final StringProperty name = new SimpleStringProperty();
    final StringProperty role = new SimpleStringProperty();
    final ObjectProperty<Function> function = new SimpleObjectProperty<>();
    final StringProperty email = new SimpleStringProperty();
    final StringProperty slack = new SimpleStringProperty();
    final StringProperty gitlab = new SimpleStringProperty();
    final StringProperty zone = new SimpleStringProperty();
    final StringProperty workStart = new SimpleStringProperty();
    final StringProperty workEnd = new SimpleStringProperty();
    private final ObjectBinding<Problems> problems;
    private final BooleanBinding invalid;

    public PersonFormModel(PersonInput initial, Set<String> emailsInUse) {
        name.set(initial.name());
        role.set(initial.role());
        function.set(initial.function());
        email.set(initial.email());
        slack.set(initial.slack());
        gitlab.set(initial.gitlab());
        zone.set(initial.zone());
        workStart.set(initial.workStart());
        workEnd.set(initial.workEnd());
        problems = Bindings.createObjectBinding(() -> PersonValidator.check(input(), emailsInUse),
                name, role, function, email, slack, gitlab, zone, workStart, workEnd);
        invalid = Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems);
    }

    public PersonInput input() {
        return new PersonInput(name.get(), role.get(), function.get(), email.get(), slack.get(), gitlab.get(),
                zone.get(), workStart.get(), workEnd.get());
    }

    public ObjectBinding<Problems> problems() {
        return problems;
    }

    public BooleanBinding invalid() {
        return invalid;
    }
}
