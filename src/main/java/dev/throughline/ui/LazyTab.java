package dev.throughline.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** A tab whose view is built, and reads its data, only when the tab is first selected. */
public final class LazyTab {

    private LazyTab() {
    }

    /** Gives {@code tab} its content from {@code content} the first time it is selected; returns the tab. */
    public static Tab fillOnFirstSelection(Tab tab, Supplier<? extends Node> content) {
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
