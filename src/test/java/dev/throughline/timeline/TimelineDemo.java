package dev.throughline.timeline;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.throughline.timeline.TimelineScale.Zoom;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Shows the timeline with a generated program, for screenshots and trying the interaction by hand.
 * Arguments: {@code --zoom WEEK|MONTH|QUARTER|YEAR}, {@code --dark}, {@code --select N} (select the N-th
 * milestone of the first lane), {@code --export file.png} (write a PNG after the window settles).
 */
public final class TimelineDemo {

    private TimelineDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {

        private TimelineData data;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            boolean dark = args.contains("--dark");
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            LocalDate today = LocalDate.now();
            data = TimelineSamples.program(today);

            TimelineView view = new TimelineView();
            view.setToday(today);
            view.setData(data);
            Label status = new Label("Drag a milestone to move it · ctrl+wheel zooms · T jumps to today");
            status.getStyleClass().add("tl-muted");
            view.setOnMove((item, date) -> {
                data = moved(data, item, date);
                view.setData(data);
                status.setText("Moved \u201c" + item.label() + "\u201d to " + date);
            });
            view.setOnOpen(item -> status.setText("Open \u201c" + item.label() + "\u201d"));
            view.selectedItemProperty().addListener((o, a, item) -> {
                if (item != null) {
                    status.setText(item.label() + " \u2014 " + TimelineView.describe(item, java.util.Locale.ENGLISH)
                            .replace('\n', ' '));
                }
            });

            ToggleGroup zooms = new ToggleGroup();
            HBox zoomBox = new HBox();
            zoomBox.getStyleClass().add("segmented");
            for (Zoom z : Zoom.values()) {
                ToggleButton b = new ToggleButton(z.name().charAt(0) + z.name().substring(1).toLowerCase());
                b.setToggleGroup(zooms);
                b.setUserData(z);
                b.setOnAction(e -> view.setZoom(z));
                zoomBox.getChildren().add(b);
            }
            if (zoomBox.getChildren().size() > 0) {
                zoomBox.getChildren().get(0).getStyleClass().add("left-pill");
                zoomBox.getChildren().get(zoomBox.getChildren().size() - 1).getStyleClass().add("right-pill");
                for (int i = 1; i < zoomBox.getChildren().size() - 1; i++) {
                    zoomBox.getChildren().get(i).getStyleClass().add("center-pill");
                }
            }
            view.zoomProperty().addListener((o, a, z) -> zooms.getToggles().forEach(t -> t.setSelected(t.getUserData() == z)));
            Button fitButton = new Button("Fit");
            fitButton.setOnAction(e -> view.zoomToFit());
            Button todayButton = new Button("Today");
            todayButton.setOnAction(e -> view.scrollTo(view.getToday()));
            CheckBox baselines = new CheckBox("Baselines");
            baselines.selectedProperty().bindBidirectional(view.showBaselinesProperty());
            CheckBox links = new CheckBox("Dependencies");
            links.selectedProperty().bindBidirectional(view.showLinksProperty());
            Label title = new Label("Checkout redesign \u00b7 CHK-12");
            title.getStyleClass().add("tl-section-title");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox toolbar = new HBox(12, title, spacer, baselines, links, fitButton, todayButton, zoomBox);
            toolbar.setAlignment(Pos.CENTER_LEFT);
            toolbar.setPadding(new Insets(10, 14, 10, 14));
            HBox legend = new HBox(14);
            legend.setAlignment(Pos.CENTER_LEFT);
            legend.setPadding(new Insets(8, 14, 8, 14));
            Object[][] entries = {{TimelinePainter.Symbol.PLANNED, "Planned"},
                {TimelinePainter.Symbol.IN_PROGRESS, "In progress"}, {TimelinePainter.Symbol.DONE, "Done"},
                {TimelinePainter.Symbol.AT_RISK, "Slipped or past deadline"},
                {TimelinePainter.Symbol.CANCELLED, "Cancelled"}, {TimelinePainter.Symbol.BASELINE, "Baseline"},
                {TimelinePainter.Symbol.DEADLINE, "Deadline"}, {TimelinePainter.Symbol.DEPENDENCY, "Dependency"},
                {TimelinePainter.Symbol.TODAY, "Today"}};
            for (Object[] entry : entries) {
                javafx.scene.canvas.Canvas icon = new javafx.scene.canvas.Canvas(16, 16);
                Label label = new Label((String) entry[1], icon);
                label.getStyleClass().add("tl-muted");
                label.setGraphicTextGap(6);
                legend.getChildren().add(label);
                Runnable paint = () -> TimelinePainter.paintSymbol(icon.getGraphicsContext2D(),
                        (TimelinePainter.Symbol) entry[0], view.palette(), 16);
                view.paletteProperty().addListener(x -> paint.run());
                paint.run();
            }
            HBox bottom = new HBox(status);
            bottom.getStyleClass().add("tl-status-bar");

            javafx.scene.layout.VBox south = new javafx.scene.layout.VBox(legend, bottom);
            BorderPane root = new BorderPane(view, toolbar, null, south, null);
            root.getStyleClass().add("tl-page");
            root.setPadding(new Insets(0));
            Scene scene = new Scene(root, 1560, -1);
            scene.getStylesheets().add(TimelineDemo.class.getResource("/css/throughline.css").toExternalForm());
            stage.setScene(scene);
            stage.setTitle("Throughline \u2014 timeline demo");
            stage.show();

            Zoom zoom = null;
            for (int i = 0; i + 1 < args.size(); i++) {
                switch (args.get(i)) {
                    case "--zoom" -> zoom = Zoom.valueOf(args.get(i + 1));
                    case "--select" -> {
                        int n = Integer.parseInt(args.get(i + 1));
                        view.setSelectedItem(data.lanes().get(2).items().get(n));
                    }
                    case "--hover" -> {
                        int n = Integer.parseInt(args.get(i + 1));
                        TimelineItem item = data.lanes().get(2).items().get(n);
                        PauseTransition later = new PauseTransition(Duration.seconds(1.5));
                        later.setOnFinished(e -> view.hover(item));
                        later.play();
                    }
                    default -> {
                    }
                }
            }
            if (zoom == null) {
                view.zoomToFit();
            } else {
                view.setZoom(zoom);
                view.scrollTo(today.plusDays(Math.round(220 / zoom.pxPerDay())));
            }
            view.requestFocus();
            if (args.contains("--probe")) {
                // prints the screen position of lane 3's milestones, for scripted mouse input
                PauseTransition later = new PauseTransition(Duration.seconds(1.5));
                later.setOnFinished(e -> {
                    for (TimelineItem item : data.lanes().get(2).items()) {
                        view.itemCenter(item.id()).map(view::localToScreen).ifPresent(p -> System.out.printf(
                                "CENTER %d %d %s%n", Math.round(p.getX()), Math.round(p.getY()), item.label()));
                    }
                    System.out.flush();
                });
                later.play();
            }
            int exportAt = args.indexOf("--export");
            if (exportAt >= 0) {
                Path out = Path.of(args.get(exportAt + 1));
                PauseTransition wait = new PauseTransition(Duration.seconds(2));
                wait.setOnFinished(e -> {
                    try {
                        view.exportPng(out);
                        System.out.println("exported " + out + " " + view.getFrameStats());
                    } catch (Exception ex) {
                        ex.printStackTrace();
                    }
                    Platform.exit();
                });
                wait.play();
            }
        }

        private static TimelineData moved(TimelineData data, TimelineItem item, LocalDate date) {
            List<TimelineLane> lanes = new ArrayList<>();
            for (TimelineLane lane : data.lanes()) {
                List<TimelineItem> items = new ArrayList<>();
                for (TimelineItem i : lane.items()) {
                    if (i.id() == item.id()) {
                        int variance = i.baseline() == null ? 0
                                : (int) (date.toEpochDay() - i.baseline().toEpochDay());
                        i = new TimelineItem(i.id(), i.label(), date, i.baseline(), i.deadline(), i.actual(),
                                i.state(), variance, i.details());
                    }
                    items.add(i);
                }
                lanes.add(new TimelineLane(lane.id(), lane.title(), items));
            }
            return new TimelineData(lanes, data.links());
        }
    }
}
