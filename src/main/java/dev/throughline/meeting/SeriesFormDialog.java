package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.ui.DateField;
import dev.throughline.people.PersonPicker;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.ui.Styles;
import dev.throughline.validation.Problems;
import dev.throughline.validation.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Create or edit a sync series: title, a recurrence preset (weekly, every other week, monthly on the nth
 * weekday, or a typed RRULE) with its end (COUNT or UNTIL), skipped dates, start, duration, zone,
 * attendees, async first and the agenda template. Validated as you type by the same rules as the service.
 */
final class SeriesFormDialog {

    /** Section kinds by their human names ("Milestones due"), never the enum's. */
    private static final javafx.util.StringConverter<SectionKind> SECTION_NAMES = new javafx.util.StringConverter<>() {
        @Override
        public String toString(SectionKind kind) {
            return kind == null ? "" : kind.displayName();
        }

        @Override
        public SectionKind fromString(String text) {
            for (SectionKind kind : SectionKind.values()) {
                if (kind.displayName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return kind;
                }
            }
            return null;
        }
    };

    enum Preset {
        WEEKLY("Weekly"), BIWEEKLY("Every other week"), MONTHLY("Monthly on the nth weekday"), CUSTOM("Custom RRULE");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum End {
        COUNT("After a number of syncs"), UNTIL("On a date");

        private final String label;

        End(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One editable row of the agenda template. */
    private record SectionRow(ComboBox<SectionKind> kind, TextField title, TextField minutes, HBox node) {
        AgendaSection value() {
            int m;
            try {
                m = Integer.parseInt(minutes.getText().strip());
            } catch (NumberFormatException e) {
                m = 0;
            }
            return new AgendaSection(kind.getValue() == null ? SectionKind.FREE : kind.getValue(), title.getText(), m);
        }
    }

    private static final String UNTIL = "until";
    private static final List<String> NTH = List.of("1st", "2nd", "3rd", "4th", "last");

    private SeriesFormDialog() {
    }

    static void show(Window owner, Session session, long programId, MeetingSeries existing) {
        session.load("Loading people…", () -> session.workspace().people().all(),
                people -> open(owner, session, programId, existing, people));
    }

    private static void open(Window owner, Session session, long programId, MeetingSeries existing, List<Person> people) {
        MeetingInput start = existing == null ? null : MeetingInput.of(existing);
        TextField title = field("series-title", start == null ? "" : start.title(), "Checkout weekly");
        ComboBox<Preset> preset = new ComboBox<>(FXCollections.observableArrayList(Preset.values()));
        preset.setId("series-preset");
        ComboBox<DayOfWeek> day = new ComboBox<>(FXCollections.observableArrayList(DayOfWeek.values()));
        day.setId("series-day");
        day.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DayOfWeek d) {
                return d == null ? "" : d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        });
        ComboBox<String> nth = new ComboBox<>(FXCollections.observableArrayList(NTH));
        nth.setId("series-nth");
        ComboBox<End> end = new ComboBox<>(FXCollections.observableArrayList(End.values()));
        end.setId("series-end");
        TextField count = field("series-count", "12", "how many syncs");
        DateField until = new DateField(session.dates(), session.dates().today().plusMonths(6));
        until.setId("series-until");
        TextField rrule = field("series-rrule", start == null ? "" : start.rrule(), "FREQ=WEEKLY;BYDAY=TU;COUNT=12");
        DateField first = new DateField(session.dates(), start == null ? session.dates().today().plusDays(1)
                : LocalDate.parse(start.firstDate()));
        first.setId("series-first");
        TextField time = field("series-time", start == null ? "09:00" : start.startTime(), "09:30");
        TextField duration = field("series-duration", start == null ? "30" : start.durationMinutes(), "minutes");
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList("America/Los_Angeles",
                "America/Denver", "America/Chicago", "America/New_York", "Europe/London", "Europe/Berlin",
                "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "UTC"));
        zone.setId("series-zone");
        zone.setEditable(true);
        zone.getEditor().setText(start == null ? ZoneId.systemDefault().getId() : start.zone());
        zone.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                zone.getEditor().setText(now);
            }
        });
        TextField skipped = field("series-skipped", start == null ? "" : start.skipped(), "2026-12-29, 2027-01-05");
        CheckBox asyncFirst = new CheckBox("Async first: handle what we can in the channel; meet for the rest");
        asyncFirst.setId("series-async");
        asyncFirst.setSelected(start == null || start.asyncFirst());
        ListView<Person> attendees = new ListView<>(FXCollections.observableArrayList(people));
        attendees.setId("series-attendees");
        attendees.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        attendees.setPrefHeight(130);
        attendees.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + " · " + p.zone().getId() + " " + p.workStart() + "–"
                        + p.workEnd());
            }
        });
        if (start != null) {
            people.stream().filter(p -> start.attendeeIds().contains(p.id())).forEach(p -> attendees.getSelectionModel().select(p));
        }

        IntegerProperty sectionsVersion = new SimpleIntegerProperty();
        List<SectionRow> rows = new ArrayList<>();
        VBox sectionBox = new VBox(4);
        Runnable[] addRow = new Runnable[1];
        java.util.function.Consumer<AgendaSection> add = s -> {
            ComboBox<SectionKind> kind = new ComboBox<>(FXCollections.observableArrayList(SectionKind.values()));
            kind.getStyleClass().add("series-section-kind");
            kind.setConverter(SECTION_NAMES);
            kind.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(SectionKind k, boolean empty) {
                    super.updateItem(k, empty);
                    setText(empty || k == null ? null : k.displayName());
                    setTooltip(empty || k == null ? null : new Tooltip(k.label()));
                }
            });
            kind.setButtonCell(kind.getCellFactory().call(null));
            kind.setValue(s.kind());
            TextField t = new TextField(s.title());
            HBox.setHgrow(t, Priority.ALWAYS);
            TextField m = new TextField(String.valueOf(s.minutes()));
            m.setPrefColumnCount(3);
            Button remove = new Button("✕");
            HBox node = new HBox(4, kind, t, m, new Label("min"), remove);
            SectionRow row = new SectionRow(kind, t, m, node);
            rows.add(row);
            sectionBox.getChildren().add(node);
            remove.setOnAction(e -> {
                rows.remove(row);
                sectionBox.getChildren().remove(node);
                sectionsVersion.set(sectionsVersion.get() + 1);
            });
            kind.valueProperty().addListener((o, a, b) -> sectionsVersion.set(sectionsVersion.get() + 1));
            t.textProperty().addListener((o, a, b) -> sectionsVersion.set(sectionsVersion.get() + 1));
            m.textProperty().addListener((o, a, b) -> sectionsVersion.set(sectionsVersion.get() + 1));
            sectionsVersion.set(sectionsVersion.get() + 1);
        };
        (start == null || start.sections() == null ? AgendaSection.defaults() : start.sections()).forEach(add);
        Button addSection = new Button("Add section");
        addSection.setId("series-add-section");
        addSection.setOnAction(e -> add.accept(new AgendaSection(SectionKind.FREE, "", 5)));
        addRow[0] = null;
        Label total = new Label();
        total.getStyleClass().add(Styles.MUTED);
        total.textProperty().bind(Bindings.createStringBinding(() -> "Template: " + rows.stream()
                .mapToInt(r -> r.value().minutes()).sum() + " of " + duration.getText() + " min", sectionsVersion,
                duration.textProperty()));

        if (start == null) {
            preset.setValue(Preset.WEEKLY);
            day.setValue(DayOfWeek.TUESDAY);
            nth.setValue("2nd");
            end.setValue(End.COUNT);
        } else {
            preset.setValue(Preset.CUSTOM);
            day.setValue(LocalDate.parse(start.firstDate()).getDayOfWeek());
            nth.setValue("2nd");
            end.setValue(End.COUNT);
        }
        Runnable compose = () -> {
            if (preset.getValue() == Preset.CUSTOM) {
                return;
            }
            String byday = day.getValue() == null ? "TU" : day.getValue().name().substring(0, 2);
            String base = switch (preset.getValue()) {
                case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + byday;
                case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + byday + ";WKST=MO";
                case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + ("last".equals(nth.getValue()) ? "-1"
                        : String.valueOf(NTH.indexOf(nth.getValue()) + 1)) + byday;
                case CUSTOM -> "";
            };
            String ends = end.getValue() == End.UNTIL
                    ? "UNTIL=" + (until.getValue() == null ? "" : until.getValue().toString().replace("-", ""))
                    : "COUNT=" + count.getText().strip();
            rrule.setText(base + ";" + ends);
        };
        for (javafx.beans.Observable o : List.of(preset.valueProperty(), day.valueProperty(), nth.valueProperty(),
                end.valueProperty(), count.textProperty(), until.valueProperty())) {
            o.addListener(x -> compose.run());
        }
        compose.run();
        rrule.editableProperty().bind(preset.valueProperty().isEqualTo(Preset.CUSTOM));
        day.disableProperty().bind(preset.valueProperty().isEqualTo(Preset.CUSTOM));
        nth.disableProperty().bind(preset.valueProperty().isNotEqualTo(Preset.MONTHLY));
        end.disableProperty().bind(preset.valueProperty().isEqualTo(Preset.CUSTOM));
        count.disableProperty().bind(preset.valueProperty().isEqualTo(Preset.CUSTOM).or(end.valueProperty().isNotEqualTo(End.COUNT)));
        until.disableProperty().bind(preset.valueProperty().isEqualTo(Preset.CUSTOM).or(end.valueProperty().isNotEqualTo(End.UNTIL)));

        ObjectBinding<MeetingInput> input = Bindings.createObjectBinding(() -> new MeetingInput(title.getText(),
                        rrule.getText(), first.getValue() == null ? "" : first.getValue().toString(), time.getText(),
                        duration.getText(), zone.getEditor().getText(), asyncFirst.isSelected(), skipped.getText(),
                        attendees.getSelectionModel().getSelectedItems().stream().map(Person::id).toList(),
                        rows.stream().map(SectionRow::value).toList()),
                title.textProperty(), rrule.textProperty(), first.valueProperty(), time.textProperty(),
                duration.textProperty(), zone.getEditor().textProperty(), asyncFirst.selectedProperty(),
                skipped.textProperty(), attendees.getSelectionModel().getSelectedItems(), sectionsVersion);
        ObjectBinding<Problems> problems = DateField.withTypingErrors(Bindings.createObjectBinding(() -> check(input.get()),
                input), Map.of(UNTIL, until, MeetingInput.FIRST_DATE, first));

        FormGrid form = new FormGrid(problems);
        form.add("Title", title, MeetingInput.TITLE);
        form.add("Repeats", preset, null);
        form.add("On", day, null);
        form.add("Which", nth, null);
        form.add("Ends", end, null);
        form.add("Number of syncs", count, null);
        form.add("Last day", until, UNTIL);
        form.add("RRULE", rrule, Recurrence.FIELD);
        form.add("First date", first, MeetingInput.FIRST_DATE);
        form.add("Start time", time, MeetingInput.START_TIME);
        form.add("Duration (min)", duration, MeetingInput.DURATION);
        form.add("Time zone", zone, MeetingInput.ZONE);
        form.add("Skipped dates", skipped, MeetingInput.SKIPPED);
        form.add("Attendees", attendees, null);
        form.add("Add attendee", attendeePicker(session, attendees), null);
        form.addWide(asyncFirst);
        Label template = new Label("Agenda template (sections in order, with default timeboxes)");
        template.getStyleClass().add(Styles.SECTION_TITLE);
        form.addWide(template);
        form.addWide(sectionBox);
        form.add("", addSection, MeetingInput.SECTIONS);
        form.addWide(total);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(620);
        MeetingService service = session.workspace().meetings();
        FormDialog<MeetingSeries> dialog = new FormDialog<>(owner, existing == null ? "New sync series"
                : "Edit “" + existing.title() + "”", existing == null ? "Add" : "Save", scroll,
                Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> existing == null ? service.create(programId, input.get()) : service.update(existing.id(), input.get()),
                saved -> session.status().info((existing == null ? "Added " : "Saved ") + "“" + saved.title()
                        + "” (Undo with Ctrl+Z)"));
        dialog.dialog().getDialogPane().setPrefWidth(760);
        dialog.show();
        title.requestFocus();
    }

    static Problems check(MeetingInput input) {
        Problems problems = new Problems();
        try {
            input.toSeries(0, 0);
        } catch (ValidationException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.message()));
        }
        return problems;
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /** Type a name (or add someone new) to select them as an attendee; the picker then clears for the next one. */
    private static PersonPicker attendeePicker(Session session, ListView<Person> attendees) {
        PersonPicker picker = new PersonPicker(session, attendees.getItems());
        picker.setId("series-add-attendee");
        picker.chosenProperty().addListener((obs, old, now) -> {
            if (now != null && picker.getValue() == now) {
                attendees.getSelectionModel().select(now);
                attendees.scrollTo(now);
                javafx.application.Platform.runLater(() -> picker.choose((Person) null));
            }
        });
        return picker;
    }
}
