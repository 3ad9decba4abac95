package dev.throughline.ui;

import dev.throughline.validation.Problems;
import java.time.LocalDate;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * The one date field of every form: a calendar popup plus text read by {@link DateInput} (ISO, the
 * locale's form, {@code +2w}, {@code fri}). Tab, focus loss and Enter commit what was typed; text that
 * is not a date stays in the field and {@link #errorProperty()} says why, so the form shows it like any
 * other field problem and will not save. The first Enter after typing only resolves the date (the field
 * then shows it); Enter on a resolved date submits the form. See decision 0051.
 */
public class DateField extends DatePicker {

    public static final String STYLE_CLASS = "tl-date-field";
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final DateDisplay dates;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final InvalidationListener restyle = o -> restyle();

    public DateField(DateDisplay dates) {
        this(dates, null);
    }

    public DateField(DateDisplay dates, LocalDate initial) {
        this.dates = dates;
        getStyleClass().add(STYLE_CLASS);
        setConverter(new Converter());
        setValue(initial);
        setPromptText(dates.prompt());
        valueProperty().addListener((obs, old, now) -> clearError());
        showingProperty().addListener((obs, was, showing) -> clearError());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !isShowing()) {
                commit();
            }
        });
        error.addListener((obs, old, now) -> pseudoClassStateChanged(INVALID, !now.isEmpty()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::enterPressed);
        addEventFilter(KeyEvent.KEY_RELEASED, this::enterReleased);
        dates.styleProperty().addListener(new WeakInvalidationListener(restyle));
    }

    /** Why the typed text is not a date; empty while the field holds a date or nothing. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /**
     * Reads the typed text now. Returns false, keeping the text and setting {@link #errorProperty()},
     * when it is not a date.
     */
    public boolean commit() {
        DateInput.Result typed = dates.parse(getEditor().getText());
        if (!typed.ok()) {
            error.set(typed.problem());
            return false;
        }
        setValue(typed.date());
        clearError();
        getEditor().setText(dates.format(typed.date()));
        return true;
    }

    /** A label under the field that shows its error, for places that are not a {@link FormGrid}. */
    public Label errorLabel() {
        Label label = new Label();
        label.getStyleClass().add(Styles.FIELD_ERROR);
        label.setWrapText(true);
        label.setId(getId() == null ? null : getId() + "-error");
        label.textProperty().bind(error);
        label.managedProperty().bind(error.isNotEmpty());
        label.visibleProperty().bind(error.isNotEmpty());
        return label;
    }

    /**
     * The form's problems with each date field's typing error put first under that field's name, so the
     * form shows the reason under the field and keeps Save disabled until the text is a date.
     */
    public static ObjectBinding<Problems> withTypingErrors(ObservableValue<Problems> form, Map<String, DateField> fields) {
        Observable[] dependencies = new Observable[fields.size() + 1];
        dependencies[0] = form;
        int i = 1;
        for (DateField field : fields.values()) {
            dependencies[i++] = field.errorProperty();
        }
        return Bindings.createObjectBinding(() -> {
            Problems all = new Problems();
            fields.forEach((name, field) -> {
                if (!field.getError().isEmpty()) {
                    all.add(name, field.getError());
                }
            });
            if (form.getValue() != null) {
                form.getValue().list().forEach(p -> all.add(p.field(), p.message()));
            }
            return all;
        }, dependencies);
    }

    private void enterPressed(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || isShowing()) {
            return;
        }
        String before = getEditor().getText();
        boolean resolved = commit();
        if (!resolved || !before.strip().equals(getEditor().getText())) {
            event.consume();
        }
    }

    private void enterReleased(KeyEvent event) {
        // The skin would commit again on release and put the old value's text over a rejected entry.
        if (event.getCode() == KeyCode.ENTER && !isShowing()) {
            event.consume();
        }
    }

    private void clearError() {
        error.set("");
    }

    private void restyle() {
        setPromptText(dates.prompt());
        if (error.get().isEmpty()) {
            getEditor().setText(dates.format(getValue()));
        }
    }

    /** Used by the calendar popup and by focus loss; never throws. */
    private final class Converter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            return dates.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            DateInput.Result typed = dates.parse(text);
            if (!typed.ok()) {
                error.set(typed.problem());
                return getValue();
            }
            clearError();
            return typed.date();
        }
    }
}
