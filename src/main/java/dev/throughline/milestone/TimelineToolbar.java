package dev.throughline.milestone;

import dev.throughline.app.Session;
import dev.throughline.timeline.TimelineScale;
import dev.throughline.timeline.TimelineView;
import dev.throughline.ui.Styles;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

/** Zoom, today, fit, layers and PNG export for a timeline; shared by the program and portfolio timelines. */
final class TimelineToolbar {

    private TimelineToolbar() {
    }

    static HBox of(String title, TimelineView view, Session session, String exportName, Node... extra) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        ToggleGroup zoom = new ToggleGroup();
        HBox zooms = new HBox();
        zooms.getStyleClass().add("segmented");
        for (TimelineScale.Zoom level : TimelineScale.Zoom.values()) {
            ToggleButton button = new ToggleButton(level.name().charAt(0) + level.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            button.setId("zoom-" + level.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(zoom);
            button.setOnAction(e -> {
                view.setZoom(level);
                view.requestFocus();
            });
            zooms.getChildren().add(button);
        }
        view.zoomProperty().addListener((obs, old, now) -> zoom.getToggles().forEach(t ->
                t.setSelected(((ToggleButton) t).getId().equals("zoom-" + now.name().toLowerCase(java.util.Locale.ROOT)))));
        Button today = new Button("Today");
        today.setOnAction(e -> {
            view.scrollTo(LocalDate.now());
            view.requestFocus();
        });
        Button fit = new Button("Fit");
        // focus goes back to the timeline, so + - arrows and the wheel act on it right after a click here
        fit.setOnAction(e -> {
            view.zoomToFit();
            view.requestFocus();
        });
        CheckBox baselines = new CheckBox("Baselines");
        baselines.selectedProperty().bindBidirectional(view.showBaselinesProperty());
        CheckBox links = new CheckBox("Dependencies");
        links.selectedProperty().bindBidirectional(view.showLinksProperty());
        Button export = new Button("Export PNG…");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the visible timeline");
            chooser.setInitialFileName(exportName + ".png");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File file = chooser.showSaveDialog(view.getScene().getWindow());
            if (file != null) {
                try {
                    TimelineView.PngPixels pixels = view.snapshotPng();
                    session.background().run("Exporting…", () -> {
                        session.chosenOutput(file.toPath()).write(pixels::writeTo);
                    }, () -> session.status().info("Exported the timeline to " + file),
                            failure -> session.status().error("Could not export the timeline to " + file + ": "
                                    + failure.getMessage()));
                } catch (IOException ex) {
                    session.status().error("Could not export the timeline: " + ex.getMessage());
                }
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading);
        bar.getChildren().addAll(extra);
        bar.getChildren().addAll(spacer, baselines, links, zooms, today, fit, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }
}
