package dev.throughline.intake;

import dev.throughline.app.Session;
import dev.throughline.capacity.Capacity;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramValidator;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.ui.Styles;
import dev.throughline.validation.Problems;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The triage answers: ask for more, decline with a reason, accept into a new program with a TPgM. */
final class TriageDialog {

    private TriageDialog() {
    }

    /** Ask for more ({@code decline} false) or decline: one text the requester will read, required. */
    static void answer(Window owner, Session session, IntakeRow row, boolean decline) {
        IntakeRequest r = row.request();
        TextArea text = new TextArea();
        text.setId("triage-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(decline ? "Why the team will not take it, and where to go instead"
                : "What you need to know before deciding");
        ObjectBinding<Problems> problems = Bindings.createObjectBinding(() -> new Problems().require(
                !text.getText().isBlank(), IntakeService.REASON, decline
                        ? "Give a reason for declining; the requester will read it."
                        : "Write what you need to know; the requester will read it."), text.textProperty());
        FormGrid form = new FormGrid(problems);
        Label about = new Label(r.ref() + " " + r.initiative() + " — from " + row.requester());
        about.setWrapText(true);
        form.addWide(about);
        form.add(decline ? "Reason" : "Question", text, IntakeService.REASON);
        IntakeService service = session.workspace().intake();
        new FormDialog<>(owner, (decline ? "Decline " : "Ask for more on ") + r.ref(), decline ? "Decline" : "Send",
                form, Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> decline ? service.decline(r.id(), text.getText()) : service.askForMore(r.id(), text.getText()),
                saved -> session.status().info((decline ? "Declined " : "Asked for more on ") + saved.ref()
                        + "; the response clock stopped (Undo with Ctrl+Z)")).show();
        text.requestFocus();
    }

    private record AcceptContext(List<Capacity.Row> capacity, Capacity.Suggestion suggestion, Set<String> keys) {
    }

    static void accept(Window owner, Session session, IntakeRow row) {
        IntakeRequest r = row.request();
        session.load("Weighing the team's bandwidth…", () -> {
            List<Capacity.Row> rows = session.workspace().capacity().rows();
            return new AcceptContext(rows, Capacity.suggest(rows, r.weight()), session.workspace().programs().keysInUse(0));
        }, context -> openAccept(owner, session, row, context));
    }

    private static void openAccept(Window owner, Session session, IntakeRow row, AcceptContext context) {
        IntakeRequest r = row.request();
        TextField key = new TextField(ProgramTemplate.suggestKey(r));
        key.setId("accept-key");
        ComboBox<Capacity.Row> tpgm = new ComboBox<>(FXCollections.observableArrayList(context.capacity()));
        tpgm.setId("accept-tpgm");
        tpgm.setCellFactory(l -> cell());
        tpgm.setButtonCell(cell());
        context.suggestion().who().ifPresent(tpgm::setValue);
        ObjectBinding<Problems> problems = Bindings.createObjectBinding(() -> {
            Problems p = new Problems();
            String k = ProgramValidator.normalizeKey(key.getText());
            if (!k.matches("^[A-Z][A-Z0-9]{1,9}-[0-9]{1,5}$")) {
                p.add(IntakeService.KEY, "Key must look like CHK-12: 2-10 letters or digits starting with a letter,"
                        + " a dash, a number.");
            } else if (context.keys().contains(k)) {
                p.add(IntakeService.KEY, "Another program already uses the key " + k + ".");
            }
            p.require(tpgm.getValue() != null, IntakeService.TPGM, "Choose the TPgM who will run it.");
            return p;
        }, key.textProperty(), tpgm.valueProperty());
        FormGrid form = new FormGrid(problems);
        Label about = new Label(r.ref() + " " + r.initiative() + " — complexity " + r.complexity().label()
                .toLowerCase(java.util.Locale.ROOT) + ", business criticality " + r.criticality().label()
                .toLowerCase(java.util.Locale.ROOT) + ": weighs "
                + Capacity.format(r.weight()) + " points.");
        about.setWrapText(true);
        form.addWide(about);
        Label suggestion = new Label(context.suggestion().why());
        suggestion.setId("accept-suggestion");
        suggestion.setWrapText(true);
        suggestion.getStyleClass().add("tl-suggestion");
        form.addWide(suggestion);
        form.add("Program key", key, IntakeService.KEY);
        form.add("TPgM", tpgm, IntakeService.TPGM);
        Label template = new Label("Creates the program (planned, priority " + r.criticality().priority()
                + ") with its objective, a workstream per function, a milestone skeleton to "
                + (r.desiredDate() == null ? "twelve weeks out" : session.dates().format(r.desiredDate()))
                + ", a RACI with " + row.requester() + " Informed, a weekly sync and starter risks. One undo removes it all.");
        template.setWrapText(true);
        template.getStyleClass().add(Styles.MUTED);
        form.addWide(template);
        IntakeService service = session.workspace().intake();
        new FormDialog<Program>(owner, "Accept " + r.ref(), "Accept and create program", form,
                Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> service.accept(r.id(), new AcceptInput(key.getText(), tpgm.getValue().personId())),
                program -> {
                    session.status().info("Accepted " + r.ref() + " as " + program.key() + " (Undo with Ctrl+Z)");
                    session.navigator().openProgram(program.id());
                }).show();
    }

    private static ListCell<Capacity.Row> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Capacity.Row item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " — headroom " + Capacity.format(item.headroom())
                        + " points (" + item.programs().size() + " programs)");
            }
        };
    }
}
