package dev.throughline.snapshot;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each milestone's forecast as the program's snapshots froze it, oldest first (pure): how often it moved
 * and how far in all, the history a hand-written status doc loses ("moved 3 times, +11 days").
 */
public record SlipHistory(List<LocalDate> snapshotDates, List<Track> tracks) {

    /** One frozen forecast of a milestone, on the day the snapshot was taken. */
    public record Point(LocalDate takenOn, LocalDate forecast) {
    }

    public record Track(long milestoneId, String title, List<Point> points) {

        public Track {
            points = List.copyOf(points);
        }

        /** How many times the forecast changed from one snapshot to the next. */
        public int moves() {
            int moves = 0;
            for (int i = 1; i < points.size(); i++) {
                if (!Objects.equals(points.get(i - 1).forecast(), points.get(i).forecast())) {
                    moves++;
                }
            }
            return moves;
        }

        /** Days between the first and the last frozen forecast (positive: later). */
        public int netDays() {
            LocalDate first = points.get(0).forecast();
            LocalDate last = points.get(points.size() - 1).forecast();
            return first == null || last == null ? 0 : (int) ChronoUnit.DAYS.between(first, last);
        }

        /** "moved 3 times, +11 days", "moved once, -2 days", "never moved". */
        public String describe() {
            int moves = moves();
            if (moves == 0) {
                return "never moved";
            }
            return "moved " + (moves == 1 ? "once" : moves == 2 ? "twice" : moves + " times") + ", "
                    + SnapshotDiff.signed(netDays()) + " days";
        }
    }

    public SlipHistory {
        snapshotDates = List.copyOf(snapshotDates);
        tracks = List.copyOf(tracks);
    }

    /** From a program's snapshots in any order; milestones keep the order of their first appearance. */
    public static SlipHistory of(List<Snapshot> snapshots) {
        List<Snapshot> ordered = new ArrayList<>(snapshots);
        ordered.sort(Comparator.comparing(Snapshot::takenAt).thenComparingLong(Snapshot::id));
        Map<Long, List<Point>> points = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Snapshot s : ordered) {
            LocalDate on = s.takenAt().atOffset(ZoneOffset.UTC).toLocalDate();
            dates.add(on);
            for (FrozenMilestone m : s.payload().milestones()) {
                LocalDate forecast = m.actual() != null ? m.actual() : m.forecast();
                points.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(new Point(on, forecast));
                titles.put(m.id(), m.title());
            }
        }
        List<Track> tracks = new ArrayList<>();
        points.forEach((id, list) -> tracks.add(new Track(id, titles.get(id), list)));
        return new SlipHistory(dates, tracks);
    }

    /**
     * What to say instead of a chart, when there is nothing to draw: no snapshot, one snapshot (a chart of
     * change needs two), or snapshots in which no forecast moved. Empty when the chart has lines.
     */
    public java.util.Optional<String> chartNote() {
        if (snapshotDates.isEmpty()) {
            return java.util.Optional.of("No snapshot yet. The slip chart needs two snapshots to show how forecasts moved.");
        }
        if (snapshotDates.size() == 1) {
            return java.util.Optional.of("One snapshot so far (taken " + snapshotDates.get(0) + "). The slip chart needs two"
                    + " to show how forecasts moved; the forecasts it froze are listed below.");
        }
        if (moved().isEmpty()) {
            return java.util.Optional.of("No milestone forecast moved across these " + snapshotDates.size() + " snapshots.");
        }
        return java.util.Optional.empty();
    }

    /** The tracks that moved at least once, most moves first, then the largest net slip. */
    public List<Track> moved() {
        return tracks.stream().filter(t -> t.moves() > 0)
                .sorted(Comparator.comparingInt(Track::moves).reversed()
                        .thenComparing(Comparator.comparingInt((Track t) -> Math.abs(t.netDays())).reversed()))
                .toList();
    }
}
