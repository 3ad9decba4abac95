package dev.throughline.intake;

import dev.throughline.app.Session;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.ui.DateField;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.ui.Styles;
import dev.throughline.validation.Problems;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The intake form, following the team's template. A message pasted from the channel fills the fields it
 * names (and keeps the rest in Notes); one that fits no template is refused in words and changes nothing.
 */
final class IntakeFormDialog {

    static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private IntakeFormDialog() {
    }

    /** {@code existing} null adds a new request. */
    static void show(Window owner, Session session, IntakeRow existing) {
        IntakeService service = session.workspace().intake();
        session.load("Loading the people directory…", () -> new Context(service.directory(), service.today(),
                service.now()), context -> open(owner, session, existing, context));
    }

    private record Context(List<Person> people, LocalDate today, Instant now) {
    }

    private static void open(Window owner, Session session, IntakeRow existing, Context context) {
        ZoneId zone = ZoneId.systemDefault();
        IntakeInput start = existing == null ? IntakeInput.blank(context.now())
                : IntakeInput.of(existing.request(), existing.requester());

        TextArea paste = new TextArea();
        paste.setId("intake-paste");
        paste.setPromptText("Paste the request from the channel (Markdown), e.g.\n**Requester:** Elena Brooks\n"
                + "**Initiative:** Partner onboarding portal\n**Problem:** …");
        paste.setPrefRowCount(5);
        paste.setWrapText(true);
        Button fill = new Button("Fill the form from this message");
        fill.setId("intake-fill");
        fill.disableProperty().bind(paste.textProperty().isEmpty());
        Label pasteMessage = new Label();
        pasteMessage.setId("intake-paste-message");
        pasteMessage.setWrapText(true);
        pasteMessage.setManaged(false);
        VBox pasteBox = new VBox(6, paste, new HBox(8, fill), pasteMessage);
        TitledPane pastePane = new TitledPane("Paste an intake message", pasteBox);
        pastePane.setId("intake-paste-pane");
        pastePane.setExpanded(existing == null);

        ComboBox<String> requester = new ComboBox<>(FXCollections.observableArrayList(
                context.people().stream().map(Person::name).toList()));
        requester.setId("intake-requester");
        requester.setEditable(true);
        requester.setPromptText("Who asked");
        requester.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requester.getEditor().setText(now);
            }
        });
        TextField initiative = field("intake-initiative", "Partner onboarding portal");
        TextArea problem = area("intake-problem", "What is broken or missing, for whom, and how we know");
        TextArea outcome = area("intake-outcome", "What is true when this is done");
        ComboBox<Complexity> complexity = new ComboBox<>(FXCollections.observableArrayList(Complexity.values()));
        complexity.setId("intake-complexity");
        Map<Function, CheckBox> functionBoxes = new EnumMap<>(Function.class);
        FlowPane functions = new FlowPane(12, 6);
        functions.setId("intake-functions");
        for (Function f : Function.values()) {
            CheckBox box = new CheckBox(f.label());
            box.setId("intake-function-" + f.name().toLowerCase(java.util.Locale.ROOT));
            functionBoxes.put(f, box);
            functions.getChildren().add(box);
        }
        TextField others = field("intake-others", "Other functions, comma-separated (Finance, Partner success)");
        ComboBox<Criticality> criticality = new ComboBox<>(FXCollections.observableArrayList(Criticality.values()));
        criticality.setId("intake-criticality");
        DateField desired = new DateField(session.dates());
        desired.setId("intake-desired");
        TextArea links = area("intake-links", "https://gitlab.example.com/…/epics/12 (one per line)");
        links.setPrefRowCount(2);
        TextField channel = field("intake-channel", "#tpgm-intake");
        TextField received = field("intake-received", "yyyy-MM-dd HH:mm, your time (" + zone.getId() + ")");
        TextArea notes = area("intake-notes", "Anything else from the message");

        java.util.function.Consumer<IntakeInput> setAll = in -> {
            requester.getEditor().setText(in.requester());
            initiative.setText(in.initiative());
            problem.setText(in.problem());
            outcome.setText(in.outcome());
            complexity.setValue(in.complexity());
            functionBoxes.forEach((f, box) -> box.setSelected(in.functions().contains(f)));
            others.setText(in.otherFunctions());
            criticality.setValue(in.criticality());
            desired.setValue(in.desiredDate());
            links.setText(in.links());
            channel.setText(in.channel());
            received.setText(in.receivedAt() == null ? "" : RECEIVED.format(in.receivedAt().atZone(zone)));
            notes.setText(in.notes());
        };
        setAll.accept(start);

        Observable[] deps = new Observable[functionBoxes.size() + 12];
        int i = 0;
        for (CheckBox box : functionBoxes.values()) {
            deps[i++] = box.selectedProperty();
        }
        for (Observable o : List.of(requester.getEditor().textProperty(), initiative.textProperty(),
                problem.textProperty(), outcome.textProperty(), complexity.valueProperty(), others.textProperty(),
                criticality.valueProperty(), desired.valueProperty(), links.textProperty(), channel.textProperty(),
                received.textProperty(), notes.textProperty())) {
            deps[i++] = o;
        }
        ObjectBinding<IntakeInput> input = Bindings.createObjectBinding(() -> {
            Set<Function> chosen = EnumSet.noneOf(Function.class);
            functionBoxes.forEach((f, box) -> {
                if (box.isSelected()) {
                    chosen.add(f);
                }
            });
            return new IntakeInput(requester.getEditor().getText(), initiative.getText(), problem.getText(),
                    outcome.getText(), complexity.getValue(), chosen, others.getText(), criticality.getValue(),
                    desired.getValue(), links.getText(), channel.getText(), notes.getText(),
                    instant(received.getText(), zone));
        }, deps);
        Map<String, Long> known = new HashMap<>();
        context.people().forEach(p -> known.put(IntakeInput.key(p.name()), p.id()));
        LocalDate kept = existing == null ? null : existing.request().desiredDate();
        ObjectBinding<Problems> problems = DateField.withTypingErrors(Bindings.createObjectBinding(
                () -> input.get().check(known, context.today(), kept, Instant.now()), input),
                Map.of(IntakeInput.DESIRED_DATE, desired));

        fill.setOnAction(e -> {
            IntakeMarkdown.Result result = IntakeMarkdown.parse(paste.getText(), input.get(), context.people());
            pasteMessage.setText(result.message());
            pasteMessage.setManaged(true);
            pasteMessage.getStyleClass().removeAll(Styles.FIELD_ERROR, Styles.MUTED);
            pasteMessage.getStyleClass().add(result.fits() && result.warnings().isEmpty() ? Styles.MUTED
                    : Styles.FIELD_ERROR);
            if (result.fits()) {
                setAll.accept(result.input());
            }
        });

        FormGrid form = new FormGrid(problems);
        form.add("Requester", requester, IntakeInput.REQUESTER);
        form.add("Initiative", initiative, IntakeInput.INITIATIVE);
        form.add("Problem", problem, IntakeInput.PROBLEM);
        form.add("Desired outcome", outcome, null);
        Label why = new Label("Why it needs program support");
        why.getStyleClass().add(Styles.SECTION_TITLE);
        form.addWide(why);
        form.add("Complexity", complexity, IntakeInput.COMPLEXITY);
        Label functionsCaption = new Label("Functions involved");
        HBox functionsRow = new HBox(12, functionsCaption, functions);
        functionsRow.setAlignment(Pos.CENTER_LEFT);
        form.getColumnConstraints().get(0).setMinWidth(150);
        functionsCaption.setMinWidth(150);
        functionsCaption.setPrefWidth(150);
        form.addWide(functionsRow);
        form.add("Other functions", others, IntakeInput.FUNCTIONS);
        form.add("Business criticality", criticality, IntakeInput.CRITICALITY);
        form.add("Desired date", desired, IntakeInput.DESIRED_DATE);
        form.add("Links", links, IntakeInput.LINKS);
        form.add("Channel", channel, IntakeInput.CHANNEL);
        form.add("Received", received, IntakeInput.RECEIVED);
        form.add("Notes", notes, null);
        VBox content = new VBox(12, pastePane, form);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(640);
        scroll.setPrefViewportWidth(700);
        scroll.setMinWidth(720);

        IntakeService service = session.workspace().intake();
        FormDialog<IntakeRequest> dialog = new FormDialog<>(owner, existing == null ? "New intake request"
                : "Edit " + existing.request().ref(), existing == null ? "Add request" : "Save", scroll,
                Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> existing == null ? service.create(input.get())
                        : service.update(existing.request().id(), input.get()),
                saved -> session.status().info((existing == null ? "Added " : "Saved ") + saved.ref() + " "
                        + saved.initiative() + " (Undo with Ctrl+Z)"));
        dialog.dialog().getDialogPane().setId("intake-form");
        dialog.show();
        (existing == null ? paste : initiative).requestFocus();
    }

    /** "2026-11-27 09:30" in {@code zone}, or null when it is not that shape. */
    static Instant instant(String text, ZoneId zone) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip(), RECEIVED).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }
}
