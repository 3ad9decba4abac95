package dev.throughline.people;

import dev.throughline.app.Session;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The directory list, filtered by a search text, refreshed from change events. */
public final class PeopleViewModel {

    private final Session session;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<Person> visible = new FilteredList<>(people);
    final StringProperty search = new SimpleStringProperty("");
    private Subscription subscription = Subscription.NONE;

    public PeopleViewModel(Session session) {
        this.session = session;
        search.addListener((obs, old, now) -> visible.setPredicate(p -> matches(p, now)));
    }

    public void activate() {
        subscription = session.onChanges(e -> e.entity() == EntityChanged.Entity.PERSON, this::reload);
        reload();
    }

    public void deactivate() {
        subscription.cancel();
    }

    public void reload() {
        session.load("Loading people…", session.workspace().people()::all, loaded -> {
            if (!people.equals(loaded)) {
                people.setAll(loaded);
            }
        });
    }

    public ObservableList<Person> visible() {
        return visible;
    }

    public void delete(Person person) {
        session.edit("Deleted " + person.name() + " (Undo with Ctrl+Z)", () -> session.workspace().people().delete(person.id()));
    }

    static boolean matches(Person p, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return (p.name() + " " + p.role() + " " + p.function().label() + " " + p.email() + " " + p.slack() + " "
                + p.zone().getId()).toLowerCase(Locale.ROOT).contains(needle);
    }
}
