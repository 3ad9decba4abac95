package dev.throughline.risk;

import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/**
 * A 5x5 probability x impact grid: probability 5 at the top, impact 5 at the right. Each cell shows
 * how many items sit in it and the band of its score; clicking a cell reports it.
 */
public final class HeatMapView extends GridPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final double CELL = 46;

    private final StackPane[][] cells = new StackPane[5][5];
    private final Label[][] counts = new Label[5][5];

    public HeatMapView(BiConsumer<Integer, Integer> onCellClicked) {
        getStyleClass().add("tl-heat-map");
        setHgap(3);
        setVgap(3);
        Label probability = new Label("Probability");
        probability.getStyleClass().add("tl-heat-axis");
        probability.setRotate(-90);
        probability.setMinWidth(CELL * 5);
        probability.setPrefWidth(CELL * 5);
        GridPane.setHalignment(probability, HPos.CENTER);
        add(new javafx.scene.Group(probability), 0, 0, 1, 5);
        for (int p = 5; p >= 1; p--) {
            Label axis = new Label(String.valueOf(p));
            axis.getStyleClass().add("tl-heat-axis");
            add(axis, 1, 5 - p);
            for (int i = 1; i <= 5; i++) {
                Label count = new Label();
                StackPane cell = new StackPane(count);
                cell.setId("heat-" + p + "-" + i);
                cell.setMinSize(CELL, CELL);
                cell.setPrefSize(CELL, CELL);
                cell.setAlignment(Pos.CENTER);
                cell.getStyleClass().addAll("tl-heat-cell", "tl-heat-" + RiskBands.band(p, i).name().toLowerCase(java.util.Locale.ROOT));
                int probabilityValue = p;
                int impactValue = i;
                Tooltip.install(cell, new Tooltip("Probability " + p + " x impact " + i + " = " + p * i + " ("
                        + RiskBands.band(p, i).label().toLowerCase(java.util.Locale.ROOT) + ")\nClick to filter the register"));
                cell.setOnMouseClicked(e -> onCellClicked.accept(probabilityValue, impactValue));
                cells[p - 1][i - 1] = cell;
                counts[p - 1][i - 1] = count;
                add(cell, i + 1, 5 - p);
            }
        }
        for (int i = 1; i <= 5; i++) {
            Label axis = new Label(String.valueOf(i));
            axis.getStyleClass().add("tl-heat-axis");
            GridPane.setHalignment(axis, HPos.CENTER);
            add(axis, i + 1, 5);
        }
        Label impact = new Label("Impact");
        impact.getStyleClass().add("tl-heat-axis");
        GridPane.setHalignment(impact, HPos.CENTER);
        add(impact, 2, 6, 5, 1);
    }

    /** Shows counts ([probability-1][impact-1]) and outlines the selected cell (null for none). */
    public void show(int[][] values, RaidFilter.HeatCell selected) {
        for (int p = 0; p < 5; p++) {
            for (int i = 0; i < 5; i++) {
                int n = values[p][i];
                counts[p][i].setText(n == 0 ? "" : String.valueOf(n));
                cells[p][i].pseudoClassStateChanged(EMPTY, n == 0);
                cells[p][i].pseudoClassStateChanged(SELECTED, selected != null && selected.probability() == p + 1
                        && selected.impact() == i + 1);
            }
        }
    }

    /** The count shown in a cell (tests). */
    public String countAt(int probability, int impact) {
        return counts[probability - 1][impact - 1].getText();
    }
}
