package dev.throughline.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;

/** AtlantaFX Primer, light or dark, plus Throughline's own stylesheet on top. */
final class Theme {

    private static final String APP_CSS = "/css/throughline.css";
    private static final String OPAQUE_POPUPS_CSS = "/css/opaque-popups.css";

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
        String opaque = Theme.class.getResource(OPAQUE_POPUPS_CSS).toExternalForm();
        if (!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW) && !scene.getStylesheets().contains(opaque)) {
            scene.getStylesheets().add(opaque);
        }
    }
}
