package dev.throughline.app;

import dev.throughline.ui.DateDisplay;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeTableView;

/** View › Dates: ISO or the locale's form, remembered in the settings and applied to every open table at once. */
final class DateStyleMenu {

    private DateStyleMenu() {
    }

    static List<MenuItem> items(DateDisplay dates, AppSettings settings, Supplier<Scene> scene) {
        LocalDate example = LocalDate.of(2026, 12, 7);
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem iso = item("Dates: ISO (" + example + ")", "menu-dates-iso", DateDisplay.Style.ISO, group);
        DateDisplay locale = new DateDisplay(DateDisplay.Style.LOCALE, java.time.Clock.systemUTC(), dates.locale());
        RadioMenuItem local = item("Dates: as " + dates.locale().getDisplayName() + " writes them (" + locale.format(example)
                + ")", "menu-dates-locale", DateDisplay.Style.LOCALE, group);
        group.selectToggle(dates.style() == DateDisplay.Style.LOCALE ? local : iso);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                DateDisplay.Style style = (DateDisplay.Style) now.getUserData();
                settings.setDateStyle(style);
                dates.styleProperty().set(style);
                if (scene.get() != null) {
                    refresh(scene.get().getRoot());
                }
            }
        });
        return List.of(iso, local);
    }

    private static RadioMenuItem item(String text, String id, DateDisplay.Style style, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setUserData(style);
        item.setToggleGroup(group);
        return item;
    }

    /** Redraws every table and list so their cells write dates in the new style; other views do on their next reload. */
    private static void refresh(Node node) {
        if (node instanceof TableView<?> table) {
            table.refresh();
        } else if (node instanceof TreeTableView<?> tree) {
            tree.refresh();
        } else if (node instanceof ListView<?> list) {
            list.refresh();
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(DateStyleMenu::refresh);
        }
    }
}
