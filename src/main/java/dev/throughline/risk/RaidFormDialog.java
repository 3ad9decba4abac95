package dev.throughline.risk;

import dev.throughline.app.Session;
import dev.throughline.people.Person;
import dev.throughline.people.PersonPicker;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.ui.DateField;
import dev.throughline.ui.FormDialog;
import dev.throughline.ui.FormGrid;
import dev.throughline.ui.Styles;
import dev.throughline.validation.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Add or edit a RAID item: every field, validated as you type (scores 1-5, a title, a known owner). */
final class RaidFormDialog {

    /** A milestone the item can link to or watch. */
    record MilestoneChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private RaidFormDialog() {
    }

    /** What the form offers, read before it opens. */
    private record Choices(List<MilestoneChoice> milestones, List<Person> people) {
    }

    static void show(Window owner, Session session, long programId, RaidRow existing) {
        session.load("Loading milestones…", () -> {
            Map<Long, List<MilestoneRow>> all = session.workspace().milestones().portfolioRows();
            List<MilestoneChoice> choices = new ArrayList<>();
            List<MilestoneRow> own = all.getOrDefault(programId, List.of());
            own.forEach(r -> choices.add(new MilestoneChoice(r.milestone().id(), r.programKey() + " “" + r.milestone().title() + "”")));
            all.forEach((id, rows) -> {
                if (id != programId) {
                    rows.stream().sorted(Comparator.comparing(r -> r.milestone().forecast())).forEach(r -> choices.add(
                            new MilestoneChoice(r.milestone().id(), r.programKey() + " “" + r.milestone().title() + "”")));
                }
            });
            return new Choices(choices, session.workspace().people().all());
        }, choices -> open(owner, session, programId, existing, choices.people(), choices.milestones()));
    }

