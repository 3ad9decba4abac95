package dev.throughline.ui;

import dev.throughline.validation.Problems;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form whose fields show their validation message underneath, live. */
public final class FormGrid extends GridPane {

    private final ObservableValue<Problems> problems;
    private int row;

    public FormGrid(ObservableValue<Problems> problems) {
        this.problems = problems;
        getStyleClass().add(Styles.FORM);
        setHgap(12);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds "label: control" and, when {@code field} is not null, its live error line. */
    public <C extends Control> C add(String label, C control, String field) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        add(caption, 0, row);
        add(control, 1, row);
        row++;
        if (field != null) {
            Label error = new Label();
            error.getStyleClass().add(Styles.FIELD_ERROR);
            error.setWrapText(true);
            error.setId(control.getId() == null ? null : control.getId() + "-error");
            Runnable refresh = () -> {
                String message = problems.getValue() == null ? "" : problems.getValue().messageFor(field).orElse("");
                error.setText(message);
                error.setManaged(!message.isEmpty());
                error.setVisible(!message.isEmpty());
                control.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !message.isEmpty());
            };
            problems.addListener((obs, old, now) -> refresh.run());
            refresh.run();
            add(error, 1, row++);
        }
        return control;
    }

    public void addWide(Node node) {
        add(node, 0, row++, 2, 1);
    }
}
