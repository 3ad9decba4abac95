package dev.throughline.ui;

import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Sizing shared by every dialog: never taller or wider than the window it belongs to. */
public final class Dialogs {

    /** Room left for the dialog's own title bar when the platform draws one. */
    private static final double TITLE_BAR = 32;

    private Dialogs() {
    }

    /**
     * Caps the dialog at its owner's size (or the screen's, without an owner), so a long form scrolls
     * inside instead of running off the screen with its buttons. The content must be able to shrink:
     * put long forms in a ScrollPane.
     */
    public static void fitInside(Dialog<?> dialog, Window owner) {
        DialogPane pane = dialog.getDialogPane();
        double height;
        double width;
        if (owner != null && owner.getHeight() > 0) {
            height = owner.getHeight();
            width = owner.getWidth();
        } else {
            height = Screen.getPrimary().getVisualBounds().getHeight();
            width = Screen.getPrimary().getVisualBounds().getWidth();
        }
        pane.setMaxHeight(Math.max(200, height - TITLE_BAR));
        pane.setMaxWidth(Math.max(300, width));
        pane.setPrefHeight(pane.getPrefHeight() > pane.getMaxHeight() ? pane.getMaxHeight() : pane.getPrefHeight());
        pane.setPrefWidth(pane.getPrefWidth() > pane.getMaxWidth() ? pane.getMaxWidth() : pane.getPrefWidth());
        if (owner != null) {
            // JavaFX places a dialog a third of the way down its owner: a tall one would start above it.
            dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> keepWithin(pane.getScene().getWindow(), owner));
        }
    }

    private static void keepWithin(Window window, Window owner) {
        double bottom = owner.getY() + owner.getHeight();
        if (window.getY() + window.getHeight() > bottom) {
            window.setY(bottom - window.getHeight());
        }
        if (window.getY() < owner.getY()) {
            window.setY(owner.getY());
        }
    }
}
