package dev.throughline.program;

import dev.throughline.ui.Styles;
import javafx.scene.control.Label;

/** A coloured pill for health or status; colours come from the stylesheet. */
final class HealthBadge {

    private HealthBadge() {
    }

    static Label of(Enum<?> value, String text) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll(Styles.BADGE, Styles.badgeFor(value));
        return badge;
    }

    static void restyle(Label badge, Enum<?> value, String text) {
        badge.getStyleClass().removeIf(c -> c.startsWith(Styles.BADGE + "-"));
        badge.getStyleClass().add(Styles.badgeFor(value));
        badge.setText(text);
    }
}
