package dev.throughline.ui;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icon set, in one place so every view uses the same glyph for the same idea. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Feather glyph) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("tl-icon");
        return icon;
    }

    public static FontIcon add() {
        return of(Feather.PLUS);
    }

    public static FontIcon edit() {
        return of(Feather.EDIT_2);
    }

    public static FontIcon delete() {
        return of(Feather.TRASH_2);
    }

    public static FontIcon archive() {
        return of(Feather.ARCHIVE);
    }

    public static FontIcon open() {
        return of(Feather.ARROW_UP_RIGHT);
    }

    public static FontIcon search() {
        return of(Feather.SEARCH);
    }

    public static FontIcon undo() {
        return of(Feather.CORNER_UP_LEFT);
    }

    public static FontIcon redo() {
        return of(Feather.CORNER_UP_RIGHT);
    }

    public static FontIcon portfolio() {
        return of(Feather.LAYERS);
    }

    public static FontIcon people() {
        return of(Feather.USERS);
    }

    public static FontIcon timeline() {
        return of(Feather.CALENDAR);
    }

    public static FontIcon program() {
        return of(Feather.FLAG);
    }
}
