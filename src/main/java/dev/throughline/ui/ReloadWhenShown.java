package dev.throughline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;

/**
 * Runs a view's reload at once when the view is on screen, or once it next comes on screen. A tab
 * that is not selected stays in the scene (hidden), and views that read the whole portfolio would
 * otherwise re-read it after every edit, queueing seconds of work on the one workspace executor
 * ahead of the next edit.
 */
public final class ReloadWhenShown {

    private final Node view;
    private final Runnable reload;
    private final InvalidationListener visibilityChanged = obs -> reloadIfShownAndStale();
    private final List<Node> watched = new ArrayList<>();
    private boolean stale;

    private ReloadWhenShown(Node view, Runnable reload) {
        this.view = view;
        this.reload = reload;
        view.sceneProperty().addListener((obs, old, now) -> watchAncestors());
        watchAncestors();
    }

    /** A reload to hand to change subscriptions in place of {@code reload}. */
    public static Runnable of(Node view, Runnable reload) {
        return new ReloadWhenShown(view, reload)::request;
    }

    private void request() {
        if (shown()) {
            stale = false;
            reload.run();
        } else {
            stale = true;
        }
    }

    private void reloadIfShownAndStale() {
        if (stale && shown()) {
            stale = false;
            reload.run();
        }
    }

    private boolean shown() {
        if (view.getScene() == null) {
            return false;
        }
        for (Node n = view; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void watchAncestors() {
        watched.forEach(n -> n.visibleProperty().removeListener(visibilityChanged));
        watched.clear();
        if (view.getScene() == null) {
            return;
        }
        for (Node n = view; n != null; n = n.getParent()) {
            n.visibleProperty().addListener(visibilityChanged);
            watched.add(n);
        }
        reloadIfShownAndStale();
    }
}
