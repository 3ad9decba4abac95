package dev.throughline.program;

import dev.throughline.people.Person;
import dev.throughline.validation.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The program form's state and live validation; no controls here. */
public final class ProgramFormModel {

    /** What the form needs from the store, loaded in the background before it opens. */
    public record Data(List<Person> people, Set<String> keysInUse) {
    }

    final StringProperty key = new SimpleStringProperty();
    final StringProperty name = new SimpleStringProperty();
    final StringProperty objective = new SimpleStringProperty();
    final ObjectProperty<ProgramStatus> status = new SimpleObjectProperty<>();
    final ObjectProperty<Health> health = new SimpleObjectProperty<>();
    final StringProperty healthReason = new SimpleStringProperty();
    final ObjectProperty<Person> tpgm = new SimpleObjectProperty<>();
    final ObjectProperty<Person> sponsor = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> target = new SimpleObjectProperty<>();
    final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
    final StringProperty channel = new SimpleStringProperty();
    final StringProperty links = new SimpleStringProperty();
    final List<Person> people;
    private final ObjectBinding<Problems> problems;
    private final BooleanBinding invalid;

    public ProgramFormModel(ProgramInput initial, Data data) {
        this.people = data.people();
        key.set(initial.key());
        name.set(initial.name());
        objective.set(initial.objective());
        status.set(initial.status());
        health.set(initial.health());
        healthReason.set(initial.healthReason());
        tpgm.set(person(initial.tpgmId()));
        sponsor.set(person(initial.sponsorId()));
        start.set(initial.start());
        target.set(initial.target());
        priority.set(initial.priority());
        channel.set(initial.channel());
        links.set(initial.links());
        Set<Long> ids = people.stream().map(Person::id).collect(Collectors.toSet());
        problems = Bindings.createObjectBinding(() -> ProgramValidator.check(input(), data.keysInUse(), ids),
                key, name, objective, status, health, healthReason, tpgm, sponsor, start, target, priority, channel, links);
        invalid = Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems);
    }

    public ProgramInput input() {
        return new ProgramInput(key.get(), name.get(), objective.get(), status.get(), health.get(), healthReason.get(),
                tpgm.get() == null ? null : tpgm.get().id(), sponsor.get() == null ? null : sponsor.get().id(),
                start.get(), target.get(), priority.get(), channel.get(), links.get());
    }

    public ObjectBinding<Problems> problems() {
        return problems;
    }

    public BooleanBinding invalid() {
        return invalid;
    }

    private Person person(Long id) {
        return id == null ? null : people.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }
}
