package dev.throughline.ui;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

/** Table sizing and cells shared by every view (rows have one compact height, set in throughline.css). */
public final class Tables {

    /** Rows the main table of a screen keeps on screen at the smallest window (1280x720). */
    public static final int MAIN_ROWS = 8;
    /** Rows a second table on the same screen keeps. */
    public static final int SECOND_ROWS = 5;
    /** The height of every table row, as throughline.css sets it ({@code -fx-cell-size}). */
    public static final double ROW_HEIGHT = 32;
    /** The column header counts as about this many rows. */
    private static final double HEADER_ROWS = 1.3;

    private Tables() {
    }

    /**
     * Keeps at least {@code rows} rows of {@code table} visible however its container (a split pane, a
     * box) is squeezed; the rest of the screen gives way or scrolls.
     */
    public static <T extends TableView<?>> T keepRowsVisible(T table, int rows) {
        table.setMinHeight(Math.ceil((rows + HEADER_ROWS) * ROW_HEIGHT) + 2);
        return table;
    }

    /** Cells that show text and, when the column is too narrow for it, the whole text as a tooltip. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> tooltipWhenCut() {
        return column -> new CutTextCell<>();
    }

    /** A text cell that carries its full text as a tooltip only while the text is cut ("…"). */
    public static class CutTextCell<S, T> extends TableCell<S, T> {

        private final Tooltip tooltip = new Tooltip();

        public CutTextCell() {
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(560);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
            setGraphic(null);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            String full = getText();
            boolean cut = full != null && !full.isEmpty() && !full.equals(shownText());
            if (cut) {
                tooltip.setText(full);
            }
            if (cut != (getTooltip() != null)) {
                setTooltip(cut ? tooltip : null);
            }
        }

        private String shownText() {
            for (Node child : getChildrenUnmodifiable()) {
                if (child instanceof Text text) {
                    return text.getText();
                }
            }
            return getText();
        }
    }
}
