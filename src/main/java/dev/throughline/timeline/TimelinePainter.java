package dev.throughline.timeline;

import dev.throughline.timeline.TimelineFrame.ItemMark;
import dev.throughline.timeline.TimelineFrame.LaneRow;
import dev.throughline.timeline.TimelineFrame.LinkPath;
import dev.throughline.timeline.TimelineScale.Tick;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link TimelineFrame} on a canvas: lanes, grid, header, today line, deadlines, baseline ghosts,
 * dependency paths, diamonds and labels. Keeps text-width caches between frames and remembers where it drew each
 * label so the view can hit-test labels as well as diamonds. FX thread only.
 */
final class TimelinePainter {

    static final double HEADER_HEIGHT = 50;
    static final double BAND_HEIGHT = 24;
    private static final double CHIP_PAD = 3;

    /** What, besides the frame, one paint needs to know. */
    record State(TimelinePalette palette, double width, double height, double titleWidth, String laneColumnTitle,
                 String placeholder, TimelineItem hovered, TimelineItem selected, TimelineItem dragItem,
                 LocalDate dragDate, boolean focused, boolean showBaselines, boolean showLinks,
                 boolean showDeadlines) {
    }

    /** Above this many arrows in view, resting arrows are left out (see paintLinks). */
    static final int DENSE_LINKS = 250;

    private final DiamondSprites sprites = new DiamondSprites();
    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, Double> smallWidths = new HashMap<>();
    private final Map<String, Double> boldWidths = new HashMap<>();
    private final Map<String, Double> smallBoldWidths = new HashMap<>();
    private final double[] asciiWidths = new double[128];
    private Font font = Font.getDefault();
    private Font bold;
    private Font small;
    private Font smallBold;
    private double ellipsisWidth;

    private final List<ItemMark> labelMarks = new ArrayList<>();
    private double[] labelRight = new double[64];
    private String[] labelTexts = new String[64];

    TimelinePainter() {
        setFont(Font.getDefault());
    }

    void setFont(Font base) {
        font = base == null ? Font.getDefault() : base;
        double size = font.getSize();
        bold = Font.font(font.getFamily(), FontWeight.BOLD, size);
        small = Font.font(font.getFamily(), FontWeight.NORMAL, Math.round(size * 0.86));
        smallBold = Font.font(font.getFamily(), FontWeight.BOLD, Math.round(size * 0.86));
        widths.clear();
        smallWidths.clear();
        boldWidths.clear();
        smallBoldWidths.clear();
        java.util.Arrays.fill(asciiWidths, -1);
        ellipsisWidth = textWidth("\u2026", font);
    }

    Font font() {
        return font;
    }

    /** The visible item whose drawn label contains the viewport point, or null. */
    ItemMark labelAt(double x, double y) {
        for (int i = labelMarks.size() - 1; i >= 0; i--) {
            ItemMark m = labelMarks.get(i);
            double left = m.x() + labelOffset(m.item(), m) - CHIP_PAD;
            if (x >= left && x <= labelRight[i] && Math.abs(y - m.y()) <= 14) {
                return m;
            }
        }
        return null;
    }

    /** The label text drawn for an item in the last paint (two lines joined by a space), or null. */
    String drawnLabel(long itemId) {
        int i = drawnLabelIndex(itemId);
        return i < 0 ? null : labelTexts[i];
    }

    /** Right edge of the item's drawn label in the lane area's coordinates, or NaN. */
    double drawnLabelRight(long itemId) {
        int i = drawnLabelIndex(itemId);
        return i < 0 ? Double.NaN : labelRight[i];
    }

    private int drawnLabelIndex(long itemId) {
        for (int i = labelMarks.size() - 1; i >= 0; i--) {
            if (labelMarks.get(i).item().id() == itemId) {
                return i;
            }
        }
        return -1;
    }

    void paint(GraphicsContext g, TimelineFrame f, State s) {
        TimelinePalette p = s.palette();
        labelMarks.clear();
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.MITER);
        g.setLineDashes();
        g.setFill(p.bg());
        g.fillRect(0, 0, s.width(), s.height());

        double tw = s.titleWidth();
        double vw = f.viewport().width();
        double vh = f.viewport().height();

        g.save();
        g.beginPath();
        g.rect(tw, HEADER_HEIGHT, vw, vh);
        g.clip();
        g.translate(tw, HEADER_HEIGHT);
        paintLanes(g, f, p, vw);
        paintGrid(g, f, p, vh);
        paintToday(g, f, p, vh);
        for (LaneRow row : f.lanes()) {
            if (s.showDeadlines()) {
                paintDeadlines(g, row, p);
            }
            if (s.showBaselines()) {
                paintBaselines(g, row, p);
            }
        }
        if (s.showLinks()) {
            paintLinks(g, f, p, s, false);
            paintLinks(g, f, p, s, true);
        }
        for (LaneRow row : f.lanes()) {
            paintLabels(g, row, p, s, false);
        }
        for (LaneRow row : f.lanes()) {
            List<ItemMark> items = row.items();
            for (int i = 0; i < items.size(); i++) {
                paintDiamond(g, items.get(i), p, s, items, i);
                if (items.get(i).isCluster()) {
                    paintClusterChip(g, items.get(i), p, items, i);
                }
            }
        }
        for (LaneRow row : f.lanes()) {
            paintLabels(g, row, p, s, true);
        }
        paintDragGhost(g, f, p, s, vh);
        g.restore();

