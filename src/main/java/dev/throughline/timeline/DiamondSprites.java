package dev.throughline.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * Pre-drawn milestone diamonds. In the software pipeline an anti-aliased path costs by the pixels it
 * covers on every frame, while copying a small image is cheap; at portfolio scale a frame holds
 * over a thousand diamonds. Each look is drawn once per half-pixel offset, at the screen's scale.
 */
final class DiamondSprites {

    private static final int MAX_CACHED = 96;

    /** Everything that changes how a resting diamond looks. */
    private record Look(Color fill, Color stroke, double radius, double lineWidth, boolean dashed, boolean check,
                        Color checkColor, int halfX, int halfY, double scale) {
    }

    private final Map<Look, Image> cache = new HashMap<>();

    /** Draws the diamond centred on (x, y), snapped to the nearest half pixel. */
    void draw(GraphicsContext g, double x, double y, double radius, Color fill, Color stroke, double lineWidth,
              boolean dashed, boolean check, Color checkColor, double scale) {
        double snappedX = Math.round(x * 2) / 2.0;
        double snappedY = Math.round(y * 2) / 2.0;
        int halfX = (int) Math.round((snappedX - Math.floor(snappedX)) * 2);
        int halfY = (int) Math.round((snappedY - Math.floor(snappedY)) * 2);
        Look look = new Look(fill, stroke, radius, lineWidth, dashed, check, checkColor, halfX, halfY, scale);
        Image image = cache.get(look);
        if (image == null) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            image = render(look);
            cache.put(look, image);
        }
        double size = size(radius, lineWidth);
        g.drawImage(image, Math.floor(snappedX) - size / 2, Math.floor(snappedY) - size / 2, size, size);
    }

    private static double size(double radius, double lineWidth) {
        return Math.ceil(2 * radius + lineWidth + 4);
    }

    private static Image render(Look look) {
        double size = size(look.radius(), look.lineWidth());
        Canvas canvas = new Canvas(size * look.scale(), size * look.scale());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(look.scale(), look.scale());
        double cx = size / 2 + look.halfX() / 2.0;
        double cy = size / 2 + look.halfY() / 2.0;
        double r = look.radius();
        g.beginPath();
        g.moveTo(cx, cy - r);
        g.lineTo(cx + r, cy);
        g.lineTo(cx, cy + r);
        g.lineTo(cx - r, cy);
        g.closePath();
        g.setFill(look.fill());
        g.fill();
        g.setStroke(look.stroke());
        g.setLineWidth(look.lineWidth());
        if (look.dashed()) {
            g.setLineDashes(2, 2);
        }
        g.stroke();
        g.setLineDashes();
        if (look.check()) {
            g.setStroke(look.checkColor());
            g.setLineWidth(1.6);
            g.setLineCap(StrokeLineCap.ROUND);
            g.strokePolyline(new double[] {cx - 3, cx - 0.8, cx + 3.2}, new double[] {cy + 0.2, cy + 2.4, cy - 2.4}, 3);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return canvas.snapshot(parameters, null);
    }
}
