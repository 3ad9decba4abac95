package dev.throughline.timeline;

/**
 * The part of the timeline on screen, in pixels: {@code scrollX} from the scale's origin day, {@code scrollY} from
 * the top of the first lane, and the size of the drawing area (without the header and the lane-title column).
 */
public record TimelineViewport(double scrollX, double scrollY, double width, double height) {

    public TimelineViewport {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative viewport size: " + width + " x " + height);
        }
    }

    public TimelineViewport withScroll(double newScrollX, double newScrollY) {
        return new TimelineViewport(newScrollX, newScrollY, width, height);
    }
}