        paintHeader(g, f, p, s);
        paintTitles(g, f, p, s);
        paintCorner(g, p, s);
        paintScrollThumb(g, f, p, s);
        if (f.lanes().isEmpty() && s.placeholder() != null) {
            g.setFill(p.fgMuted());
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(s.placeholder(), tw + vw / 2, HEADER_HEIGHT + Math.max(40, vh / 2));
            g.setTextAlign(TextAlignment.LEFT);
        }
        if (s.focused()) {
            g.setStroke(p.accent().deriveColor(0, 1, 1, 0.7));
            g.setLineWidth(1);
            g.strokeRect(0.5, 0.5, s.width() - 1, s.height() - 1);
        }
    }

    private static Color laneFill(TimelinePalette p, int lane) {
        return lane % 2 == 0 ? p.bg() : p.bgSubtle();
    }

    private void paintLanes(GraphicsContext g, TimelineFrame f, TimelinePalette p, double vw) {
        for (LaneRow row : f.lanes()) {
            g.setFill(laneFill(p, row.index()));
            g.fillRect(0, row.top(), vw, row.height());
        }
        if (f.scale().pxPerDay() >= 12) {
            // weekends, only at week zoom where a day is wide enough to see
            g.setFill(p.bgInset().deriveColor(0, 1, 1, 0.55));
            double ppd = f.scale().pxPerDay();
            double scrollX = f.viewport().scrollX();
            long firstDay = (long) Math.floor(f.scale().epochDayAt(scrollX));
            long lastDay = (long) Math.ceil(f.scale().epochDayAt(scrollX + vw));
            double bottom = f.lanes().isEmpty() ? 0 : f.lanes().get(f.lanes().size() - 1).top() + f.laneHeight();
            double top = f.lanes().isEmpty() ? 0 : f.lanes().get(0).top();
            for (long day = firstDay; day <= lastDay; day++) {
                DayOfWeek dow = LocalDate.ofEpochDay(day).getDayOfWeek();
                if (dow == DayOfWeek.SATURDAY) {
                    double x = f.scale().xOfEpochDay(day) - scrollX;
                    g.fillRect(x, top, 2 * ppd, bottom - top);
                }
            }
        }
        g.setStroke(p.borderMuted());
        g.setLineWidth(1);
        for (LaneRow row : f.lanes()) {
            double y = Math.floor(row.top() + row.height()) - 0.5;
            g.strokeLine(0, y, vw, y);
        }
    }

    private void paintGrid(GraphicsContext g, TimelineFrame f, TimelinePalette p, double vh) {
        double bottom = Math.min(vh, f.contentHeight() - f.viewport().scrollY());
        g.setLineWidth(1);
        g.setStroke(p.borderMuted().deriveColor(0, 1, 1, 0.5));
        for (Tick t : f.gridTicks()) {
            line(g, t.x(), 0, bottom);
        }
        g.setStroke(p.borderMuted());
        for (Tick t : f.minorTicks()) {
            line(g, t.x(), 0, bottom);
        }
        g.setStroke(p.border());
        for (Tick t : f.majorTicks()) {
            line(g, t.x(), 0, bottom);
        }
    }

    private static void line(GraphicsContext g, double x, double y0, double y1) {
        double sx = Math.floor(x) + 0.5;
        g.strokeLine(sx, y0, sx, y1);
    }

    private void paintToday(GraphicsContext g, TimelineFrame f, TimelinePalette p, double vh) {
        if (!f.todayVisible()) {
            return;
        }
        g.setStroke(p.accent().deriveColor(0, 1, 1, 0.85));
        g.setLineWidth(2);
        double x = Math.round(f.todayX());
        g.strokeLine(x, 0, x, Math.min(vh, f.contentHeight() - f.viewport().scrollY()));
    }

    private void paintDeadlines(GraphicsContext g, LaneRow row, TimelinePalette p) {
        for (ItemMark m : row.items()) {
            if (!m.hasDeadline()) {
                continue;
            }
            boolean breached = m.item().pastDeadline() && m.item().state() != TimelineItem.State.CANCELLED;
            Color c = breached ? p.danger() : p.danger().deriveColor(0, 0.8, 1, 0.6);
            double x = Math.floor(m.deadlineX()) + 0.5;
            double top = row.top() + 4;
            double bottom = row.top() + row.height() - 4;
            g.setStroke(c);
            g.setLineWidth(1.25);
            g.setLineDashes(3, 2);
            g.strokeLine(x, top + 3, x, bottom);
            g.setLineDashes();
            g.setFill(c);
            g.fillPolygon(new double[] {x - 0.5, x + TimelineLayout.FLAG_WIDTH, x - 0.5},
                    new double[] {top - 1, top + 3, top + 7}, 3);
        }
    }

    private void paintBaselines(GraphicsContext g, LaneRow row, TimelinePalette p) {
        double r = TimelineLayout.DEFAULT_DIAMOND_RADIUS - 1.5;
        for (ItemMark m : row.items()) {
            if (!m.hasBaselineGhost()) {
                continue;
            }
            double bx = m.baselineX();
            double y = m.y();
            boolean late = bx < m.x();
            g.setStroke(late ? p.danger().deriveColor(0, 0.7, 1, 0.55) : p.fgSubtle().deriveColor(0, 1, 1, 0.6));
            g.setLineWidth(1.5);
            g.setLineDashes(2, 3);
            double from = late ? bx + r : bx - r;
            double to = late ? m.x() - TimelineLayout.DEFAULT_DIAMOND_RADIUS - 1
                    : m.x() + TimelineLayout.DEFAULT_DIAMOND_RADIUS + 1;
            if ((late && to > from) || (!late && to < from)) {
                g.strokeLine(from, y + 0.5, to, y + 0.5);
            }
            g.setLineDashes();
            diamondPath(g, bx, y, r);
            g.setFill(laneFill(p, row.index()));
            g.fill();
            g.setStroke(p.fgSubtle());
            g.setLineWidth(1.25);
            g.stroke();
        }
    }

    private void paintLinks(GraphicsContext g, TimelineFrame f, TimelinePalette p, State s, boolean emphasised) {
        g.setLineJoin(StrokeLineJoin.ROUND);
        // Hundreds of arrows on screen read as noise and cost the software renderer most of a frame:
        // then only broken dependencies and those of the hovered or selected milestone are drawn.
        boolean dense = f.links().size() > DENSE_LINKS;
        for (LinkPath link : f.links()) {
            boolean touches = touches(link, s.selected()) || touches(link, s.hovered());
            if (touches != emphasised || (dense && !touches && !link.violated())) {
                continue;
            }
            Color c;
            if (link.violated()) {
                c = p.danger();
            } else if (emphasised) {
                c = p.accent();
            } else {
                c = p.fgSubtle().deriveColor(0, 1, 1, 0.75);
            }
            g.setStroke(c);
            g.setFill(c);
            g.setLineWidth(emphasised ? 1.75 : 1.25);
            if (link.violated()) {
                g.setLineDashes(4, 3);
            }
            int n = link.pointCount();
            double head = 6;
            double lastX = link.x(n - 1);
            double lastY = link.y(n - 1);
            double prevY = link.y(n - 2);
            double dir = Math.signum(lastY - prevY);
            g.beginPath();
            g.moveTo(link.x(0), link.y(0));
            for (int i = 1; i < n - 1; i++) {
                double inLen = Math.abs(link.x(i) - link.x(i - 1)) + Math.abs(link.y(i) - link.y(i - 1));
                double outLen = Math.abs(link.x(i + 1) - link.x(i)) + Math.abs(link.y(i + 1) - link.y(i));
                double radius = Math.min(5, Math.min(inLen, outLen) / 2);
                if (radius > 0.5) {
                    g.arcTo(link.x(i), link.y(i), link.x(i + 1), link.y(i + 1), radius);
                } else {
                    g.lineTo(link.x(i), link.y(i));
                }
            }
            g.lineTo(lastX, lastY - dir * (head - 1));
            g.stroke();
            g.setLineDashes();
            if (dir != 0) {
                g.fillPolygon(new double[] {lastX, lastX - 3.5, lastX + 3.5},
                        new double[] {lastY, lastY - dir * head, lastY - dir * head}, 3);
            }
        }
        g.setLineJoin(StrokeLineJoin.MITER);
    }

    private static boolean touches(LinkPath link, TimelineItem item) {
        return item != null && (link.link().fromId() == item.id() || link.link().toId() == item.id());
    }

    private static void diamondPath(GraphicsContext g, double x, double y, double r) {
        g.beginPath();
        g.moveTo(x, y - r);
        g.lineTo(x + r, y);
        g.lineTo(x, y + r);
        g.lineTo(x - r, y);
        g.closePath();
    }

    /** The screen's pixel scale, so pre-drawn diamonds stay sharp on high-density displays. */
    private static double outputScale(GraphicsContext g) {
        var scene = g.getCanvas().getScene();
        return scene == null || scene.getWindow() == null ? 1 : Math.max(1, scene.getWindow().getOutputScaleX());
    }

    private static boolean same(TimelineItem a, TimelineItem b) {
        return a != null && b != null && a.id() == b.id();
    }

    private void paintDiamond(GraphicsContext g, ItemMark m, TimelinePalette p, State s, List<ItemMark> row, int at) {
        TimelineItem item = m.item();
        boolean hovered = same(item, s.hovered());
        boolean selected = same(item, s.selected());
        boolean dragged = same(item, s.dragItem()) && s.dragDate() != null;
        if (m.isHidden() && !hovered && !selected) {
            return;
        }
        double r = TimelineLayout.DEFAULT_DIAMOND_RADIUS + (hovered || selected ? 1.5 : 0);
        double x = m.x();
        double y = m.y();
        if (m.isCluster()) {
            paintClusterBack(g, m, p, row, at);
        }
        if (selected) {
            diamondPath(g, x, y, r + 5);
            g.setFill(p.accentMuted());
            g.fill();
        }
        Color fill;
        Color stroke;
        switch (item.state()) {
            case IN_PROGRESS -> {
                fill = p.accent();
                stroke = p.accent();
            }
            case DONE -> {
                fill = p.success();
                stroke = p.success();
            }
            case CANCELLED -> {
                fill = p.bgInset();
                stroke = p.fgSubtle();
            }
            default -> {
                fill = p.accentSubtle();
                stroke = p.accent();
            }
        }
        // red outline: a live milestone that slipped or will miss its deadline (done ones keep only their badge)
        boolean alarm = item.state() != TimelineItem.State.CANCELLED && item.state() != TimelineItem.State.DONE
                && (item.slipped() || item.pastDeadline());
        if (alarm) {
            stroke = p.danger();
        }
        double alpha = dragged ? 0.35 : 1;
        if (!hovered && !selected && !dragged) {
            boolean check = item.state() == TimelineItem.State.DONE && r >= 6;
            sprites.draw(g, x, y, r, fill, stroke, alarm ? 2.25 : 1.75, item.state() == TimelineItem.State.CANCELLED,
                    check, p.fgOnEmphasis(), outputScale(g));
            return;
        }
        diamondPath(g, x, y, r);
        g.setFill(fill.deriveColor(0, 1, 1, alpha));
        g.fill();
        g.setStroke(stroke.deriveColor(0, 1, 1, alpha));
        g.setLineWidth(alarm ? 2.25 : 1.75);
        if (item.state() == TimelineItem.State.CANCELLED) {
            g.setLineDashes(2, 2);
        }
        g.stroke();
        g.setLineDashes();
        if (item.state() == TimelineItem.State.DONE && r >= 6) {
            // a small check mark on done items
            g.setStroke(p.fgOnEmphasis().deriveColor(0, 1, 1, alpha));
            g.setLineWidth(1.6);
            g.setLineCap(StrokeLineCap.ROUND);
            g.strokePolyline(new double[] {x - 3, x - 0.8, x + 3.2}, new double[] {y + 0.2, y + 2.4, y - 2.4}, 3);
            g.setLineCap(StrokeLineCap.BUTT);
        }
    }

    private double labelOffset(TimelineItem item, ItemMark m) {
        double offset = TimelineLayout.DEFAULT_DIAMOND_RADIUS + TimelineLayout.LABEL_GAP;
        return m.isCluster() ? offset + CLUSTER_SHIFT + chipWidth(m) + TimelineLayout.LABEL_GAP : offset;
    }

    /** How far right of the front diamond the one behind it sits, so a cluster reads as a stack. */
    private static final double CLUSTER_SHIFT = 4;

    static String chipText(ItemMark m) {
        return "+" + (m.clusterSize() - 1);
    }

    private double chipWidth(ItemMark m) {
        return smallBoldWidth(chipText(m)) + 10;
    }

    private static boolean anyAlarm(List<ItemMark> row, int at, int size) {
        for (int k = at; k < at + size && k < row.size(); k++) {
            TimelineItem item = row.get(k).item();
            if (item.state() != TimelineItem.State.CANCELLED && item.state() != TimelineItem.State.DONE
                    && (item.slipped() || item.pastDeadline())) {
                return true;
            }
        }
        return false;
    }

    /** The diamond behind a cluster's front one; red-edged when any milestone in it slipped or will miss. */
    private void paintClusterBack(GraphicsContext g, ItemMark m, TimelinePalette p, List<ItemMark> row, int at) {
        double r = TimelineLayout.DEFAULT_DIAMOND_RADIUS;
        diamondPath(g, m.x() + CLUSTER_SHIFT, m.y(), r);
        g.setFill(p.accentSubtle());
        g.fill();
        g.setStroke(anyAlarm(row, at, m.clusterSize()) ? p.danger() : p.accent());
        g.setLineWidth(1.5);
        g.stroke();
    }

    /** The "+N" chip after a cluster's diamonds: how many more milestones the mark stands for. */
    private void paintClusterChip(GraphicsContext g, ItemMark m, TimelinePalette p, List<ItemMark> row, int at) {
        String text = chipText(m);
        double w = chipWidth(m);
        double x = m.x() + TimelineLayout.DEFAULT_DIAMOND_RADIUS + CLUSTER_SHIFT + 3;
        double h = 16;
        boolean alarm = anyAlarm(row, at, m.clusterSize());
        g.setFill(alarm ? p.danger() : p.accent());
        g.fillRoundRect(x, m.y() - h / 2, w, h, h, h);
        g.setFill(p.fgOnEmphasis());
        g.setFont(smallBold);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + w / 2, m.y() + 0.5);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * Width a mark's label needs right of its diamond drawn on one line: the cluster's chip (for a mark standing for
     * {@code clusterSize} milestones), the label and its badge.
     */
    double labelWidth(TimelineItem item, int clusterSize) {
        double w = textWidth(item.label() == null ? "" : item.label(), font);
        String badge = item.state() == TimelineItem.State.CANCELLED ? null : badge(item);
        if (badge != null) {
            w += 6 + textWidth(badge, smallBold) + 8;
        }
        if (clusterSize > 1) {
            w += CLUSTER_SHIFT + smallBoldWidth("+" + (clusterSize - 1)) + 10 + TimelineLayout.LABEL_GAP;
        }
        return w + CHIP_PAD;
    }

    private static String badge(TimelineItem item) {
        if (item.slipped()) {
            return "+" + item.varianceDays() + "d";
        }
        if (item.pastDeadline()) {
            return "late";
        }
        return null;
    }

    private void paintLabels(GraphicsContext g, LaneRow row, TimelinePalette p, State s, boolean emphasisPass) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (ItemMark m : row.items()) {
            TimelineItem item = m.item();
            // the hovered label is drawn whole, on top of its neighbours, and so is a selected one hidden in a
            // cluster; the others keep to their room
            boolean emphasised = same(item, s.hovered()) || (m.isHidden() && same(item, s.selected()));
            if (emphasised != emphasisPass || (same(item, s.dragItem()) && s.dragDate() != null)
                    || (m.isHidden() && !emphasised)) {
                continue;
            }
            String text = item.label() == null ? "" : item.label();
            double ownRoom = m.isCluster()
                    ? Math.max(0, m.labelRoom() - CLUSTER_SHIFT - chipWidth(m) - TimelineLayout.LABEL_GAP)
                    : m.labelRoom();
            double room = emphasised ? Math.max(ownRoom, 360) : ownRoom;
            double x = m.x() + labelOffset(item, m);
            double y = m.y();
            Font f = emphasised ? bold : font;
            double full = textWidth(text, f);
            boolean cancelled = item.state() == TimelineItem.State.CANCELLED;
            boolean done = item.state() == TimelineItem.State.DONE;
            String badge = cancelled ? null : badge(item);
            double badgeWidth = badge == null ? 0 : textWidth(badge, smallBold) + 8;

            // one line if it fits; else two smaller lines broken at a space; else one line with an ellipsis
            String line1 = text;
            String line2 = null;
            Font lineFont = f;
            if (full > room) {
                String[] wrapped = row.height() >= 36 ? wrap(text, room) : null;
                if (wrapped != null) {
                    line1 = wrapped[0];
                    line2 = wrapped[1];
                    lineFont = small;
                } else {
                    line1 = fit(text, room, f);
                    if (line1 == null) {
                        continue;
                    }
                }
            }
            double w1 = textWidth(line1, lineFont);
            double w2 = line2 == null ? 0 : textWidth(line2, lineFont);
            double lastLineWidth = line2 == null ? w1 : w2;
            double textW = Math.max(w1, w2);
            boolean showBadge = badge != null && lastLineWidth + 6 + badgeWidth <= room;
            double right = x + Math.max(textW, lastLineWidth + (showBadge ? 6 + badgeWidth : 0));
            double half = line2 == null ? 9 : 14;
            // a chip of the lane's colour keeps the label readable over grid lines and dependency paths
            if (emphasised) {
                g.setFill(p.bg());
                g.fillRoundRect(x - CHIP_PAD - 1, y - half - 1, right - x + 2 * CHIP_PAD + 2, 2 * half + 2, 6, 6);
                g.setStroke(p.border());
                g.setLineWidth(1);
                g.strokeRoundRect(x - CHIP_PAD - 0.5, y - half - 0.5, right - x + 2 * CHIP_PAD + 1, 2 * half + 1,
                        6, 6);
            } else {
                g.setFill(laneFill(p, row.index()).deriveColor(0, 1, 1, 0.85));
                g.fillRect(x - CHIP_PAD + 1, y - half + 1, right - x + 2 * CHIP_PAD - 2, 2 * half - 2);
            }
            g.setFont(lineFont);
            g.setFill(cancelled ? p.fgSubtle() : done && !emphasised ? p.fgMuted() : p.fg());
            double y1 = line2 == null ? y : y - 7;
            double y2 = y + 7;
            g.fillText(line1, x, y1);
            if (line2 != null) {
                g.fillText(line2, x, y2);
            }
            if (cancelled) {
                g.setStroke(p.fgSubtle());
                g.setLineWidth(1);
                g.strokeLine(x, Math.round(y1) + 0.5, x + w1, Math.round(y1) + 0.5);
                if (line2 != null) {
                    g.strokeLine(x, Math.round(y2) + 0.5, x + w2, Math.round(y2) + 0.5);
                }
            }
            if (showBadge) {
                double bx = x + lastLineWidth + 6;
                double by = line2 == null ? y : y2;
                boolean alarm = !done && item.pastDeadline();
                g.setFill(done ? p.bgInset() : alarm ? p.danger() : p.dangerSubtle());
                g.fillRoundRect(bx, by - 7.5, badgeWidth, 15, 8, 8);
                g.setFill(done ? p.fgMuted() : alarm ? p.fgOnEmphasis() : p.danger());
                g.setFont(smallBold);
                g.fillText(badge, bx + 4, by);
            }
            if (labelMarks.size() == labelRight.length) {
                labelRight = java.util.Arrays.copyOf(labelRight, labelRight.length * 2);
                labelTexts = java.util.Arrays.copyOf(labelTexts, labelTexts.length * 2);
            }
            labelRight[labelMarks.size()] = right + CHIP_PAD;
            labelTexts[labelMarks.size()] = line2 == null ? line1 : line1 + " " + line2;
            labelMarks.add(m);
        }
    }

    /** The label in two lines of the small font within {@code room}, broken at a space; null if it won't go. */
    private String[] wrap(String text, double room) {
        if (room < 48) {
            return null;
        }
        int best = -1;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (smallTextWidth(text.substring(0, i)) <= room) {
                best = i;
            } else {
                break;
            }
        }
        if (best < 0) {
            return null;
        }
        String rest = text.substring(best + 1).strip();
        String second = fit(rest, room, small);
        if (second == null || second.length() < 2) {
            return null;
        }
        return new String[] {text.substring(0, best), second};
    }

    private void paintDragGhost(GraphicsContext g, TimelineFrame f, TimelinePalette p, State s, double vh) {
        if (s.dragItem() == null || s.dragDate() == null) {
            return;
        }
        double x = f.scale().centerX(s.dragDate()) - f.viewport().scrollX();
        ItemMark original = f.find(s.dragItem().id());
        int lane = original != null ? original.lane() : -1;
        double y = original != null ? original.y() : Double.NaN;
        if (lane < 0) {
            return;
        }
        g.setStroke(p.accent().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        line(g, x, 0, Math.min(vh, f.contentHeight() - f.viewport().scrollY()));
        g.setLineDashes();
        double r = TimelineLayout.DEFAULT_DIAMOND_RADIUS + 1.5;
        diamondPath(g, x, y, r);
        g.setFill(p.accentMuted());
        g.fill();
        g.setStroke(p.accent());
        g.setLineWidth(2);
        g.setLineDashes(3, 2);
        g.stroke();
        g.setLineDashes();
        String text = s.dragItem().label();
        double tx = x + r + TimelineLayout.LABEL_GAP;
        String fitted = fit(text, 280, bold);
        if (fitted != null) {
            double w = textWidth(fitted, bold);
            g.setFill(p.bg());
            g.fillRoundRect(tx - CHIP_PAD, y - 10, w + 2 * CHIP_PAD, 20, 6, 6);
            g.setFill(p.fg());
            g.setFont(bold);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(fitted, tx, y);
        }
    }

    private void paintHeader(GraphicsContext g, TimelineFrame f, TimelinePalette p, State s) {
        double tw = s.titleWidth();
        double vw = f.viewport().width();
        g.save();
        g.beginPath();
        g.rect(tw, 0, vw, HEADER_HEIGHT);
        g.clip();
        g.translate(tw, 0);
        g.setFill(p.bgSubtle());
        g.fillRect(0, 0, vw, HEADER_HEIGHT);
        g.setTextBaseline(VPos.CENTER);

        // band row: months / quarters / years, label sticks to the left edge while its period is on screen
        List<Tick> major = f.majorTicks();
        g.setFont(bold);
        for (int i = 0; i < major.size(); i++) {
            Tick t = major.get(i);
            double end = i + 1 < major.size() ? major.get(i + 1).x() : vw + 10_000;
            g.setStroke(p.border());
            g.setLineWidth(1);
            line(g, t.x(), 0, HEADER_HEIGHT);
            double w = textWidth(t.label(), bold);
            // sticky: stays at the left edge while its period is on screen, hidden once the next one pushes it
            double lx = Math.max(t.x() + 8, 8);
            if (lx + w + 8 <= end) {
                g.setFill(p.fg());
                g.fillText(t.label(), lx, BAND_HEIGHT / 2 + 1);
            }
        }
        // cell row: weeks / months / quarters, centred when they fit
        List<Tick> minor = f.minorTicks();
        double pillLeft = Double.NaN;
        double pillRight = Double.NaN;
        if (f.todayVisible()) {
            double pw = smallBoldWidth("Today") + 12;
            pillLeft = f.todayX() - pw / 2 - 4;
            pillRight = f.todayX() + pw / 2 + 4;
        }
        g.setFont(small);
        g.setTextAlign(TextAlignment.CENTER);
        double cellMid = BAND_HEIGHT + (HEADER_HEIGHT - BAND_HEIGHT) / 2;
        for (int i = 0; i < minor.size(); i++) {
            Tick t = minor.get(i);
            double end = i + 1 < minor.size() ? minor.get(i + 1).x()
                    : t.x() + approximateCellWidth(f.scale(), t);
            g.setStroke(p.borderMuted());
            line(g, t.x(), BAND_HEIGHT, HEADER_HEIGHT);
            double w = smallTextWidth(t.label());
            double mid = (t.x() + end) / 2;
            if (mid + w / 2 > pillLeft && mid - w / 2 < pillRight) {
                // the Today pill sits on this label: move it beside the pill if the cell has room
                double right = pillRight + w / 2 + 2;
                double left = pillLeft - w / 2 - 2;
                mid = right + w / 2 <= end - 2 ? right : left - w / 2 >= t.x() + 2 ? left : Double.NaN;
            }
            if (end - t.x() >= w + 8 && !Double.isNaN(mid)) {
                g.setFill(p.fgMuted());
                g.fillText(t.label(), mid, cellMid);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setStroke(p.borderMuted());
        g.strokeLine(0, BAND_HEIGHT + 0.5, vw, BAND_HEIGHT + 0.5);

        if (f.todayVisible()) {
            pill(g, f.todayX(), "Today", p.accent(), p.fgOnEmphasis());
        }
        if (s.dragItem() != null && s.dragDate() != null) {
            double x = f.scale().centerX(s.dragDate()) - f.viewport().scrollX();
            long delta = s.dragDate().toEpochDay() - s.dragItem().forecast().toEpochDay();
            String text = DateTimeFormatter.ofPattern("EEE MMM d", f.scale().locale()).format(s.dragDate())
                    + (delta == 0 ? "" : String.format(Locale.ROOT, "  %+dd", delta));
            pill(g, x, text, p.fg(), p.bg());
        }
        g.restore();
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.strokeLine(tw, HEADER_HEIGHT - 0.5, tw + vw, HEADER_HEIGHT - 0.5);
    }

    private static double approximateCellWidth(TimelineScale scale, Tick t) {
        long days = switch (t.unit()) {
            case WEEK -> 7;
            case MONTH -> t.date().lengthOfMonth();
            case QUARTER -> t.date().plusMonths(3).toEpochDay() - t.date().toEpochDay();
            case YEAR -> t.date().lengthOfYear();
        };
        return days * scale.pxPerDay();
    }

    private void pill(GraphicsContext g, double x, String text, Color bg, Color fg) {
        double w = smallBoldWidth(text) + 12;
        double h = 18;
        double top = HEADER_HEIGHT - h - 3;
        g.setFill(bg);
        g.fillRoundRect(x - w / 2, top, w, h, h, h);
        g.setFill(fg);
        g.setFont(smallBold);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, top + h / 2 + 0.5);
        g.setTextAlign(TextAlignment.LEFT);
        g.setStroke(bg);
        g.setLineWidth(2);
        g.strokeLine(Math.round(x), top + h, Math.round(x), HEADER_HEIGHT);
    }

    private void paintTitles(GraphicsContext g, TimelineFrame f, TimelinePalette p, State s) {
        double tw = s.titleWidth();
        double vh = f.viewport().height();
        g.save();
        g.beginPath();
        g.rect(0, HEADER_HEIGHT, tw, vh);
        g.clip();
        g.translate(0, HEADER_HEIGHT);
        g.setFill(p.bg());
        g.fillRect(0, 0, tw, vh);
        int selectedLane = -1;
        for (LaneRow row : f.lanes()) {
            g.setFill(laneFill(p, row.index()));
            g.fillRect(0, row.top(), tw, row.height());
            for (ItemMark m : row.items()) {
                if (same(m.item(), s.selected())) {
                    selectedLane = row.index();
                }
            }
        }
        g.setTextBaseline(VPos.CENTER);
        for (LaneRow row : f.lanes()) {
            double y = row.centerY();
            if (row.index() == selectedLane) {
                g.setFill(p.accent());
                g.fillRect(0, row.top() + 4, 3, row.height() - 8);
            }
            String count = Integer.toString(row.lane().items().size());
            double countW = smallTextWidth(count);
            g.setFont(small);
            g.setFill(p.fgSubtle());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(count, tw - 12, y);
            g.setTextAlign(TextAlignment.LEFT);
            String title = fit(row.lane().title() == null ? "" : row.lane().title(), tw - 24 - countW - 8, font);
            if (title != null) {
                g.setFont(font);
                g.setFill(p.fg());
                g.fillText(title, 12, y);
            }
            g.setStroke(p.borderMuted());
            g.setLineWidth(1);
            double ly = Math.floor(row.top() + row.height()) - 0.5;
            g.strokeLine(0, ly, tw, ly);
        }
        g.restore();
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.strokeLine(tw - 0.5, 0, tw - 0.5, s.height());
    }

    private void paintCorner(GraphicsContext g, TimelinePalette p, State s) {
        double tw = s.titleWidth();
        g.setFill(p.bgSubtle());
        g.fillRect(0, 0, tw - 1, HEADER_HEIGHT - 1);
        g.setStroke(p.border());
        g.setLineWidth(1);
        g.strokeLine(0, HEADER_HEIGHT - 0.5, tw, HEADER_HEIGHT - 0.5);
        if (s.laneColumnTitle() != null) {
            String t = fit(s.laneColumnTitle(), tw - 24, smallBold);
            if (t != null) {
                g.setFont(smallBold);
                g.setFill(p.fgMuted());
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(t, 12, BAND_HEIGHT + (HEADER_HEIGHT - BAND_HEIGHT) / 2);
            }
        }
    }

    private void paintScrollThumb(GraphicsContext g, TimelineFrame f, TimelinePalette p, State s) {
        double vh = f.viewport().height();
        double content = f.contentHeight();
        if (content <= vh + 0.5 || vh <= 0) {
            return;
        }
        double track = vh - 8;
        double thumb = Math.max(24, track * vh / content);
        double top = HEADER_HEIGHT + 4 + (track - thumb) * f.viewport().scrollY() / (content - vh);
        g.setFill(p.fgSubtle().deriveColor(0, 1, 1, 0.35));
        g.fillRoundRect(s.width() - 7, top, 4, thumb, 4, 4);
    }

    /** Symbols for a legend, drawn like the timeline draws them. */
    enum Symbol { PLANNED, IN_PROGRESS, DONE, AT_RISK, CANCELLED, BASELINE, DEADLINE, DEPENDENCY, TODAY }

    /** Paints a legend symbol centred in a {@code size} x {@code size} canvas. */
    static void paintSymbol(GraphicsContext g, Symbol symbol, TimelinePalette p, double size) {
        double c = size / 2;
        double r = TimelineLayout.DEFAULT_DIAMOND_RADIUS - 1;
        g.clearRect(0, 0, size, size);
        g.setLineDashes();
        switch (symbol) {
            case PLANNED, IN_PROGRESS, DONE, AT_RISK, CANCELLED -> {
                Color fill = switch (symbol) {
                    case IN_PROGRESS -> p.accent();
                    case DONE -> p.success();
                    case CANCELLED -> p.bgInset();
                    default -> p.accentSubtle();
                };
                Color stroke = switch (symbol) {
                    case DONE -> p.success();
                    case AT_RISK -> p.danger();
                    case CANCELLED -> p.fgSubtle();
                    default -> p.accent();
                };
                diamondPath(g, c, c, r);
                g.setFill(fill);
                g.fill();
                g.setStroke(stroke);
                g.setLineWidth(symbol == Symbol.AT_RISK ? 2.25 : 1.75);
                if (symbol == Symbol.CANCELLED) {
                    g.setLineDashes(2, 2);
                }
                g.stroke();
                g.setLineDashes();
            }
            case BASELINE -> {
                diamondPath(g, c, c, r - 1);
                g.setFill(p.bg());
                g.fill();
                g.setStroke(p.fgSubtle());
                g.setLineWidth(1.25);
                g.stroke();
            }
            case DEADLINE -> {
                double x = Math.floor(c - 3) + 0.5;
                g.setStroke(p.danger());
                g.setLineWidth(1.25);
                g.strokeLine(x, 2, x, size - 2);
                g.setFill(p.danger());
                g.fillPolygon(new double[] {x, x + 8, x}, new double[] {2, 6, 10}, 3);
            }
            case DEPENDENCY -> {
                g.setStroke(p.fgSubtle());
                g.setLineWidth(1.25);
                g.strokeLine(2, c + 0.5, size - 6, c + 0.5);
                g.setFill(p.fgSubtle());
                g.fillPolygon(new double[] {size - 1, size - 7, size - 7}, new double[] {c + 0.5, c - 3, c + 4}, 3);
            }
            case TODAY -> {
                g.setStroke(p.accent());
                g.setLineWidth(2);
                g.strokeLine(Math.round(c), 1, Math.round(c), size - 1);
            }
            default -> {
            }
        }
    }

    // ---- text ----

    double textWidth(String s, Font f) {
        if (f == font) {
            return cached(widths, s, font);
        }
        if (f == small) {
            return smallTextWidth(s);
        }
        if (f == bold) {
            return cached(boldWidths, s, bold);
        }
        if (f == smallBold) {
            return smallBoldWidth(s);
        }
        return measure(s, f);
    }

    private double smallTextWidth(String s) {
        return cached(smallWidths, s, small);
    }

    private double smallBoldWidth(String s) {
        return cached(smallBoldWidths, s, smallBold);
    }

    private double cached(Map<String, Double> cache, String s, Font f) {
        Double w = cache.get(s);
        if (w == null) {
            if (cache.size() > 4096) {
                cache.clear();
            }
            w = measure(s, f);
            cache.put(s, w);
        }
        return w;
    }

    private double measure(String s, Font f) {
        measure.setFont(f);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private double charWidth(char c) {
        if (c < 128) {
            double w = asciiWidths[c];
            if (w < 0) {
                w = measure(String.valueOf(c), font);
                asciiWidths[c] = w;
            }
            return w;
        }
        return textWidth(String.valueOf(c), font);
    }

    /** The text, or its longest prefix with an ellipsis, that fits in {@code max} pixels; null if hardly any fits. */
    String fit(String text, double max, Font f) {
        if (textWidth(text, f) <= max) {
            return text;
        }
        double scale = f == font ? 1 : f.getSize() / font.getSize() * (f == bold || f == smallBold ? 1.08 : 1);
        double budget = max - ellipsisWidth * scale;
        if (budget < 3 * charWidth('n') * scale) {
            return null;
        }
        double used = 0;
        int n = 0;
        while (n < text.length()) {
            double w = charWidth(text.charAt(n)) * scale;
            if (used + w > budget) {
                break;
            }
            used += w;
            n++;
        }
        while (n > 0 && text.charAt(n - 1) == ' ') {
            n--;
        }
        return n < 2 ? null : text.substring(0, n) + "\u2026";
    }
}
