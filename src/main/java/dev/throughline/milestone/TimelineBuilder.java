package dev.throughline.milestone;

import dev.throughline.timeline.TimelineData;
import dev.throughline.timeline.TimelineItem;
import dev.throughline.timeline.TimelineLane;
import dev.throughline.timeline.TimelineLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns milestone rows into what the timeline control draws: one lane per workstream, or per program. */
public final class TimelineBuilder {

    private TimelineBuilder() {
    }

    /** A program's timeline: its workstreams in order, then "No workstream" when some milestones have none. */
    public static TimelineData forProgram(List<Workstream> streams, List<MilestoneRow> rows, List<Dependency> deps) {
        Map<Long, List<TimelineItem>> byStream = new LinkedHashMap<>();
        streams.forEach(w -> byStream.put(w.id(), new ArrayList<>()));
        List<TimelineItem> loose = new ArrayList<>();
        for (MilestoneRow row : rows) {
            Long stream = row.milestone().workstreamId();
            (stream != null && byStream.containsKey(stream) ? byStream.get(stream) : loose).add(item(row));
        }
        List<TimelineLane> lanes = new ArrayList<>();
        for (Workstream w : streams) {
            lanes.add(new TimelineLane("ws-" + w.id(), w.name(), byStream.get(w.id())));
        }
        if (!loose.isEmpty()) {
            lanes.add(new TimelineLane("ws-none", "No workstream", loose));
        }
        return new TimelineData(lanes, links(rows, deps));
    }

    /** The portfolio timeline: one lane per program, titled by key and name. */
    public static TimelineData forPortfolio(Map<String, List<MilestoneRow>> rowsByProgramTitle, List<Dependency> deps) {
        List<TimelineLane> lanes = new ArrayList<>();
        List<MilestoneRow> all = new ArrayList<>();
        rowsByProgramTitle.forEach((title, rows) -> {
            lanes.add(new TimelineLane("program-" + title, title, rows.stream().map(TimelineBuilder::item).toList()));
            all.addAll(rows);
        });
        return new TimelineData(lanes, links(all, deps));
    }

    private static List<TimelineLink> links(List<MilestoneRow> rows, List<Dependency> deps) {
        Set<Long> shown = rows.stream().map(r -> r.milestone().id()).collect(Collectors.toSet());
        return deps.stream().filter(d -> shown.contains(d.predecessorId()) && shown.contains(d.successorId()))
                .map(d -> new TimelineLink(d.predecessorId(), d.successorId(), d.type().name())).toList();
    }

    static TimelineItem item(MilestoneRow row) {
        Milestone m = row.milestone();
        StringBuilder details = new StringBuilder(row.programKey()).append(" · ").append(m.title());
        details.append("\nForecast ").append(m.forecast());
        if (row.comparedBaseline() != null) {
            details.append(" · baseline ").append(row.comparedBaseline());
            if (row.varianceDays() != null && row.varianceDays() != 0) {
                details.append(" (").append(row.varianceDays() > 0 ? "+" : "").append(row.varianceDays()).append("d)");
            }
        }
        if (m.deadline() != null) {
            details.append("\nDeadline ").append(m.deadline());
        }
        if (!row.owner().isEmpty()) {
            details.append("\nOwner ").append(row.owner());
        }
        details.append("\n").append(m.status().label());
        if (!row.drivenBy().isEmpty()) {
            details.append("\nWaits on ").append(row.drivenBy());
        }
        return new TimelineItem(m.id(), m.title(), m.forecast(), row.comparedBaseline(), m.deadline(), m.actual(),
                TimelineItem.State.valueOf(m.status().name()),
                row.varianceDays() == null ? 0 : row.varianceDays(), details.toString());
    }
}
