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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The program form's state and live validation; no controls here. */
public final class ProgramFormModel {

    /** What the form needs from the store, loaded in the background before it opens. */
    public record Data(List<Person> people, Set<String> keysInUse, java.util.Optional<Person> me,
                       ProgramHealth currentHealth) {
    }

    /**
     * What the form starts from: a new program led by "me"; an existing one with its one current health
     * (so saving without touching health keeps the snapshot's).
     */
    public static ProgramInput initial(Program existing, Data data) {
        if (existing == null) {
            ProgramInput blank = ProgramInput.blank();
            return new ProgramInput(blank.key(), blank.name(), blank.objective(), blank.status(), blank.health(),
                    blank.healthReason(), data.me().map(Person::id).orElse(null), blank.sponsorId(), blank.start(),
                    blank.target(), blank.priority(), blank.channel(), blank.links());
        }
        ProgramInput stored = ProgramInput.of(existing);
        ProgramHealth health = data.currentHealth();
        return health == null ? stored : new ProgramInput(stored.key(), stored.name(), stored.objective(), stored.status(),
                health.health(), health.reason(), stored.tpgmId(), stored.sponsorId(), stored.start(), stored.target(),
                stored.priority(), stored.channel(), stored.links());
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
    /** The directory; a person added from a picker of the form joins it. */
    final ObservableList<Person> people;
    private final ObjectBinding<Problems> problems;
    private final BooleanBinding invalid;

    public ProgramFormModel(ProgramInput initial, Data data) {
        this.people = FXCollections.observableArrayList(data.people());
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
        problems = Bindings.createObjectBinding(() -> ProgramValidator.check(input(), data.keysInUse(),
                        people.stream().map(Person::id).collect(Collectors.toSet())),
                key, name, objective, status, health, healthReason, tpgm, sponsor, start, target, priority, channel, links,
                people);
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