    private static void open(Window owner, Session session, long programId, RaidRow existing, List<Person> people,
                             List<MilestoneChoice> milestones) {
        RaidInput start = existing == null ? null : RaidInput.of(existing.item(), existing.owner(), existing.milestoneIds());
        ComboBox<RaidType> type = box("raid-type", RaidType.values());
        TextField title = field("raid-title", start == null ? "" : start.title(), "Vendor tokenization API is late");
        TextField cause = field("raid-cause", start == null ? "" : start.cause(), "Because…");
        TextField event = field("raid-event", start == null ? "" : start.event(), "…this may happen…");
        TextField effect = field("raid-effect", start == null ? "" : start.effect(), "…with this effect on the plan");
        TextField probability = field("raid-probability", start == null ? "3" : start.probability(), "1-5");
        TextField impact = field("raid-impact", start == null ? "3" : start.impact(), "1-5");
        TextField residualP = field("raid-residual-probability", start == null ? "" : start.residualProbability(),
                "after the response (optional)");
        TextField residualI = field("raid-residual-impact", start == null ? "" : start.residualImpact(),
                "after the response (optional)");
        PersonPicker ownerBox = PersonPicker.of(session, people);
        ownerBox.setId("raid-owner");
        ownerBox.choose(start == null ? null : PersonPicker.resolve(people, start.owner()).orElse(null));
        // The owner as the form reads it: the person the text names (a first name is enough), or the text as typed.
        javafx.beans.binding.StringBinding ownerName = Bindings.createStringBinding(() -> ownerBox.chosen() != null
                ? ownerBox.chosen().name() : ownerBox.text(), ownerBox.chosenProperty(), ownerBox.getEditor().textProperty());
        ComboBox<Response> response = box("raid-response", Response.values());
        response.getItems().add(0, null);
        TextArea mitigation = new TextArea(start == null ? "" : start.mitigation());
        mitigation.setId("raid-mitigation");
        mitigation.setPrefRowCount(2);
        mitigation.setWrapText(true);
        ComboBox<Proximity> proximity = box("raid-proximity", Proximity.values());
        DateField review = new DateField(session.dates(), start == null ? session.workspace().risks().today().plusDays(14)
                : start.reviewDate());
        review.setId("raid-review");
        ComboBox<RaidStatus> status = box("raid-status", RaidStatus.OPEN, RaidStatus.MITIGATING, RaidStatus.CLOSED);
        ComboBox<TriggerKind> trigger = box("raid-trigger", TriggerKind.values());
        trigger.getItems().add(0, null);
        trigger.setConverter(RaidView.converter(k -> k == null ? "No trigger" : k.label()));
        trigger.setButtonCell(RaidView.cell(k -> k == null ? "No trigger" : k.label()));
        trigger.setCellFactory(l -> RaidView.cell(k -> k == null ? "No trigger" : k.label()));
        ComboBox<MilestoneChoice> watched = new ComboBox<>(FXCollections.observableArrayList(milestones));
        watched.setId("raid-trigger-milestone");
        watched.setPromptText("Milestone to watch");
        DateField triggerDate = new DateField(session.dates(), start == null ? null : start.triggerDate());
        triggerDate.setId("raid-trigger-date");
        TextField triggerDays = field("raid-trigger-days", start == null ? "14" : start.triggerDays().isBlank() ? "14"
                : start.triggerDays(), "days");
        ListView<MilestoneChoice> links = new ListView<>(FXCollections.observableArrayList(milestones));
        links.setId("raid-links");
        links.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        links.setPrefHeight(110);
        if (start == null) {
            type.setValue(RaidType.RISK);
            proximity.setValue(Proximity.THIS_QUARTER);
            status.setValue(RaidStatus.OPEN);
        } else {
            type.setValue(start.type());
            response.setValue(start.response());
            proximity.setValue(start.proximity());
            if (start.status() == RaidStatus.REALISED) {
                status.getItems().add(RaidStatus.REALISED);
            }
            status.setValue(start.status());
            trigger.setValue(start.triggerKind());
            watched.setValue(milestones.stream().filter(m -> start.triggerMilestoneId() != null
                    && m.id() == start.triggerMilestoneId()).findFirst().orElse(null));
            for (MilestoneChoice m : milestones) {
                if (start.milestoneIds().contains(m.id())) {
                    links.getSelectionModel().select(m);
                }
            }
        }
        watched.disableProperty().bind(Bindings.createBooleanBinding(() -> trigger.getValue() == null
                || !trigger.getValue().needsMilestone(), trigger.valueProperty()));
        triggerDate.disableProperty().bind(trigger.valueProperty().isNotEqualTo(TriggerKind.MILESTONE_LATER_THAN));
        triggerDays.disableProperty().bind(trigger.valueProperty().isNotEqualTo(TriggerKind.DEPENDENCY_NOT_DONE));

        ObjectBinding<RaidInput> input = Bindings.createObjectBinding(() -> new RaidInput(type.getValue(),
                        title.getText(), cause.getText(), event.getText(), effect.getText(), probability.getText(),
                        impact.getText(), residualP.getText(), residualI.getText(), ownerName.get(),
                        response.getValue(), mitigation.getText(), trigger.getValue(),
                        watched.getValue() == null ? null : watched.getValue().id(), triggerDate.getValue(),
                        triggerDays.getText(), proximity.getValue(), review.getValue(), status.getValue(),
                        links.getSelectionModel().getSelectedItems().stream().map(MilestoneChoice::id).toList()),
                type.valueProperty(), title.textProperty(), cause.textProperty(), event.textProperty(),
                effect.textProperty(), probability.textProperty(), impact.textProperty(), residualP.textProperty(),
                residualI.textProperty(), ownerName, response.valueProperty(),
                mitigation.textProperty(), trigger.valueProperty(), watched.valueProperty(), triggerDate.valueProperty(),
                triggerDays.textProperty(), proximity.valueProperty(), review.valueProperty(), status.valueProperty(),
                links.getSelectionModel().getSelectedItems());
        ObjectBinding<Problems> problems = DateField.withTypingErrors(Bindings.createObjectBinding(
                () -> input.get().check(known(ownerBox.directory())), input, ownerBox.directory()),
                Map.of(RaidInput.REVIEW, review, RaidInput.TRIGGER_DATE, triggerDate));
        Label score = new Label();
        score.setId("raid-score");
        score.textProperty().bind(Bindings.createStringBinding(() -> scoreText(probability.getText(), impact.getText(),
                residualP.getText(), residualI.getText()), probability.textProperty(), impact.textProperty(),
                residualP.textProperty(), residualI.textProperty()));
        score.getStyleClass().add(Styles.MUTED);

        FormGrid form = new FormGrid(problems);
        form.add("Type", type, RaidInput.TYPE);
        form.add("Title", title, RaidInput.TITLE);
        form.add("Cause", cause, null);
        form.add("Event", event, null);
        form.add("Effect", effect, null);
        form.add("Probability", probability, RaidInput.PROBABILITY);
        form.add("Impact", impact, RaidInput.IMPACT);
        form.add("Residual probability", residualP, RaidInput.RESIDUAL_PROBABILITY);
        form.add("Residual impact", residualI, RaidInput.RESIDUAL_IMPACT);
        form.addWide(score);
        form.add("Owner", ownerBox, RaidInput.OWNER);
        form.add("Response", response, null);
        form.add("Mitigation", mitigation, null);
        form.add("Proximity", proximity, RaidInput.PROXIMITY);
        form.add("Review date", review, RaidInput.REVIEW);
        form.add("Status", status, RaidInput.STATUS);
        form.add("Trigger", trigger, RaidInput.TRIGGER);
        form.add("Watched milestone", watched, RaidInput.TRIGGER_MILESTONE);
        form.add("Not later than", triggerDate, RaidInput.TRIGGER_DATE);
        form.add("Days before successor", triggerDays, RaidInput.TRIGGER_DAYS);
        form.add("Linked milestones", links, null);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        RiskService service = session.workspace().risks();
        new FormDialog<>(owner, existing == null ? "Add RAID item" : "Edit " + existing.item().ref(),
                existing == null ? "Add" : "Save", scroll,
                Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems), session.background(),
                () -> existing == null ? service.create(programId, input.get()) : service.update(existing.item().id(), input.get()),
                saved -> session.status().info((existing == null ? "Added " : "Saved ") + saved.ref() + " " + saved.title()
                        + " (Undo with Ctrl+Z)")).show();
        title.requestFocus();
    }

    private static Map<String, Long> known(List<Person> people) {
        Map<String, Long> known = new HashMap<>();
        people.forEach(p -> known.put(RaidInput.key(p.name()), p.id()));
        return known;
    }

    /** "Score 12 (amber) · residual 4 (green)", or empty while a score is not on the scale. */
    static String scoreText(String p, String i, String rp, String ri) {
        Integer score = product(p, i);
        if (score == null) {
            return "";
        }
        Integer residual = product(rp, ri);
        return "Score " + score + " (" + RiskBands.band(score).label().toLowerCase(java.util.Locale.ROOT) + ")"
                + (residual == null ? "" : " · residual " + residual + " ("
                + RiskBands.band(residual).label().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private static Integer product(String a, String b) {
        try {
            int x = Integer.parseInt(a.strip());
            int y = Integer.parseInt(b.strip());
            return RiskBands.onScale(x) && RiskBands.onScale(y) ? x * y : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    @SafeVarargs
    private static <T> ComboBox<T> box(String id, T... values) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        return box;
    }
}
