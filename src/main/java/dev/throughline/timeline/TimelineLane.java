package dev.throughline.timeline;

import java.util.List;

/** A row of the timeline: a workstream of a program, or a whole program on the portfolio timeline. */
public record TimelineLane(String id, String title, List<TimelineItem> items) {

    public TimelineLane {
        items = List.copyOf(items);
    }
}
