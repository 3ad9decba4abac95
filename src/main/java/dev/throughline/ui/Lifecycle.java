package dev.throughline.ui;

import javafx.scene.Node;

/**
 * Views listen to the workspace only while they are in a scene: activate when added, deactivate when
 * removed, so closed tabs leave no listeners behind.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    public static void whileInScene(Node view, Runnable activate, Runnable deactivate) {
        view.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                deactivate.run();
            } else if (old == null) {
                activate.run();
            }
        });
    }
}
