package dev.throughline.ui;

import dev.throughline.validation.FieldProblem;
import dev.throughline.validation.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A two-column form whose fields show their validation message underneath. A field's problem shows
 * once the user has touched it (changed it, or left it after being in it) or tried to save
 * ({@link #revealAll()}); the line under each checked field is reserved, so the form never jumps as
 * messages come and go. Captions are never cut: their column is as wide as the longest.
 */
public final class FormGrid extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ObservableValue<Problems> problems;
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final Set<String> shownFields = new HashSet<>();
    private final List<Checked> checked = new ArrayList<>();
    private int row;

    private record Checked(String field, Control control) {
    }

    public FormGrid(ObservableValue<Problems> problems) {
        this.problems = problems;
        getStyleClass().add(Styles.FORM);
        setHgap(12);
        setVgap(0);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds "label: control" and, when {@code field} is not null, the line for its problem. */
    public <C extends Control> C add(String label, C control, String field) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        add(caption, 0, row);
        add(control, 1, row);
        Insets spaced = new Insets(6, 0, 0, 0);
        GridPane.setMargin(caption, spaced);
        GridPane.setMargin(control, spaced);
        GridPane.setValignment(caption, control instanceof javafx.scene.control.TextArea ? VPos.TOP : VPos.CENTER);
        row++;
        if (field != null) {
            shownFields.add(field);
            checked.add(new Checked(field, control));
            BooleanProperty touched = touchedBy(control);
            Label error = new Label();
            error.getStyleClass().add(Styles.FIELD_ERROR);
            error.setWrapText(true);
            error.setId(control.getId() == null ? null : control.getId() + "-error");
            Runnable refresh = () -> {
                String message = touched.get() || revealed.get() ? messageFor(field).orElse("") : "";
                error.setText(message);
                control.pseudoClassStateChanged(INVALID, !message.isEmpty());
            };
            problems.addListener((obs, old, now) -> refresh.run());
            touched.addListener((obs, old, now) -> refresh.run());
            revealed.addListener((obs, old, now) -> refresh.run());
            refresh.run();
            GridPane.setMargin(error, new Insets(1, 0, 0, 0));
            add(error, 1, row++);
        }
        return control;
    }

    public void addWide(Node node) {
        GridPane.setMargin(node, new Insets(6, 0, 0, 0));
        add(node, 0, row++, 2, 1);
    }

    /** Shows every field's problem (the user tried to save) and focuses the first field that has one. */
    public void revealAll() {
        revealed.set(true);
        checked.stream().filter(c -> messageFor(c.field()).isPresent()).findFirst()
                .ifPresent(c -> c.control().requestFocus());
    }

    /** Problems of fields this form has no line for (they can only be said in a banner). */
    public List<String> problemsNotShown() {
        Problems now = problems.getValue();
        return now == null ? List.of() : now.list().stream().filter(p -> !shownFields.contains(p.field()))
                .map(FieldProblem::message).toList();
    }

    private Optional<String> messageFor(String field) {
        return problems.getValue() == null ? Optional.empty() : problems.getValue().messageFor(field);
    }

    /** True once the user changed the control or left it after being in it. */
    private static BooleanProperty touchedBy(Control control) {
        BooleanProperty touched = new SimpleBooleanProperty(false);
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (was && !focused) {
                touched.set(true);
            }
        });
        for (ObservableValue<?> value : valuesOf(control)) {
            value.addListener((obs, old, now) -> touched.set(true));
        }
        return touched;
    }

    /** What the user changes in the control: its text, value or check (and an editable box's editor text). */
    private static List<ObservableValue<?>> valuesOf(Control control) {
        if (control instanceof TextInputControl text) {
            return List.of(text.textProperty());
        }
        if (control instanceof ComboBox<?> box && box.isEditable()) {
            return List.of(box.valueProperty(), box.getEditor().textProperty());
        }
        if (control instanceof DatePicker picker) {
            return List.of(picker.valueProperty(), picker.getEditor().textProperty());
        }
        if (control instanceof ComboBoxBase<?> box) {
            return List.of(box.valueProperty());
        }
        if (control instanceof CheckBox box) {
            return List.of(box.selectedProperty());
        }
        return List.of();
    }
}
