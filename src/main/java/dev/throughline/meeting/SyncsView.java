package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.interchange.CalendarService;
import dev.throughline.ui.Styles;
import dev.throughline.ui.Tables;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Syncs tab: series (add, edit, delete, .ics in and out), recent and next occurrences with zone warnings,
 * and the selected occurrence's agenda to edit ahead (reorder, drop, handled async, add) and run.
 */
public final class SyncsView extends BorderPane {


    private final SyncsViewModel model;
    private final TableView<AgendaItem> agendaTable = new TableView<>();

    public SyncsView(Session session, long programId) {
        model = new SyncsViewModel(session, programId, ZoneId.systemDefault());
        TableView<SyncLine> table = new TableView<>(model.lines());
        table.setId("syncs-occurrences");
        table.setPlaceholder(new Label("No sync series yet. Add one with “New series…”, import an .ics file, or load"
                + " the sample."));
        table.getColumns().add(column("Series", 210, l -> l.occurrence().title()
                + (l.occurrence().asyncFirst() ? " (async first)" : "")));
        table.getColumns().add(column("When (series zone)", 290, l -> session.dates().withWeekday(l.occurrence().start()
                .toLocalDateTime()) + " "
                + l.occurrence().start().getZone().getId()));
        table.getColumns().add(column("Your time", 170, l -> session.dates().withWeekday(l.occurrence()
                .startIn(model.viewer()).toLocalDateTime())));
        table.getColumns().add(column("State", 120, SyncLine::stateLabel));
        table.getColumns().add(column("Attendees", 380, l -> String.join(", ", l.occurrence().attendees().stream()
                .map(AttendeeTime::describe).toList())));
        table.getColumns().add(column("Working-hours warnings", 420, l -> String.join("; ", l.occurrence().warnings())));
        // Columns share the width (wider windows show more of each); cut text shows whole as a tooltip.
        table.getColumns().forEach(c -> c.setCellFactory(Tables.tooltipWhenCut()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keepRowsVisible(table, 2);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        Button add = button("New series…", "syncs-new", e -> SeriesFormDialog.show(getScene().getWindow(), session,
                programId, null));
        Button edit = button("Edit series…", "syncs-edit", e -> selectedSeries().ifPresent(s ->
                SeriesFormDialog.show(getScene().getWindow(), session, programId, s)));
        Button delete = button("Delete series", "syncs-delete", e -> selectedSeries().ifPresent(this::confirmDelete));
        Button export = button("Export .ics…", "syncs-export", e -> exportIcs(session, programId));
        Button importIcs = button("Import .ics…", "syncs-import", e -> importIcs(session, programId));
        edit.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        HBox toolbar = new HBox(8, add, edit, delete, new Separator(Orientation.VERTICAL), export, importIcs);
        toolbar.getStyleClass().add(Styles.TOOLBAR);
        getStyleClass().add(Styles.PAGE);
        setTop(toolbar);

        SplitPane split = new SplitPane(table, agendaPane(session));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        setCenter(split);
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                model.activate();
            } else if (now == null) {
                model.deactivate();
            }
        });
    }

    /**
     * Starting a sync that is not today's asks first, naming its date and how far off it is: the meeting clock would
     * start now and the minutes carry that date.
     */
    private boolean confirmDate(SyncMeeting m) {
        java.time.LocalDate today = java.time.LocalDate.now(m.start().getZone());
        if (m.date().equals(today)) {
            return true;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, m.date());
        String when = days > 0 ? "in " + days + (days == 1 ? " day" : " days")
                : -days + (days == -1 ? " day" : " days") + " ago";
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "That sync is " + when + "; today is " + WHEN_DAY.format(today) + ". Its clock starts now and its"
                        + " minutes will carry its date. Pick another occurrence in the list to run that one instead.",
                new javafx.scene.control.ButtonType("Run the " + WHEN_DAY.format(m.date()) + " sync",
                        javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType("Cancel", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Run meeting");
        ask.setHeaderText("Run the sync of " + WHEN_DAY.format(m.date()) + "?");
        ask.getDialogPane().setId("run-date-confirm");
        return ask.showAndWait().map(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .orElse(false);
    }

    private static final java.time.format.DateTimeFormatter WHEN_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

    private VBox agendaPane(Session session) {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.setId("syncs-agenda-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            SyncMeeting m = model.meetingProperty().get();
            if (m == null) {
                return "Agenda";
            }
            return "Agenda of " + m.series().title() + ", " + session.dates().withWeekday(m.start().toLocalDateTime()) + " · planned "
                    + m.agenda().plannedMinutes() + " of " + m.series().durationMinutes() + " min"
                    + (m.isStored() ? " · " + m.state().label().toLowerCase(Locale.ROOT) : " · generated from the plan");
        }, model.meetingProperty()));
        Button run = new Button("▶ Run meeting");
        run.setId("syncs-run");
        run.getStyleClass().add("accent");
        run.textProperty().bind(Bindings.createStringBinding(() -> {
            SyncMeeting m = model.meetingProperty().get();
            OccurrenceState state = m == null ? null : m.state();
            return state == OccurrenceState.RUNNING ? "▶ Resume meeting" : state == OccurrenceState.ENDED
                    ? "Minutes…" : "▶ Run meeting";
        }, model.meetingProperty()));
        run.disableProperty().bind(model.meetingProperty().isNull());
        run.setOnAction(e -> {
            SyncMeeting m = model.meetingProperty().get();
            if (m != null && m.state() == OccurrenceState.ENDED) {
                MinutesDialog.show(getScene().getWindow(), session, m.programKey() + " " + m.series().title() + " " + m.date(),
                        m.stored().minutes());
            } else if (m != null && (m.state() == OccurrenceState.RUNNING || confirmDate(m))) {
                model.run(id -> RunView.open(getScene().getWindow(), session, id));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, heading, spacer, run);
        head.setAlignment(Pos.CENTER_LEFT);

        agendaTable.setId("syncs-agenda-items");
        agendaTable.setItems(model.items());
        agendaTable.setPlaceholder(new Label("Select an occurrence."));
        agendaTable.getColumns().add(itemColumn("Section", 170, AgendaItem::section));
        agendaTable.getColumns().add(itemColumn("Item", 420, AgendaItem::text));
        agendaTable.getColumns().add(itemColumn("Timebox", 70, i -> i.minutes() == 0 ? "" : i.minutes() + " min"));
        agendaTable.getColumns().add(itemColumn("State", 110, i -> i.state().label()));
        agendaTable.getColumns().add(itemColumn("Carried from", 110, i -> i.carriedFrom() == null ? ""
                : i.carriedFrom().toString()));
        agendaTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("tl-item-dropped", "tl-item-async", "tl-item-carried");
                if (!empty && item != null) {
                    switch (item.state()) {
                        case DROPPED -> getStyleClass().add("tl-item-dropped");
                        case ASYNC -> getStyleClass().add("tl-item-async");
                        default -> {
                            if (item.carriedFrom() != null) {
                                getStyleClass().add("tl-item-carried");
                            }
                        }
                    }
                }
            }
        });
        Button up = button("↑", "agenda-up", e -> model.move(index(), -1));
        Button down = button("↓", "agenda-down", e -> model.move(index(), 1));
        Button drop = button("Drop", "agenda-drop", e -> model.setState(index(), ItemState.DROPPED));
        Button async = button("Handled async", "agenda-async", e -> model.setState(index(), ItemState.ASYNC));
        Button restore = button("Restore", "agenda-restore", e -> model.setState(index(), ItemState.OPEN));
        for (Button b : new Button[] {up, down, drop, async, restore}) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> agendaTable.getSelectionModel().getSelectedItem()
                            == null || model.meetingProperty().get() == null || model.meetingProperty().get().state()
                            == OccurrenceState.ENDED, agendaTable.getSelectionModel().selectedItemProperty(),
                    model.meetingProperty()));
        }
        TextField newItem = new TextField();
        newItem.setId("agenda-new-item");
        newItem.setPromptText("Add an item to this occurrence…");
        HBox.setHgrow(newItem, Priority.ALWAYS);
        TextField minutes = new TextField(String.valueOf(OccurrenceService.FREE_ITEM_MINUTES));
        minutes.setId("agenda-new-minutes");
        minutes.setPrefColumnCount(3);
        Button addItem = button("Add", "agenda-add", e -> {
            int m;
            try {
                m = Integer.parseInt(minutes.getText().strip());
            } catch (NumberFormatException ex) {
                session.status().error("The timebox must be a whole number of minutes; “" + minutes.getText() + "” is not.");
                return;
            }
            model.addItem(newItem.getText(), m);
            newItem.clear();
        });
        addItem.disableProperty().bind(newItem.textProperty().isEmpty().or(model.meetingProperty().isNull()));
        newItem.setOnAction(e -> addItem.fire());
        HBox itemBar = new HBox(6, up, down, drop, async, restore, new Separator(Orientation.VERTICAL), newItem,
                minutes, new Label("min"), addItem);
        itemBar.setAlignment(Pos.CENTER_LEFT);

        TextArea markdown = new TextArea();
        markdown.setId("syncs-agenda");
        markdown.setEditable(false);
        markdown.setWrapText(true);
        markdown.textProperty().bind(model.agendaProperty());
        Button copy = button("Copy Markdown", "agenda-copy", e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.agendaProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            session.status().info("Agenda copied as Markdown.");
        });
        Button save = button("Save .md…", "agenda-save", e -> saveMarkdown(session));
        Label shareAhead = new Label("Markdown to share ahead");
        shareAhead.getStyleClass().add(Styles.MUTED);
        VBox preview = new VBox(4, shareAhead, new HBox(6, copy, save), markdown);
        preview.setMinWidth(260);
        VBox.setVgrow(markdown, Priority.ALWAYS);
        preview.setPrefWidth(380);

        agendaTable.getColumns().forEach(c -> c.setCellFactory(Tables.tooltipWhenCut()));
        agendaTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.keepRowsVisible(agendaTable, Tables.MAIN_ROWS);
        newItem.setMinWidth(120);
        VBox left = new VBox(6, agendaTable, itemBar);
        VBox.setVgrow(agendaTable, Priority.ALWAYS);
        SplitPane body = new SplitPane(left, preview);
        body.setDividerPositions(0.7);
        VBox pane = new VBox(6, head, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private int index() {
        return agendaTable.getSelectionModel().getSelectedIndex();
    }

    private java.util.Optional<MeetingSeries> selectedSeries() {
        SyncLine line = model.selectedProperty().get();
        if (line == null) {
            return java.util.Optional.empty();
        }
        return model.series().stream().filter(s -> s.id() == line.occurrence().seriesId()).findFirst();
    }

    private void confirmDelete(MeetingSeries s) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Delete “" + s.title() + "” with its stored occurrences,"
                + " agendas and minutes? Decisions and action items stay in the log. You can undo this.",
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(getScene().getWindow());
        alert.setHeaderText("Delete sync series");
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.deleteSeries(s));
    }

    private void saveMarkdown(Session session) {
        SyncMeeting m = model.meetingProperty().get();
        if (m == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(m.programKey() + "-agenda-" + m.date() + ".md");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            String text = model.agendaProperty().get();
            session.edit("Saved the agenda to " + file, () -> session.chosenOutput(file.toPath()).writeText(text));
        }
    }

    private void exportIcs(Session session, long programId) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("syncs-and-milestones.ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            CalendarService calendars = session.workspace().calendars();
            Path path = file.toPath();
            session.load("Writing " + file.getName() + "…", () -> calendars.exportTo(programId,
                    CalendarService.Content.BOTH, null, session.chosenOutput(path)), n -> session.status().info("Wrote " + n
                    + " events (syncs and milestones) to " + path));
        }
    }

    private void importIcs(Session session, long programId) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            CalendarService calendars = session.workspace().calendars();
            session.load("Importing " + file.getName() + "…", () -> calendars.importFrom(programId, file.toPath()),
                    imported -> session.status().info("Imported " + imported.series().size() + " series"
                            + (imported.notes().isEmpty() ? "" : "; " + String.join(" ", imported.notes()))
                            + " (Undo with Ctrl+Z)"));
        }
    }

    private static Button button(String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(action);
        return b;
    }

    private static TableColumn<SyncLine, String> column(String title, double width, Function<SyncLine, String> value) {
        TableColumn<SyncLine, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<AgendaItem, String> itemColumn(String title, double width,
                                                              Function<AgendaItem, String> value) {
        TableColumn<AgendaItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
