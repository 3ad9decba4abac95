package dev.throughline.timeline;

import dev.throughline.timeline.TimelineFrame.ItemMark;
import dev.throughline.timeline.TimelineScale.Zoom;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The timeline control: lanes of milestone diamonds on a zoomable, pannable time axis, drawn on one canvas
 * (virtualized: only what is visible is laid out and painted). Redraws are requested by any change (data, scroll,
 * zoom, size, hover, selection, theme) and coalesced into one paint per pulse, after layout.
 *
 * <p>Mouse: wheel scrolls lanes, shift+wheel or a horizontal wheel pans time, ctrl+wheel (or pinch) zooms around
 * the pointer, dragging empty space pans, hovering a milestone shows its details, click selects, double-click
 * opens, dragging a diamond sideways moves it (the caller commits through {@link #onMoveProperty()} and sets new
 * data). Keyboard: left/right previous/next milestone in the lane, up/down the nearest milestone in the lane
 * above/below, Home/End first/last in the lane, +/- zoom by {@link #ZOOM_STEP}, F fits everything with its labels, T today, Enter opens, Escape
 * cancels a drag or clears the selection.
 *
 * <p>Colours come from the stylesheet's looked-up colours through the {@code -tl-*} properties of the
 * {@value #STYLE_CLASS} rule, the font from the inherited {@code -fx-font}.
 */
public class TimelineView extends Region {

    public static final String STYLE_CLASS = "tl-timeline";
    public static final String POPUP_STYLE_CLASS = "tl-timeline-popup";

    /** Scroll positions are measured from this day; it never changes, so scroll values stay comparable. */
    private static final LocalDate ORIGIN = LocalDate.of(2000, 1, 3);
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final TimelinePainter painter = new TimelinePainter();
    private final TimelineLayout layout = new TimelineLayout();
    private final FrameStats frameStats = new FrameStats();
    private final VBox popup = new VBox();
    private final Label popupTitle = new Label();
    private final Label popupMeta = new Label();
    private final Label popupDetails = new Label();

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(this, "data", TimelineData.EMPTY);
    private final ObjectProperty<TimelineItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ReadOnlyObjectWrapper<TimelineItem> hoveredItem = new ReadOnlyObjectWrapper<>(this, "hoveredItem");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today", LocalDate.now());
    private final DoubleProperty pxPerDay = new SimpleDoubleProperty(this, "pxPerDay", Zoom.MONTH.pxPerDay());
    private final ReadOnlyObjectWrapper<Zoom> zoom = new ReadOnlyObjectWrapper<>(this, "zoom", Zoom.MONTH);
    private final DoubleProperty laneTitleWidth = new SimpleDoubleProperty(this, "laneTitleWidth", 200);
    private final StringProperty laneColumnTitle = new SimpleStringProperty(this, "laneColumnTitle", "WORKSTREAM");
    private final StringProperty placeholderText = new SimpleStringProperty(this, "placeholderText",
            "No milestones to show");
    private final BooleanProperty showBaselines = new SimpleBooleanProperty(this, "showBaselines", true);
    private final BooleanProperty showLinks = new SimpleBooleanProperty(this, "showLinks", true);
    private final BooleanProperty showDeadlines = new SimpleBooleanProperty(this, "showDeadlines", true);
    private final BooleanProperty smoothZoom = new SimpleBooleanProperty(this, "smoothZoom", true);
    private final ObjectProperty<Consumer<TimelineItem>> onOpen = new SimpleObjectProperty<>(this, "onOpen");
    private final ObjectProperty<BiConsumer<TimelineItem, LocalDate>> onMove =
            new SimpleObjectProperty<>(this, "onMove");

    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(FONT_META, this, "font", Font.getDefault());
    private final List<StyleableObjectProperty<Paint>> inks = new ArrayList<>();
    private TimelinePalette palette = TimelinePalette.PRIMER_LIGHT;
    private final ReadOnlyObjectWrapper<TimelinePalette> paletteProperty =
            new ReadOnlyObjectWrapper<>(this, "palette", palette);

    private TimelineIndex index = TimelineIndex.EMPTY;
    private TimelineScale scale = new TimelineScale(ORIGIN, Zoom.MONTH.pxPerDay());
    private double scrollX = Double.NaN;
    private double scrollY;
    private TimelineFrame frame;
    private boolean dirty = true;
    private boolean applyingZoom;
    private final Runnable pulseListener = this::onPulse;

    // interaction state
    private double pressX;
    private double pressY;
    private double pressScrollX;
    private double pressScrollY;
    private TimelineItem pressItem;
    private boolean panning;
    private boolean gestureCancelled;
    private TimelineItem dragItem;
    private LocalDate dragDate;
    private double zoomTarget = Double.NaN;
    private double zoomAnchor;
    private final AnimationTimer zoomAnimator = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            double k = last == 0 ? 0.4 : 1 - Math.exp(-(now - last) / 1e9 * 20);
            last = now;
            double current = scale.pxPerDay();
            double next = Math.exp(Math.log(current) + (Math.log(zoomTarget) - Math.log(current)) * k);
            if (Math.abs(Math.log(zoomTarget / next)) < 0.004) {
                next = zoomTarget;
                zoomTarget = Double.NaN;
                last = 0;
                stop();
            }
            zoomAround(next, zoomAnchor);
        }
    };

    public TimelineView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        for (Ink ink : Ink.values()) {
            inks.add(new SimpleStyleableObjectProperty<>(ink.meta, this, ink.name(), ink.fallback));
        }
        getChildren().addAll(canvas, popup);
        popup.getStyleClass().add(POPUP_STYLE_CLASS);
        popupTitle.getStyleClass().add(POPUP_STYLE_CLASS + "-title");
        popupMeta.getStyleClass().add(POPUP_STYLE_CLASS + "-meta");
        popupDetails.getStyleClass().add(POPUP_STYLE_CLASS + "-details");
        popupDetails.setWrapText(true);
        popupDetails.setMaxWidth(340);
        popupTitle.setMaxWidth(340);
        popupTitle.setWrapText(true);
        popup.getChildren().addAll(popupTitle, popupMeta, popupDetails);
        popup.setManaged(false);
        popup.setMouseTransparent(true);
        popup.setVisible(false);
        canvas.setManaged(false);

        data.addListener((obs, old, now) -> dataChanged());
        selectedItem.addListener((obs, old, now) -> {
            setAccessibleText(now == null ? "Timeline" : now.label() + ", " + describe(now, scale.locale()));
            requestRedraw();
        });
        setAccessibleText("Timeline");
        hoveredItem.addListener((obs, old, now) -> requestRedraw());
        today.addListener((obs, old, now) -> requestRedraw());
        pxPerDay.addListener((obs, old, now) -> {
            if (!applyingZoom) {
                zoomAround(now.doubleValue(), viewportWidth() / 2);
            }
        });
        laneTitleWidth.addListener((obs, old, now) -> requestLayout());
        for (Observable o : List.of(laneColumnTitle, placeholderText, showBaselines, showLinks, showDeadlines)) {
            o.addListener(x -> requestRedraw());
        }
        font.addListener(x -> {
            painter.setFont(font.get());
            requestRedraw();
        });
        for (StyleableObjectProperty<Paint> ink : inks) {
            ink.addListener(x -> paletteChanged());
        }
        focusedProperty().addListener(x -> requestRedraw());
        sceneProperty().addListener((obs, old, now) -> sceneChanged(old, now));

        addEventHandler(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::mouseClicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAround(scale.pxPerDay() * e.getZoomFactor(), Math.max(0, e.getX() - titleWidth()));
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    public TimelineView(TimelineData data) {
        this();
        setData(data);
    }

    // ---- properties ----

    /** What the timeline shows. Setting new data keeps the scroll position, zoom and the selection (by id). */
    public final ObjectProperty<TimelineData> dataProperty() {
        return data;
    }

    public final TimelineData getData() {
        return data.get();
    }

    public final void setData(TimelineData value) {
        data.set(value == null ? TimelineData.EMPTY : value);
    }

    public final ObjectProperty<TimelineItem> selectedItemProperty() {
        return selectedItem;
    }

    public final TimelineItem getSelectedItem() {
        return selectedItem.get();
    }

    public final void setSelectedItem(TimelineItem item) {
        selectedItem.set(item);
    }

    /** The milestone under the mouse, or null. */
    public final ReadOnlyObjectProperty<TimelineItem> hoveredItemProperty() {
        return hoveredItem.getReadOnlyProperty();
    }

    /** The date of the today line; defaults to the system date when the view was made. */
    public final ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public final LocalDate getToday() {
        return today.get();
    }

    public final void setToday(LocalDate value) {
        today.set(value);
    }

    /** Continuous zoom in pixels per day, kept within the scale's limits; setting it zooms around the centre. */
    public final DoubleProperty pxPerDayProperty() {
        return pxPerDay;
    }

    public final double getPxPerDay() {
        return pxPerDay.get();
    }

    public final void setPxPerDay(double value) {
        pxPerDay.set(value);
    }

    /** The zoom level the current scale falls in (it picks the header ticks). */
    public final ReadOnlyObjectProperty<Zoom> zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public final Zoom getZoom() {
        return zoom.get();
    }

    /** Jumps to a preset zoom, keeping the selected milestone (if on screen) or the centre date in place. */
    public final void setZoom(Zoom level) {
        zoomAnimator.stop();
        zoomTarget = Double.NaN;
        zoomAround(level.pxPerDay(), zoomAnchorX());
    }

    public final DoubleProperty laneTitleWidthProperty() {
        return laneTitleWidth;
    }

    /** The caption above the lane titles (e.g. "WORKSTREAM" or "PROGRAM"). */
    public final StringProperty laneColumnTitleProperty() {
        return laneColumnTitle;
    }

    public final StringProperty placeholderTextProperty() {
        return placeholderText;
    }

    public final BooleanProperty showBaselinesProperty() {
        return showBaselines;
    }

    public final BooleanProperty showLinksProperty() {
        return showLinks;
    }

    public final BooleanProperty showDeadlinesProperty() {
        return showDeadlines;
    }

    /** Whether ctrl+wheel zoom glides to its target over a few frames (true) or jumps. */
    public final BooleanProperty smoothZoomProperty() {
        return smoothZoom;
    }

    public final void setSmoothZoom(boolean value) {
        smoothZoom.set(value);
    }

    /** Called with a milestone on double-click or Enter. */
    public final ObjectProperty<Consumer<TimelineItem>> onOpenProperty() {
        return onOpen;
    }

    public final void setOnOpen(Consumer<TimelineItem> handler) {
        onOpen.set(handler);
    }

    /**
     * Called when a diamond is dragged to another day, with the item and the new forecast. The view does not move
     * anything itself: the caller commits (undoably) and sets refreshed data. Without a handler diamonds cannot be
     * dragged.
     */
    public final ObjectProperty<BiConsumer<TimelineItem, LocalDate>> onMoveProperty() {
        return onMove;
    }

    public final void setOnMove(BiConsumer<TimelineItem, LocalDate> handler) {
        onMove.set(handler);
    }

    /** Redraw durations, for benchmarks. */
    public final FrameStats getFrameStats() {
        return frameStats;
    }

    public final double getScrollX() {
        return scrollX;
    }

    public final double getScrollY() {
        return scrollY;
    }

    /** Scrolls by pixels: right (time) and down (lanes); kept within the data and the lanes. */
    public final void scrollBy(double dx, double dy) {
        setScroll(scrollX + dx, scrollY + dy);
    }

    /** Centres a date horizontally. */
    public final void scrollTo(LocalDate date) {
        if (viewportWidth() <= 0) {
            pendingCenter = date;
            return;
        }
        setScroll(scale.centerX(date) - viewportWidth() / 2, scrollY);
    }

    /**
     * Zooms and scrolls so every milestone (with its baseline and deadline) fits the width, leaving room for the
     * last label. Does nothing without data.
     */
    public final void zoomToFit() {
        if (index.itemCount() == 0) {
            return;
        }
        if (viewportWidth() <= 0) {
            pendingFit = true;
            return;
        }
        long first = index.firstDate().toEpochDay();
        long last = index.lastDate().toEpochDay();
        double room = Math.max(100, viewportWidth() - FIT_LEFT - FIT_RIGHT);
        double ppd = TimelineScale.clampPxPerDay(room / (last - first + 1));
        // the clusters at the end of each lane depend on the scale, and their labels on the clusters: settle
        for (int pass = 0; pass < 4; pass++) {
            double next = TimelineFit.pxPerDay(first, last, laneTails(ppd), room);
            boolean settled = Math.abs(next - ppd) < 1e-6;
            ppd = next;
            if (settled) {
                break;
            }
        }
        zoomAnimator.stop();
        zoomTarget = Double.NaN;
        zoomAround(ppd, viewportWidth() / 2);
        setScroll(scale.x(index.firstDate()) - FIT_LEFT, scrollY);
    }

    private static final double FIT_LEFT = 24;
    private static final double FIT_RIGHT = 12;

    /** What the last mark of each lane needs right of its day at a scale: diamond, cluster chip, label, badge. */
    private List<TimelineFit.Tail> laneTails(double ppd) {
        List<TimelineFit.Tail> tails = new ArrayList<>();
        double r = layout.diamondRadius();
        for (int lane = 0; lane < index.laneCount(); lane++) {
            int n = index.itemCount(lane);
            if (n == 0) {
                continue;
            }
            long[] days = index.days(lane);
            int[] groups = LaneClusters.groups(days, ppd, n - 1, n, LaneClusters.SPACING);
            int head = groups[groups.length - 2];
            int size = n - head;
            TimelineItem item = index.item(lane, head);
            double label = Math.min(layout.labelMargin(), painter.labelWidth(item, size));
            tails.add(new TimelineFit.Tail(days[head], r + TimelineLayout.LABEL_GAP + label));
            tails.add(new TimelineFit.Tail(days[n - 1], r));
        }
        return tails;
    }

    /** Scrolls just enough to show a milestone (its lane and its date, with room for the label). */
    public final void reveal(TimelineItem item) {
        int lane = index.laneOf(item.id());
        if (lane < 0) {
            return;
        }
        double top = layout.laneTop(lane, 0);
        double sy = scrollY;
        double vh = viewportHeight();
        if (top < sy) {
            sy = top;
        } else if (top + layout.laneHeight() > sy + vh) {
            sy = top + layout.laneHeight() - vh;
        }
        double x = scale.centerX(index.find(item.id()).forecast()) - scrollX;
        double sx = scrollX;
        double vw = viewportWidth();
        if (x < 24 || x > vw - 160) {
            sx = scrollX + x - vw / 3;
        }
        setScroll(sx, sy);
    }

    /**
     * Centre of a milestone's diamond in this view's coordinates, when it is on screen (not when it is hidden in a
     * cluster: then {@link #clusterCenter} finds the cluster).
     */
    public final Optional<Point2D> itemCenter(long itemId) {
        drawIfDirty();
        ItemMark mark = frame == null ? null : frame.find(itemId);
        if (mark == null || mark.isHidden()) {
            return Optional.empty();
        }
        return onScreen(mark);
    }

    /** Centre of the mark that shows a milestone (its own diamond or its cluster's), when it is on screen. */
    public final Optional<Point2D> clusterCenter(long itemId) {
        drawIfDirty();
        return onScreen(frame == null ? null : frame.shownAs(itemId));
    }

    /** How many milestones the mark showing this one stands for (1 alone, 0 when not on screen). */
    public final int clusterSizeOf(long itemId) {
        drawIfDirty();
        ItemMark mark = frame == null ? null : frame.shownAs(itemId);
        return mark == null ? 0 : mark.clusterSize();
    }

    private Optional<Point2D> onScreen(ItemMark mark) {
        if (mark == null) {
            return Optional.empty();
        }
        double x = mark.x() + titleWidth();
        double y = mark.y() + TimelinePainter.HEADER_HEIGHT;
        if (x < titleWidth() || x > getWidth() || y < TimelinePainter.HEADER_HEIGHT || y > getHeight()) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(x, y));
    }

    /** The label drawn for a milestone in the last paint, or null (tests: what the user reads). */
    final String drawnLabel(long itemId) {
        drawIfDirty();
        return painter.drawnLabel(itemId);
    }

    /** Right edge of a milestone's drawn label in this view's coordinates, or NaN. */
    final double drawnLabelRight(long itemId) {
        drawIfDirty();
        return painter.drawnLabelRight(itemId) + titleWidth();
    }

    /** The date under x of this view (x measured from the view's left, lane titles included). */
    final LocalDate dateAtViewX(double x) {
        return scale.dateAt(scrollX + x - titleWidth());
    }

    /** Shows the hover highlight and popup for an item as if the mouse were on it (demo and tests). */
    final void hover(TimelineItem item) {
        drawIfDirty();
        setHovered(item);
    }

    final TimelinePalette palette() {
        return palette;
    }

    /** The colours resolved from the stylesheet, for companions such as a legend drawn the same way. */
    final ReadOnlyObjectProperty<TimelinePalette> paletteProperty() {
        return paletteProperty.getReadOnlyProperty();
    }

    /** The frame last drawn (for tests and tools). */
    final TimelineFrame currentFrame() {
        drawIfDirty();
        return frame;
    }

    /** Asks for a repaint in the next pulse; many requests in one pulse paint once. */
    public final void requestRedraw() {
        if (!dirty) {
            dirty = true;
            if (getScene() != null) {
                Platform.requestNextPulse();
            }
        }
    }

    /**
     * Writes what the view shows (without the hover popup) as a PNG of the view's size. FX thread only. Uses
     * ImageIO, so it needs no javafx-swing.
     */
    public final void exportPng(Path file) throws IOException {
        PngPixels pixels = snapshotPng();
        dev.throughline.store.OutputTarget.of(file, null, dev.throughline.store.OutputTarget.IfExists.REPLACE).write(pixels::writeTo);
    }

    /**
     * The visible timeline as pixels, taken on the FX thread; {@link PngPixels#writeTo} may then run on
     * a background thread so the FX thread never waits on the disk.
     */
    public final PngPixels snapshotPng() throws IOException {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("snapshotPng runs on the FX application thread");
        }
        drawIfDirty();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(params, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (w == 0 || h == 0) {
            throw new IOException("the timeline has no size to export");
        }
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, WritablePixelFormat.getIntArgbInstance(), argb, 0, w);
        return new PngPixels(w, h, argb);
    }

    /** Pixels of a snapshot, ready to be written as a PNG file from any thread. */
    public record PngPixels(int width, int height, int[] argb) {

        public void writeTo(java.io.OutputStream stream) throws IOException {
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            out.setRGB(0, 0, width, height, argb, 0, width);
            if (!javax.imageio.ImageIO.write(out, "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        }
    }

    // ---- data, scale, scroll ----

    private LocalDate pendingCenter;
    private boolean pendingFit;
    private boolean initialScrollDone;

    private void dataChanged() {
        index = TimelineIndex.of(getData());
        TimelineItem selected = getSelectedItem();
        if (selected != null) {
            setSelectedItem(index.find(selected.id()));
        }
        TimelineItem hovered = hoveredItem.get();
        if (hovered != null) {
            setHovered(index.find(hovered.id()));
        }
        dragItem = null;
        dragDate = null;
        if (!initialScrollDone && index.itemCount() > 0) {
            initialScrollDone = true;
            pendingCenter = initialFocus();
        }
        if (viewportWidth() > 0) {
            applyPendingScroll();
            setScroll(scrollX, scrollY);
        }
        requestRedraw();
    }

    /** Today if the data spans it, else the first milestone. */
    private LocalDate initialFocus() {
        LocalDate first = index.firstDate();
        LocalDate last = index.lastDate();
        LocalDate now = getToday();
        if (now != null && !now.isBefore(first) && !now.isAfter(last)) {
            return now.plusDays(Math.round(viewportWidthOr(1200) / 4 / scale.pxPerDay()));
        }
        return first.plusDays(Math.round(viewportWidthOr(1200) / 2.4 / scale.pxPerDay()));
    }

    private double viewportWidthOr(double fallback) {
        double w = viewportWidth();
        return w > 0 ? w : fallback;
    }

    private void applyPendingScroll() {
        if (pendingCenter != null && viewportWidth() > 0) {
            LocalDate center = pendingCenter;
            pendingCenter = null;
            scrollX = scale.centerX(center) - viewportWidth() / 2;
        }
        if (Double.isNaN(scrollX)) {
            LocalDate now = getToday() != null ? getToday() : LocalDate.now();
            scrollX = scale.centerX(now) - viewportWidthOr(800) / 3;
        }
    }

    private void setScroll(double x, double y) {
        if (Double.isNaN(scrollX)) {
            applyPendingScroll();
        }
        double nx = clampScrollX(x);
        double ny = layout.clampScrollY(index, y, viewportHeight());
        if (nx != scrollX || ny != scrollY) {
            scrollX = nx;
            scrollY = ny;
            hidePopup();
            requestRedraw();
        }
    }

    /** Keeps some of the data (and today) on screen: pan up to half a viewport beyond either end. */
    private double clampScrollX(double x) {
        if (Double.isNaN(x) || index.itemCount() == 0) {
            return x;
        }
        LocalDate first = index.firstDate();
        LocalDate last = index.lastDate();
        LocalDate now = getToday();
        if (now != null) {
            first = now.isBefore(first) ? now : first;
            last = now.isAfter(last) ? now : last;
        }
        double vw = viewportWidth();
        double lo = scale.x(first.minusDays(14)) - vw / 2;
        double hi = scale.x(last.plusDays(14)) - vw / 2;
        return Math.max(lo, Math.min(hi, x));
    }

    /**
     * Sets the scale to {@code newPxPerDay} (clamped) keeping the date under {@code anchorX} where it is;
     * {@code anchorX} is measured from the left of the time area (view x minus the lane-title column).
     */
    public final void zoomAround(double newPxPerDay, double anchorX) {
        double clamped = TimelineScale.clampPxPerDay(newPxPerDay);
        if (clamped == scale.pxPerDay()) {
            syncZoomProperties();
            return;
        }
        TimelineScale zoomed = scale.withPxPerDay(clamped);
        double sx = Double.isNaN(scrollX) ? scrollX : scale.scrollXAfterZoom(scrollX, anchorX, zoomed);
        scale = zoomed;
        syncZoomProperties();
        scrollX = sx;
        setScroll(sx, scrollY);
        requestRedraw();
    }

    private void syncZoomProperties() {
        applyingZoom = true;
        try {
            pxPerDay.set(scale.pxPerDay());
            zoom.set(scale.zoom());
        } finally {
            applyingZoom = false;
        }
    }

    private double zoomAnchorX() {
        TimelineItem selected = getSelectedItem();
        if (selected != null && frame != null) {
            ItemMark mark = frame.find(selected.id());
            if (mark != null && mark.x() >= 0 && mark.x() <= viewportWidth()) {
                return mark.x();
            }
        }
        return viewportWidth() / 2;
    }

    /** How much one press of + or - zooms: a visible step, whatever the scale (the presets are 3-4x apart). */
    public static final double ZOOM_STEP = 1.5;

    private void zoomStep(boolean in) {
        double base = Double.isNaN(zoomTarget) ? scale.pxPerDay() : zoomTarget;
        double target = TimelineScale.clampPxPerDay(in ? base * ZOOM_STEP : base / ZOOM_STEP);
        double anchor = zoomAnchorX();
        if (smoothZoom.get()) {
            zoomTarget = target;
            zoomAnchor = anchor;
            zoomAnimator.start();
        } else {
            zoomAround(target, anchor);
        }
    }

    /** Zooms in (true) or out by one {@link #ZOOM_STEP}, as the + and - keys do. */
    public final void zoomBy(boolean in) {
        zoomStep(in);
    }

    // ---- layout and painting ----

    private double titleWidth() {
        return Math.max(0, Math.min(laneTitleWidth.get(), getWidth() / 2));
    }

    private double viewportWidth() {
        return Math.max(0, getWidth() - titleWidth());
    }

    private double viewportHeight() {
        return Math.max(0, getHeight() - TimelinePainter.HEADER_HEIGHT);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return TimelinePainter.HEADER_HEIGHT + Math.max(4, Math.min(14, index.laneCount())) * layout.laneHeight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return TimelinePainter.HEADER_HEIGHT + layout.laneHeight();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (!Double.isNaN(scrollX) || pendingCenter != null) {
                applyPendingScroll();
            }
            setScroll(scrollX, scrollY);
            if (pendingFit && w > titleWidth()) {
                pendingFit = false;
                zoomToFit();
            }
            requestRedraw();
        }
    }

    private void sceneChanged(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(pulseListener);
        }
        if (now != null) {
            now.addPostLayoutPulseListener(pulseListener);
            dirty = false;
            requestRedraw();
        }
    }

    private void onPulse() {
        if (dirty) {
            draw();
        }
    }

    private void drawIfDirty() {
        if (dirty || frame == null) {
            draw();
        }
    }

    private void draw() {
        dirty = false;
        long start = System.nanoTime();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (Double.isNaN(scrollX)) {
            applyPendingScroll();
        }
        TimelineViewport viewport = new TimelineViewport(scrollX, scrollY, Math.max(0, w - titleWidth()),
                Math.max(0, h - TimelinePainter.HEADER_HEIGHT));
        frame = layout.layout(index, scale, viewport, getToday());
        if (w <= 0 || h <= 0) {
            return;
        }
        TimelinePainter.State state = new TimelinePainter.State(palette, w, h, titleWidth(),
                laneColumnTitle.get(), index.laneCount() == 0 ? placeholderText.get() : null, hoveredItem.get(),
                getSelectedItem(), dragItem, dragDate, isFocused(), showBaselines.get(), showLinks.get(),
                showDeadlines.get());
        painter.paint(canvas.getGraphicsContext2D(), frame, state);
        frameStats.record(System.nanoTime() - start);
    }

    private void paletteChanged() {
        Function<Ink, Color> c = ink -> {
            Paint paint = inks.get(ink.ordinal()).get();
            return paint instanceof Color color ? color : (Color) ink.fallback;
        };
        palette = new TimelinePalette(c.apply(Ink.ACCENT), c.apply(Ink.ACCENT_MUTED), c.apply(Ink.ACCENT_SUBTLE),
                c.apply(Ink.SUCCESS), c.apply(Ink.SUCCESS_SUBTLE), c.apply(Ink.DANGER), c.apply(Ink.DANGER_SUBTLE),
                c.apply(Ink.WARNING), c.apply(Ink.FG), c.apply(Ink.FG_MUTED), c.apply(Ink.FG_SUBTLE),
                c.apply(Ink.FG_ON_EMPHASIS), c.apply(Ink.BORDER), c.apply(Ink.BORDER_MUTED), c.apply(Ink.BG),
                c.apply(Ink.BG_SUBTLE), c.apply(Ink.BG_INSET));
        paletteProperty.set(palette);
        requestRedraw();
    }

    // ---- mouse ----

    private double vx(double x) {
        return x - titleWidth();
    }

    private double vy(double y) {
        return y - TimelinePainter.HEADER_HEIGHT;
    }

    private TimelineItem itemAt(double x, double y) {
        if (frame == null || x < titleWidth() || y < TimelinePainter.HEADER_HEIGHT) {
            return null;
        }
        ItemMark mark = frame.itemAt(vx(x), vy(y), 3);
        if (mark == null) {
            mark = painter.labelAt(vx(x), vy(y));
        }
        return mark == null ? null : mark.item();
    }

    private void mouseMoved(MouseEvent e) {
        if (dragItem != null || panning) {
            return;
        }
        TimelineItem hit = itemAt(e.getX(), e.getY());
        setHovered(hit);
        setCursor(hit != null ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void setHovered(TimelineItem item) {
        TimelineItem old = hoveredItem.get();
        if (old == item || (old != null && item != null && old.id() == item.id() && old.equals(item))) {
            return;
        }
        hoveredItem.set(item);
        if (item == null) {
            hidePopup();
        } else {
            showPopup(item);
        }
    }

    private void hidePopup() {
        popup.setVisible(false);
    }

    private void showPopup(TimelineItem item) {
        ItemMark mark = frame == null ? null : frame.find(item.id());
        if (mark == null) {
            hidePopup();
            return;
        }
        if (mark.isCluster()) {
            List<TimelineItem> members = frame.members(mark).stream().map(ItemMark::item).toList();
            popupTitle.setText(clusterTitle(members, scale.locale()));
            popupMeta.setText(clusterList(members, scale.locale()));
            popupDetails.setText("Click to pick one; zoom in to see them apart.");
            popupDetails.setVisible(true);
            popupDetails.setManaged(true);
            placePopup(mark);
            return;
        }
        popupTitle.setText(item.label());
        popupMeta.setText(describe(item, scale.locale()));
        String details = item.details() == null ? "" : item.details().strip();
        popupDetails.setText(details);
        popupDetails.setVisible(!details.isEmpty());
        popupDetails.setManaged(!details.isEmpty());
        placePopup(mark);
    }

    private void placePopup(ItemMark mark) {
        popup.applyCss();
        popup.autosize();
        double r = layout.diamondRadius();
        double x = mark.x() + titleWidth() - 12;
        double y = mark.y() + TimelinePainter.HEADER_HEIGHT + r + 10;
        double pw = popup.getWidth();
        double ph = popup.getHeight();
        if (x + pw > getWidth() - 6) {
            x = Math.max(6, getWidth() - pw - 6);
        }
        if (y + ph > getHeight() - 6) {
            y = mark.y() + TimelinePainter.HEADER_HEIGHT - r - 10 - ph;
        }
        popup.relocate(Math.round(x), Math.round(Math.max(2, y)));
        popup.setVisible(true);
        popup.toFront();
    }

    /** "3 milestones, Mar 3 – Mar 9, 2025" (one date when they share it). */
    static String clusterTitle(List<TimelineItem> members, Locale locale) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("MMM d, yyyy", locale);
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("MMM d", locale);
        LocalDate first = members.get(0).forecast();
        LocalDate last = members.get(members.size() - 1).forecast();
        String when = first.equals(last) ? "on " + full.format(first)
                : (first.getYear() == last.getYear() ? shortDate.format(first) : full.format(first)) + " – "
                + full.format(last);
        return members.size() + " milestones " + when;
    }

    /** One line a milestone: "◆ Beta to 5% of traffic · Mar 14 · +7d", at most 12 lines. */
    static String clusterList(List<TimelineItem> members, Locale locale) {
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("MMM d", locale);
        StringBuilder b = new StringBuilder();
        int shown = Math.min(members.size(), 12);
        for (int i = 0; i < shown; i++) {
            TimelineItem item = members.get(i);
            b.append(i == 0 ? "" : "\n").append("◆ ").append(item.label()).append(" · ")
                    .append(shortDate.format(item.forecast()));
            if (item.state() == TimelineItem.State.DONE) {
                b.append(" · done");
            } else if (item.slipped()) {
                b.append(String.format(Locale.ROOT, " · %+dd", item.varianceDays()));
            } else if (item.pastDeadline()) {
                b.append(" · late");
            }
        }
        if (members.size() > shown) {
            b.append("\n… and ").append(members.size() - shown).append(" more");
        }
        return b.toString();
    }

    /** "In progress · forecast Mar 14, 2025 · baseline Mar 3 (+11d) · deadline Mar 20". */
    static String describe(TimelineItem item, Locale locale) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("MMM d, yyyy", locale);
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("MMM d", locale);
        StringBuilder b = new StringBuilder();
        b.append(switch (item.state()) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case CANCELLED -> "Cancelled";
        });
        if (item.actual() != null) {
            b.append(" · actual ").append(full.format(item.actual()));
        } else {
            b.append(" · forecast ").append(full.format(item.forecast()));
        }
        if (item.baseline() != null) {
            b.append("\nbaseline ").append(shortDate.format(item.baseline()));
            if (item.varianceDays() != 0) {
                b.append(String.format(Locale.ROOT, " (%+dd)", item.varianceDays()));
            }
        }
        if (item.deadline() != null) {
            b.append(item.baseline() != null ? " · " : "\n").append("deadline ")
                    .append(shortDate.format(item.deadline()));
            if (item.pastDeadline()) {
                b.append(" — missed by ")
                        .append(item.forecast().toEpochDay() - item.deadline().toEpochDay()).append('d');
            }
        }
        return b.toString();
    }

    private void mousePressed(MouseEvent e) {
        requestFocus();
        hidePopup();
        zoomAnimator.stop();
        zoomTarget = Double.NaN;
        pressX = e.getX();
        pressY = e.getY();
        pressScrollX = scrollX;
        pressScrollY = scrollY;
        pressItem = e.getButton() == MouseButton.PRIMARY ? itemAt(e.getX(), e.getY()) : null;
        panning = false;
        gestureCancelled = false;
        e.consume();
    }

    private void mouseDragged(MouseEvent e) {
        if (gestureCancelled) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!panning && dragItem == null && Math.abs(dx) < DRAG_THRESHOLD && Math.abs(dy) < DRAG_THRESHOLD) {
            return;
        }
        if (pressItem != null && onMove.get() != null && !panning) {
            if (dragItem == null) {
                dragItem = pressItem;
                setHovered(null);
                setCursor(Cursor.H_RESIZE);
            }
            long days = Math.round(dx / scale.pxPerDay());
            LocalDate date = dragItem.forecast().plusDays(days);
            if (!date.equals(dragDate)) {
                dragDate = date;
                requestRedraw();
            }
        } else if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            panning = true;
            setCursor(Cursor.CLOSED_HAND);
            setScroll(pressScrollX - dx, pressScrollY - dy);
        }
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        if (dragItem != null) {
            TimelineItem item = dragItem;
            LocalDate date = dragDate;
            dragItem = null;
            dragDate = null;
            setCursor(Cursor.DEFAULT);
            requestRedraw();
            BiConsumer<TimelineItem, LocalDate> handler = onMove.get();
            if (handler != null && date != null && !date.equals(item.forecast())) {
                setSelectedItem(item);
                handler.accept(item, date);
            }
        }
        if (panning) {
            panning = false;
            setCursor(Cursor.DEFAULT);
        }
        pressItem = null;
        e.consume();
    }

    private void mouseClicked(MouseEvent e) {
        if (!e.isStillSincePress() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        TimelineItem hit = itemAt(e.getX(), e.getY());
        if (hit == null) {
            if (e.getY() >= TimelinePainter.HEADER_HEIGHT) {
                setSelectedItem(null);
            }
            return;
        }
        ItemMark mark = frame.find(hit.id());
        if (mark != null && mark.isCluster()) {
            showClusterMenu(mark, e.getScreenX(), e.getScreenY());
            e.consume();
            return;
        }
        setSelectedItem(hit);
        if (e.getClickCount() == 2) {
            open(hit);
        }
        e.consume();
    }

    private final ContextMenu clusterMenu = new ContextMenu();

    /** Lists a cluster's milestones: picking one selects it; the last entry zooms in until they stand apart. */
    private void showClusterMenu(ItemMark mark, double screenX, double screenY) {
        hidePopup();
        List<ItemMark> members = frame.members(mark);
        List<MenuItem> entries = new ArrayList<>();
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("MMM d", scale.locale());
        for (ItemMark member : members) {
            TimelineItem item = member.item();
            MenuItem entry = new MenuItem(item.label() + "  ·  " + shortDate.format(item.forecast()));
            entry.setId("timeline-cluster-item-" + item.id());
            entry.setMnemonicParsing(false);
            entry.setOnAction(x -> {
                setSelectedItem(item);
                requestFocus();
            });
            entries.add(entry);
        }
        double separate = LaneClusters.pxPerDayToSeparate(index.days(mark.lane()), mark.position(),
                mark.position() + members.size(), LaneClusters.SPACING);
        if (!Double.isNaN(separate) && separate <= TimelineScale.MAX_PX_PER_DAY) {
            MenuItem zoomIn = new MenuItem("Zoom in to see them apart");
            zoomIn.setId("timeline-cluster-zoom");
            double anchor = mark.x();
            zoomIn.setOnAction(x -> zoomAround(separate * 1.05, anchor));
            entries.add(new SeparatorMenuItem());
            entries.add(zoomIn);
        }
        clusterMenu.getItems().setAll(entries);
        clusterMenu.show(this, screenX, screenY);
    }

    private void open(TimelineItem item) {
        Consumer<TimelineItem> handler = onOpen.get();
        if (handler != null && item != null) {
            handler.accept(item);
        }
    }

    private void scrolled(ScrollEvent e) {
        setHovered(null);
        if (e.isControlDown() || e.isShortcutDown()) {
            double factor = Math.exp((e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX()) * 0.004);
            double anchor = Math.max(0, vx(e.getX()));
            if (smoothZoom.get() && e.getTouchCount() == 0) {
                double base = Double.isNaN(zoomTarget) ? scale.pxPerDay() : zoomTarget;
                zoomTarget = TimelineScale.clampPxPerDay(base * factor);
                zoomAnchor = anchor;
                zoomAnimator.start();
            } else {
                zoomAround(scale.pxPerDay() * factor, anchor);
            }
        } else if (e.isShiftDown()) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            setScroll(scrollX - d, scrollY);
        } else if (lanesOverflow()) {
            setScroll(scrollX - e.getDeltaX(), scrollY - e.getDeltaY());
        } else {
            // every lane is on screen: a plain wheel has nothing to scroll vertically, so it pans time
            setScroll(scrollX - e.getDeltaX() - e.getDeltaY(), scrollY);
        }
        e.consume();
    }

    private boolean lanesOverflow() {
        return layout.contentHeight(index) > viewportHeight() + 0.5;
    }

    // ---- keyboard ----

    private void keyPressed(KeyEvent e) {
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> stepInLane(-1);
            case RIGHT, KP_RIGHT -> stepInLane(1);
            case UP, KP_UP -> stepLane(-1);
            case DOWN, KP_DOWN -> stepLane(1);
            case HOME -> edgeOfLane(true);
            case END -> edgeOfLane(false);
            case PLUS, EQUALS, ADD -> zoomStep(true);
            case MINUS, SUBTRACT, UNDERSCORE -> zoomStep(false);
            case T -> {
                if (getToday() != null) {
                    scrollTo(getToday());
                }
            }
            case F -> zoomToFit();
            case ENTER -> open(getSelectedItem());
            case PAGE_UP -> setScroll(scrollX, scrollY - viewportHeight() + layout.laneHeight());
            case PAGE_DOWN -> setScroll(scrollX, scrollY + viewportHeight() - layout.laneHeight());
            case ESCAPE -> {
                if (dragItem != null) {
                    dragItem = null;
                    dragDate = null;
                    pressItem = null;
                    gestureCancelled = true;
                    setCursor(Cursor.DEFAULT);
                    requestRedraw();
                } else if (getSelectedItem() != null) {
                    setSelectedItem(null);
                } else {
                    handled = false;
                }
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void select(TimelineItem item) {
        if (item != null) {
            setSelectedItem(item);
            reveal(item);
        }
    }

    /** With no selection, the first milestone on screen (or in the data). */
    private TimelineItem firstVisible() {
        if (frame != null) {
            for (TimelineFrame.LaneRow row : frame.lanes()) {
                for (ItemMark m : row.items()) {
                    if (m.x() >= 0) {
                        return m.item();
                    }
                }
            }
        }
        for (int lane = 0; lane < index.laneCount(); lane++) {
            if (index.itemCount(lane) > 0) {
                return index.item(lane, 0);
            }
        }
        return null;
    }

    private void stepInLane(int delta) {
        TimelineItem selected = getSelectedItem();
        if (selected == null || !index.contains(selected.id())) {
            select(firstVisible());
            return;
        }
        int lane = index.laneOf(selected.id());
        int pos = index.positionOf(selected.id()) + delta;
        if (pos >= 0 && pos < index.itemCount(lane)) {
            select(index.item(lane, pos));
        }
    }

    private void edgeOfLane(boolean first) {
        TimelineItem selected = getSelectedItem();
        if (selected == null || !index.contains(selected.id())) {
            select(firstVisible());
            return;
        }
        int lane = index.laneOf(selected.id());
        select(index.item(lane, first ? 0 : index.itemCount(lane) - 1));
    }

    private void stepLane(int delta) {
        TimelineItem selected = getSelectedItem();
        if (selected == null || !index.contains(selected.id())) {
            select(firstVisible());
            return;
        }
        long day = selected.forecast().toEpochDay();
        for (int lane = index.laneOf(selected.id()) + delta; lane >= 0 && lane < index.laneCount(); lane += delta) {
            int n = index.itemCount(lane);
            if (n == 0) {
                continue;
            }
            int pos = index.lowerBound(lane, day);
            int best = Math.min(pos, n - 1);
            if (pos > 0 && (pos == n || day - index.forecastDay(lane, pos - 1) <= index.forecastDay(lane, pos) - day)) {
                best = pos - 1;
            }
            select(index.item(lane, best));
            return;
        }
    }

    // ---- CSS ----

    /** The colours, as {@code -tl-*} CSS properties fed by the theme's looked-up colours. */
    private enum Ink {
        ACCENT("-tl-accent", TimelinePalette.PRIMER_LIGHT.accent()),
        ACCENT_MUTED("-tl-accent-muted", TimelinePalette.PRIMER_LIGHT.accentMuted()),
        ACCENT_SUBTLE("-tl-accent-subtle", TimelinePalette.PRIMER_LIGHT.accentSubtle()),
        SUCCESS("-tl-success", TimelinePalette.PRIMER_LIGHT.success()),
        SUCCESS_SUBTLE("-tl-success-subtle", TimelinePalette.PRIMER_LIGHT.successSubtle()),
        DANGER("-tl-danger", TimelinePalette.PRIMER_LIGHT.danger()),
        DANGER_SUBTLE("-tl-danger-subtle", TimelinePalette.PRIMER_LIGHT.dangerSubtle()),
        WARNING("-tl-warning", TimelinePalette.PRIMER_LIGHT.warning()),
        FG("-tl-fg", TimelinePalette.PRIMER_LIGHT.fg()),
        FG_MUTED("-tl-fg-muted", TimelinePalette.PRIMER_LIGHT.fgMuted()),
        FG_SUBTLE("-tl-fg-subtle", TimelinePalette.PRIMER_LIGHT.fgSubtle()),
        FG_ON_EMPHASIS("-tl-fg-on-emphasis", TimelinePalette.PRIMER_LIGHT.fgOnEmphasis()),
        BORDER("-tl-border", TimelinePalette.PRIMER_LIGHT.border()),
        BORDER_MUTED("-tl-border-muted", TimelinePalette.PRIMER_LIGHT.borderMuted()),
        BG("-tl-bg", TimelinePalette.PRIMER_LIGHT.bg()),
        BG_SUBTLE("-tl-bg-subtle", TimelinePalette.PRIMER_LIGHT.bgSubtle()),
        BG_INSET("-tl-bg-inset", TimelinePalette.PRIMER_LIGHT.bgInset());

        final Paint fallback;
        final CssMetaData<TimelineView, Paint> meta;

        Ink(String property, Paint fallback) {
            this.fallback = fallback;
            int ordinal = ordinal();
            this.meta = new CssMetaData<>(property, StyleConverter.getPaintConverter(), fallback) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !view.inks.get(ordinal).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(TimelineView view) {
                    return view.inks.get(ordinal);
                }
            };
        }
    }

    private static final CssMetaData<TimelineView, Font> FONT_META = new FontCssMetaData<>("-fx-font",
            Font.getDefault()) {
        @Override
        public boolean isSettable(TimelineView view) {
            return !view.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(TimelineView view) {
            return view.font;
        }
    };

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(FONT_META);
        for (Ink ink : Ink.values()) {
            all.add(ink.meta);
        }
        CSS_META = Collections.unmodifiableList(all);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META;
    }
}
