package dev.throughline.timeline;

import java.util.List;

/** Everything one timeline shows; immutable, built off the FX thread. */
public record TimelineData(List<TimelineLane> lanes, List<TimelineLink> links) {

    public static final TimelineData EMPTY = new TimelineData(List.of(), List.of());

    public TimelineData {
        lanes = List.copyOf(lanes);
        links = List.copyOf(links);
    }
}
