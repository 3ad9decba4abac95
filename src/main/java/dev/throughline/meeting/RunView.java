package dev.throughline.meeting;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.people.PersonPicker;
import dev.throughline.ui.DateField;
import dev.throughline.ui.Styles;
import java.time.Instant;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Run mode: a focused window that steps through the agenda. The item that is up shows big with its
 * countdown (red once over), the meeting clock runs above, and outcome, notes, attendance, decisions and
 * actions are captured beside it and saved as you go.
 */
public final class RunView extends BorderPane {


    private final RunViewModel model;
    private final Label itemTitle = new Label();
    private final Label itemSection = new Label();
    private final Label countdown = new Label();
    private final Label meetingClock = new Label();
    private final TextArea outcome = new TextArea();
    private final TextArea notes = new TextArea();
    private final VBox attendance = new VBox(4);
    private final ListView<String> captured = new ListView<>();
    private final TextField decisionField = new TextField();
    private final TextField actionField = new TextField();
    private Long shownItem;
    private boolean notesShown;
    private boolean updatingAttendance;

    /** Opens run mode for a stored, running occurrence in its own window. */
    public static void open(Window owner, Session session, long occurrenceId) {
        RunView view = new RunView(session, occurrenceId);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Run mode");
        Scene scene = new Scene(view, 1440, 880);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> view.flush());
        // Esc and Ctrl+W close run mode like the window's close box; the meeting keeps running and resumes
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || CLOSE.match(e)) {
                e.consume();
                if (view.confirmClose()) {
                    stage.hide();
                }
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!view.confirmClose()) {
                e.consume();
            }
        });
        stage.show();
    }

    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    public RunView(Session session, long occurrenceId) {
        model = new RunViewModel(session, occurrenceId);
        setId("run-view");
        getStyleClass().add("tl-run");
        setPadding(new Insets(12));

        Label title = new Label();
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setId("run-title");
        meetingClock.setId("run-meeting-clock");
        meetingClock.getStyleClass().add("tl-run-meeting-clock");
        Button end = new Button("End meeting");
        end.setId("run-end");
        end.getStyleClass().add("danger");
        end.setOnAction(e -> {
            flush();
            if (!confirmEnd()) {
                return;
            }
            // what is typed goes in with the end itself: the minutes never miss the last notes
            String typedOutcome = shownItem == null ? null : outcome.getText();
            String typedNotes = notesShown ? notes.getText() : null;
            model.end(shownItem, typedOutcome, typedNotes, minutes -> {
                SyncMeeting m = model.meetingProperty().get();
                MinutesDialog.show(getScene().getWindow(), session, m.programKey() + " " + m.series().title() + " " + m.date(),
                        minutes);
            });
        });
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        meetingClock.setMinWidth(Region.USE_PREF_SIZE);
        end.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(16, title, meetingClock, end);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 10, 0));
        setTop(top);

        ListView<AgendaEntry> agenda = new ListView<>(new javafx.collections.transformation.FilteredList<>(model.items(),
                AgendaEntry::toRun));
        agenda.setId("run-agenda");
        agenda.setPrefWidth(330);
        agenda.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("tl-run-current", "tl-run-done", "tl-run-over");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                SyncMeeting m = model.meetingProperty().get();
                boolean current = m != null && m.current().map(c -> c.id() == item.id()).orElse(false);
                String mark = current ? "▶ " : switch (item.state()) {
                    case DONE -> "✓ ";
                    case CARRIED -> "↪ ";
                    case ASYNC -> "≈ ";
                    case DROPPED -> "✗ ";
                    case OPEN -> "• ";
                };
                String time = item.state() == ItemState.ASYNC || item.state() == ItemState.DROPPED ? item.state().label()
                        : MinutesMarkdown.clock(current ? model.currentSpent() : item.spentSeconds()) + " / "
                        + item.minutes() + " min";
                setText(mark + item.text() + "\n    " + time + (item.carriedFromDate() == null ? ""
                        : " · carried from " + item.carriedFromDate()));
                setWrapText(true);
                setPrefWidth(0);
                if (current) {
                    getStyleClass().add("tl-run-current");
                } else if (item.state() == ItemState.DONE) {
                    getStyleClass().add("tl-run-done");
                }
                if (item.overrunSeconds() > 0) {
                    getStyleClass().add("tl-run-over");
                }
            }
        });
        Button goTo = new Button("Go to selected");
        goTo.setId("run-goto");
        goTo.setOnAction(e -> {
            AgendaEntry item = agenda.getSelectionModel().getSelectedItem();
            if (item != null) {
                flush();
                model.goTo(item.id());
            }
        });
        VBox left = new VBox(6, new Label("Agenda"), agenda, goTo);
        VBox.setVgrow(agenda, Priority.ALWAYS);
        left.setPadding(new Insets(0, 12, 0, 0));
        setLeft(left);

        itemSection.getStyleClass().add(Styles.MUTED);
        itemSection.setId("run-item-section");
        itemTitle.setId("run-item");
        itemTitle.getStyleClass().add("tl-run-item");
        itemTitle.setWrapText(true);
        countdown.setId("run-countdown");
        countdown.getStyleClass().add("tl-run-countdown");
        Button done = new Button("Done, next ▶");
        done.setId("run-next");
        done.getStyleClass().add("accent");
        done.setDefaultButton(false);
        done.setOnAction(e -> {
            flush();
            model.next(ItemState.DONE);
        });
        Button carry = new Button("Carry over ↪");
        carry.setId("run-carry");
        carry.setOnAction(e -> {
            flush();
            model.next(ItemState.CARRIED);
        });
        HBox steps = new HBox(8, done, carry);
        outcome.setId("run-outcome");
        outcome.setPromptText("Outcome of this item (saved as you type)");
        outcome.setWrapText(true);
        outcome.setPrefRowCount(5);
        notes.setId("run-notes");
        notes.setPromptText("Meeting notes (saved as you type)");
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        PauseTransition outcomePause = new PauseTransition(Duration.millis(700));
        outcome.textProperty().addListener((obs, was, now) -> {
            if (shownItem != null) {
                outcomePause.playFromStart();
            }
        });
        outcomePause.setOnFinished(e -> saveOutcome());
        PauseTransition notesPause = new PauseTransition(Duration.millis(700));
        notes.textProperty().addListener((obs, was, now) -> {
            if (notesShown) {
                notesPause.playFromStart();
            }
        });
        notesPause.setOnFinished(e -> saveNotes());
        outcome.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                saveOutcome();
            }
        });
        notes.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                saveNotes();
            }
        });
        VBox center = new VBox(10, itemSection, itemTitle, countdown, steps, new Label("Outcome"), outcome,
                new Label("Notes"), notes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        setCenter(center);

        setRight(capturePane(session, session.dates()));

        model.meetingProperty().addListener((obs, was, now) -> {
            if (now == null) {
                return;
            }
            title.setText(now.programKey() + " · " + now.series().title() + " · " + session.dates().withWeekday(
                    now.start().toLocalDateTime()) + " " + now.series().zone().getId());
            Long current = now.current().map(AgendaEntry::id).orElse(null);
            if (!java.util.Objects.equals(current, shownItem)) {
                shownItem = null;
                outcome.setText(now.current().map(AgendaEntry::outcome).orElse(""));
                shownItem = current;
            }
            outcome.setDisable(current == null);
            done.setDisable(current == null || now.state() != OccurrenceState.RUNNING);
            carry.setDisable(current == null || now.state() != OccurrenceState.RUNNING);
            end.setDisable(now.state() != OccurrenceState.RUNNING);
            if (!notesShown) {
                notes.setText(now.stored().notes());
                notesShown = true;
            }
            showAttendance(now);
            captured.getItems().setAll(now.decisions().stream().map(d -> "Decision: " + d.title()).toList());
            captured.getItems().addAll(now.actions().stream().map(a -> "Action: " + a.item().title() + " — "
                    + (a.owner().isEmpty() ? "no owner" : a.owner()) + (a.item().due() == null ? ""
                    : ", due " + a.item().due())).toList());
            refreshClocks();
        });
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            model.tick(Instant.now());
            refreshClocks();
            agenda.refresh();
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                model.activate();
                ticker.play();
            } else if (now == null) {
                ticker.stop();
                model.deactivate();
            }
        });
    }

    private VBox capturePane(Session session, dev.throughline.ui.DateDisplay dates) {
        TextField decision = decisionField;
        decision.setId("run-decision");
        decision.setPromptText("What was decided");
        TextArea rationale = new TextArea();
        rationale.setId("run-rationale");
        rationale.setPromptText("Why (rationale)");
        rationale.setPrefRowCount(2);
        rationale.setWrapText(true);
        ComboBox<Decision> supersedes = new ComboBox<>();
        supersedes.setId("run-supersedes");
        supersedes.setPromptText("Supersedes (optional)");
        supersedes.setMaxWidth(Double.MAX_VALUE);
        supersedes.setItems(model.programDecisions());
        supersedes.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Decision d) {
                return d == null ? "" : d.decidedOn() + " " + d.title();
            }

            @Override
            public Decision fromString(String s) {
                return null;
            }
        });
        Button record = new Button("Record decision");
        record.setId("run-record-decision");
        record.disableProperty().bind(decision.textProperty().isEmpty());
        record.setOnAction(e -> model.decide(new DecisionInput(decision.getText(), rationale.getText(),
                java.time.LocalDate.now(), DecisionStatus.DECIDED,
                supersedes.getValue() == null ? null : supersedes.getValue().id()), () -> {
            decision.clear();
            rationale.clear();
            supersedes.setValue(null);
        }));

        TextField action = actionField;
        action.setId("run-action");
        action.setPromptText("Action item");
        PersonPicker owner = new PersonPicker(session, model.people());
        owner.setId("run-action-owner");
        owner.setPromptText("Owner (type a name)");
        owner.setMaxWidth(Double.MAX_VALUE);
        DateField due = new DateField(dates, dates.today().plusDays(7));
        due.setId("run-action-due");
        due.setMaxWidth(Double.MAX_VALUE);
        Button addAction = new Button("Add action");
        addAction.setId("run-add-action");
        addAction.disableProperty().bind(action.textProperty().isEmpty().or(due.errorProperty().isNotEmpty()));
        addAction.setOnAction(e -> model.addAction(new ActionInput(action.getText(),
                owner.chosen() == null ? null : owner.chosen().id(), due.getValue()), () -> {
            action.clear();
            owner.choose((Person) null);
        }));
        captured.setId("run-captured");
        captured.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        captured.setPrefHeight(160);
        Label present = new Label("Who is here");
        present.getStyleClass().add(Styles.SECTION_TITLE);
        Label decisions = new Label("Decision");
        decisions.getStyleClass().add(Styles.SECTION_TITLE);
        Label actions = new Label("Action item");
        actions.getStyleClass().add(Styles.SECTION_TITLE);
        Label capturedTitle = new Label("Captured in this sync");
        capturedTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(6, present, attendance, decisions, decision, rationale, supersedes, record, actions, action,
                owner, due, due.errorLabel(), addAction, capturedTitle, captured);
        box.setPadding(new Insets(0, 0, 0, 12));
        box.setPrefWidth(330);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(350);
        return new VBox(scroll);
    }

    private void showAttendance(SyncMeeting m) {
        List<String> ids = m.attendees().stream().map(a -> "run-present-" + a.personId()).toList();
        List<String> shown = attendance.getChildren().stream().map(javafx.scene.Node::getId).toList();
        if (!ids.equals(shown)) {
            attendance.getChildren().clear();
            for (AttendeePresence a : m.attendees()) {
                CheckBox box = new CheckBox(a.name());
                box.setId("run-present-" + a.personId());
                box.setSelected(Boolean.TRUE.equals(a.present()));
                box.selectedProperty().addListener((obs, was, now) -> {
                    if (!updatingAttendance) {
                        model.setPresent(a.personId(), now);
                    }
                });
                attendance.getChildren().add(box);
            }
            return;
        }
        updatingAttendance = true;
        try {
            for (AttendeePresence a : m.attendees()) {
                CheckBox box = (CheckBox) attendance.getChildren().get(ids.indexOf("run-present-" + a.personId()));
                box.setSelected(Boolean.TRUE.equals(a.present()));
            }
        } finally {
            updatingAttendance = false;
        }
    }

    private void refreshClocks() {
        SyncMeeting m = model.meetingProperty().get();
        if (m == null) {
            return;
        }
        long elapsed = model.meetingElapsed();
        long left = model.meetingRemaining();
        boolean ended = m.state() == OccurrenceState.ENDED;
        meetingClock.setText((ended ? "Ended after " : "Meeting ") + MinutesMarkdown.clock(elapsed) + " of "
                + m.series().durationMinutes() + ":00" + (ended ? "" : left >= 0 ? " · " + MinutesMarkdown.clock(left)
                + " left" : " · " + MinutesMarkdown.clock(-left) + " over"));
        meetingClock.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), left < 0);
        var current = m.current();
        if (current.isEmpty()) {
            itemSection.setText(m.state() == OccurrenceState.ENDED ? "This sync has ended." : "");
            itemTitle.setText(m.state() == OccurrenceState.ENDED ? "Minutes are written." : "Nothing left on the agenda.");
            countdown.setText("");
            return;
        }
        itemSection.setText(current.get().section() + (current.get().carriedFromDate() == null ? ""
                : " · carried from " + current.get().carriedFromDate()));
        itemTitle.setText(current.get().text());
        long remaining = model.currentRemaining();
        countdown.setText(RunViewModel.countdown(remaining) + (remaining < 0 ? " over" : " left") + " of "
                + current.get().minutes() + " min");
        countdown.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), remaining < 0);
    }

    private void saveOutcome() {
        SyncMeeting m = model.meetingProperty().get();
        if (shownItem == null || m == null) {
            return;
        }
        String stored = m.entries().stream().filter(e -> e.id() == shownItem).map(AgendaEntry::outcome).findFirst()
                .orElse(null);
        if (stored != null && !stored.equals(outcome.getText())) {
            model.saveOutcome(shownItem, outcome.getText());
        }
    }

    private void saveNotes() {
        SyncMeeting m = model.meetingProperty().get();
        if (m != null && notesShown && !m.stored().notes().equals(notes.getText())) {
            model.saveNotes(notes.getText());
        }
    }

    private boolean confirmEnd() {
        SyncMeeting m = model.meetingProperty().get();
        long open = m == null ? 0 : m.entries().stream().filter(x -> x.toRun() && x.state() == ItemState.OPEN).count();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The minutes are written now"
                + (open == 0 ? "." : " and " + open + " open item" + (open == 1 ? "" : "s")
                + " carry over to the next sync.") + " An ended meeting cannot be resumed (Undo in the main window reverses the end).",
                new ButtonType("End meeting", ButtonBar.ButtonData.OK_DONE),
                new ButtonType("Keep going", ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.initOwner(getScene().getWindow());
        ask.setTitle("End meeting");
        ask.setHeaderText("End the meeting?");
        ask.getDialogPane().setId("run-end-confirm");
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /**
     * Before run mode closes: saves what is typed (outcome, notes), and asks when a decision or an action was typed
     * but not recorded yet, since closing would lose it. The meeting itself keeps running.
     */
    boolean confirmClose() {
        flush();
        List<String> typed = new java.util.ArrayList<>();
        if (!decisionField.getText().isBlank()) {
            typed.add("the decision “" + decisionField.getText().strip() + "”");
        }
        if (!actionField.getText().isBlank()) {
            typed.add("the action “" + actionField.getText().strip() + "”");
        }
        if (typed.isEmpty()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "You typed " + String.join(" and ", typed)
                + " but did not record it. Notes and outcomes are saved; the meeting keeps running.",
                new ButtonType("Close without it", ButtonBar.ButtonData.OK_DONE),
                new ButtonType("Stay in run mode", ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.initOwner(getScene().getWindow());
        ask.setTitle("Close run mode");
        ask.setHeaderText("Close run mode?");
        ask.getDialogPane().setId("run-close-confirm");
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    /** Saves what is typed and not yet saved (before stepping on, ending, or closing). */
    void flush() {
        saveOutcome();
        saveNotes();
    }
}
