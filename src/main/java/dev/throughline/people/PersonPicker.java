package dev.throughline.people;

import dev.throughline.app.Session;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * The one person picker of every form: type part of a name (a first name is enough) and the list narrows;
 * the last entry, "Add person “Dana”…", opens the person form filled with what was typed and picks the
 * new person. {@link #chosenProperty()} is the person the text names now, even before Enter.
 */
public final class PersonPicker extends ComboBox<Person> {

    /** The "Add person…" entry at the end of the list; never stored. */
    private static final Person ADD = new Person(-1, "", "", Function.PM, "", "", "", ZoneOffset.UTC, LocalTime.MIN,
            LocalTime.MAX);

    private final Session session;
    private final ObservableList<Person> directory;
    private final ObservableList<Person> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Person> chosen = new ReadOnlyObjectWrapper<>();
    private String typed = "";
    private boolean quiet;

    /**
     * @param directory the people to choose from; pickers of one form share it, so a person added in one
     *                  is offered by the others
     */
    public PersonPicker(Session session, ObservableList<Person> directory) {
        this.session = session;
        this.directory = directory;
        getStyleClass().add("tl-person-picker");
        setEditable(true);
        setItems(choices);
        setVisibleRowCount(8);
        setPromptText("Type a name or choose…");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Person p) {
                return p == null ? "" : p == ADD ? typed : p.name();
            }

            @Override
            public Person fromString(String text) {
                return resolve(directory, text).orElse(null);
            }
        });
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("tl-person-add");
                if (empty || p == null) {
                    setText(null);
                } else if (p == ADD) {
                    setText(addLabel());
                    getStyleClass().add("tl-person-add");
                } else {
                    setText(p.name() + (p.role().isBlank() ? "" : " · " + p.role()));
                }
            }
        });
        getEditor().textProperty().addListener((obs, old, text) -> {
            if (!quiet) {
                typed(text == null ? "" : text);
            }
        });
        valueProperty().addListener((obs, old, now) -> {
            if (now == ADD) {
                String name = typed;
                Platform.runLater(() -> choose(old));
                addPerson(name);
            } else if (!quiet && now != null) {
                chosen.set(now);
            }
        });
        // A click into the field opens the list, as it does on a plain choice box.
        getEditor().setOnMouseClicked(e -> {
            if (!isShowing()) {
                show();
            }
        });
        directory.addListener((ListChangeListener<Person>) c -> refreshChoices(typed));
        refreshChoices("");
    }

    /** A picker over its own copy of {@code people}. */
    public static PersonPicker of(Session session, List<Person> people) {
        return new PersonPicker(session, FXCollections.observableArrayList(people));
    }

    /** The person the picker names now: the one chosen, or the one the typed text names unambiguously. */
    public ReadOnlyObjectProperty<Person> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public Person chosen() {
        return chosen.get();
    }

    /** What the field shows, as typed. */
    public String text() {
        return getEditor().getText() == null ? "" : getEditor().getText();
    }

    /** Shows {@code person} (or nobody) as chosen. */
    public void choose(Person person) {
        quiet = true;
        try {
            setValue(person);
            getEditor().setText(person == null ? "" : person.name());
            typed = "";
            refreshChoices("");
        } finally {
            quiet = false;
        }
        chosen.set(person);
    }

    /** Shows the person with this id, if the directory has them. */
    public void chooseId(Long personId) {
        choose(personId == null ? null : directory.stream().filter(p -> p.id() == personId).findFirst().orElse(null));
    }

    public ObservableList<Person> directory() {
        return directory;
    }

    /**
     * The person {@code text} names: the exact name (any case), else the only person whose name or one of
     * whose names starts with it, else the only one whose name contains it.
     */
    public static Optional<Person> resolve(List<Person> people, String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> exact = people.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(needle)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Person> starting = people.stream().filter(p -> startsAWord(p.name(), needle)).toList();
        if (starting.size() == 1) {
            return Optional.of(starting.get(0));
        }
        List<Person> containing = people.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    private static boolean startsAWord(String name, String needle) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(needle)) {
            return true;
        }
        for (String word : lower.split("\\s+")) {
            if (word.startsWith(needle)) {
                return true;
            }
        }
        return false;
    }

    private void typed(String text) {
        Person current = getValue();
        if (current != null && current != ADD && text.equals(current.name())) {
            chosen.set(current);
            return; // the field shows the chosen person: nothing was typed
        }
        typed = text.strip();
        chosen.set(resolve(directory, text).orElse(null));
        refreshChoices(typed);
        if (isFocused() || getEditor().isFocused()) {
            if (!isShowing() && getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
                show();
            }
        }
    }

    private void refreshChoices(String filter) {
        String needle = filter.toLowerCase(Locale.ROOT);
        List<Person> matching = directory.stream().filter(p -> needle.isEmpty()
                || p.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        boolean wasQuiet = quiet;
        quiet = true;
        String text = getEditor().getText();
        try {
            choices.setAll(matching);
            choices.add(ADD);
            if (text != null && !text.equals(getEditor().getText())) {
                getEditor().setText(text);
                getEditor().positionCaret(text.length());
            }
        } finally {
            quiet = wasQuiet;
        }
    }

    private String addLabel() {
        return typed.isBlank() || resolve(directory, typed).filter(p -> p.name().equalsIgnoreCase(typed)).isPresent()
                ? "Add person…" : "Add person “" + typed + "”…";
    }

    private void addPerson(String name) {
        PersonInput initial = PersonInput.blank();
        initial = new PersonInput(name, initial.role(), initial.function(), initial.email(), initial.slack(),
                initial.gitlab(), initial.zone(), initial.workStart(), initial.workEnd());
        PersonInput prefilled = initial;
        Consumer<Person> pick = added -> {
            if (directory.stream().noneMatch(p -> p.id() == added.id())) {
                directory.add(added);
            }
            choose(added);
        };
        javafx.stage.Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner == null) {
            return;
        }
        session.load("Opening form…", () -> session.workspace().people().emailsInUse(0), emails -> {
            if (owner.isShowing()) { // the picker's form may have closed while the directory was read
                PersonFormDialog.show(owner, session, null, prefilled, emails, pick);
            }
        });
    }
}
