package dev.throughline.raci;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * A combo box cell that names its item; used as the button cell with a prompt, it shows the prompt (muted)
 * whenever nothing is chosen. JavaFX drops a combo box's prompt text once a custom button cell has shown a
 * value and the value goes back to null.
 */
final class PromptCell<T> extends ListCell<T> {

    private static final String PROMPT_STYLE = "tl-prompt";

    private final String prompt;
    private final Function<T, String> name;

    private PromptCell(String prompt, Function<T, String> name) {
        this.prompt = prompt;
        this.name = name;
    }

    /** {@code prompt} null: a list cell; otherwise a button cell that shows it while empty. */
    static <T> PromptCell<T> of(String prompt, Function<T, String> name) {
        return new PromptCell<>(prompt, name);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        boolean none = empty || item == null;
        setText(none ? prompt : name.apply(item));
        getStyleClass().remove(PROMPT_STYLE);
        if (none && prompt != null) {
            getStyleClass().add(PROMPT_STYLE);
        }
    }
}
