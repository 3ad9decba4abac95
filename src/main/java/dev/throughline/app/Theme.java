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

    static void apply(AppSettings.Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == AppSettings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String css = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
