package dev.throughline.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer, light or dark, plus Throughline's own stylesheet on top. */
final class Theme {

    private static final String APP_CSS = "/css/throughline.css";

    private Theme() {
    }

    /**
     * Sets the theme as the user-agent stylesheet. Called before the first control is created, this
     * also spares start-up the parse of JavaFX's own default (Modena), which {@code Control} loads
     * when no user-agent stylesheet is set yet.
     */
    static void applyUserAgent(AppSettings.Theme theme) {
        Application.setUserAgentStylesheet(theme == AppSettings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    static void apply(AppSettings.Theme theme, Scene scene) {
        applyUserAgent(theme);
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
