package dev.throughline.snapshot;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Each milestone's forecast over the program's snapshots: one line per milestone that moved (x: the day
 * the snapshot was taken, y: the forecast it froze), and every milestone's slip in words beside it.
 */
final class SlipChartView extends VBox {

    /** More lines than this stop being readable; the list below still names every milestone. */
    static final int MAX_LINES = 8;

    private final NumberAxis snapshotsAxis = new NumberAxis();
    private final NumberAxis forecastAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(snapshotsAxis, forecastAxis);
    private final ListView<String> words = new ListView<>();
    private final Label empty = new Label();

    SlipChartView() {
        super(6);
        setId("status-slip-chart");
        snapshotsAxis.setLabel("Snapshot taken");
        forecastAxis.setLabel("Forecast");
        for (NumberAxis axis : List.of(snapshotsAxis, forecastAxis)) {
            axis.setForceZeroInRange(false);
            axis.setAutoRanging(false);
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number epochDay) {
                    return LocalDate.ofEpochDay(epochDay.longValue()).toString();
                }

                @Override
                public Number fromString(String text) {
                    return LocalDate.parse(text).toEpochDay();
                }
            });
        }
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(260);
        words.setId("status-slip-words");
        words.setPrefHeight(140);
        empty.getStyleClass().add(dev.throughline.ui.Styles.MUTED);
        empty.setId("status-slip-note");
        empty.setWrapText(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(empty, chart, new Label("How each milestone moved across snapshots"), words);
    }

    void show(SlipHistory slips) {
        List<SlipHistory.Track> moved = slips.moved();
        words.getItems().setAll(slips.tracks().stream().sorted(java.util.Comparator.comparingInt(
                (SlipHistory.Track t) -> t.moves()).reversed()).map(SlipChartView::inWords).toList());
        chart.getData().clear();
        java.util.Optional<String> note = slips.chartNote();
        empty.setText(note.orElse(""));
        showOnly(note.isPresent() ? empty : chart);
        if (note.isPresent()) {
            return;
        }
        long minX = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        long minY = Long.MAX_VALUE;
        long maxY = Long.MIN_VALUE;
        for (SlipHistory.Track track : moved.subList(0, Math.min(MAX_LINES, moved.size()))) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(shorten(track.title()) + " (" + track.describe() + ")");
            for (SlipHistory.Point point : track.points()) {
                if (point.forecast() == null) {
                    continue;
                }
                long x = point.takenOn().toEpochDay();
                long y = point.forecast().toEpochDay();
                series.getData().add(new XYChart.Data<>(x, y));
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            chart.getData().add(series);
        }
        if (minX <= maxX) {
            range(snapshotsAxis, minX, maxX);
            range(forecastAxis, minY, maxY);
        }
    }

    /** The chart or the note that replaces it, never empty axes. */
    private void showOnly(javafx.scene.Node shown) {
        for (javafx.scene.Node node : List.of(empty, chart)) {
            node.setVisible(node == shown);
            node.setManaged(node == shown);
        }
    }

    /** "Beta — moved twice, +9 days", or with one snapshot "Beta — forecast 2027-01-29". */
    private static String inWords(SlipHistory.Track track) {
        if (track.points().size() == 1) {
            java.time.LocalDate forecast = track.points().get(0).forecast();
            return track.title() + " — forecast " + (forecast == null ? "not set" : forecast);
        }
        return track.title() + " — " + track.describe();
    }

    private static void range(NumberAxis axis, long min, long max) {
        long span = Math.max(7, max - min);
        long tick = span <= 21 ? 7 : span <= 90 ? 14 : 30;
        axis.setLowerBound(min - 3);
        axis.setUpperBound(max + 3);
        axis.setTickUnit(tick);
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }
}
