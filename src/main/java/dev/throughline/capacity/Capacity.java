package dev.throughline.capacity;

import dev.throughline.intake.Criticality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Each TPgM's load in points: every running program weighs its size times its criticality (a small P2
 * program is 1 point, a large P0 one 4), each weekly sync adds {@link #POINTS_PER_SYNC}, each deliverable
 * they are Accountable or Responsible for adds {@link #POINTS_PER_AR}. Headroom is {@link #BUDGET} minus
 * load; the next request goes to whoever has the most headroom.
 */
public final class Capacity {

    public static final double BUDGET = 6.0;
    public static final double POINTS_PER_SYNC = 0.25;
    public static final double POINTS_PER_AR = 0.1;

    /** A program's size by its open milestones. */
    public enum Size {
        SMALL("S", 1.0), MEDIUM("M", 1.5), LARGE("L", 2.0);

        private final String label;
        private final double weight;

        Size(String label, double weight) {
            this.label = label;
            this.weight = weight;
        }

        public String label() {
            return label;
        }

        public double weight() {
            return weight;
        }

        /** Up to 6 open milestones is small, up to 15 medium, more is large. */
        public static Size ofOpenMilestones(int count) {
            return count <= 6 ? SMALL : count <= 15 ? MEDIUM : LARGE;
        }
    }

    /** One running program as capacity weighs it. */
    public record ProgramLoad(long programId, String key, Size size, Criticality criticality) {
        public double weight() {
            return size.weight() * criticality.weight();
        }
    }

    /** What is known about one TPgM. */
    public record Facts(long personId, String name, List<ProgramLoad> programs, double syncsPerWeek, int arDeliverables) {
    }

    /** One row of the bandwidth view. */
    public record Row(long personId, String name, List<ProgramLoad> programs, double programPoints, double syncsPerWeek,
                      int arDeliverables, double load, double headroom) {

        public boolean canTake(double weight) {
            return headroom >= weight;
        }

        /** "CHK-12 (L·P1), SSO-7 (M·P0)". */
        public String programList() {
            return String.join(", ", programs.stream().map(p -> p.key() + " (" + p.size().label() + "·"
                    + p.criticality().priority() + ")").toList());
        }
    }

    /** Who should take a request of this weight, and why, in one sentence. */
    public record Suggestion(Optional<Row> who, String why) {
    }

    private Capacity() {
    }

    /** Rows sorted by headroom, most first (then by name). */
    public static List<Row> rows(List<Facts> facts) {
        List<Row> rows = new ArrayList<>();
        for (Facts f : facts) {
            double programs = f.programs().stream().mapToDouble(ProgramLoad::weight).sum();
            double load = programs + f.syncsPerWeek() * POINTS_PER_SYNC + f.arDeliverables() * POINTS_PER_AR;
            rows.add(new Row(f.personId(), f.name(), List.copyOf(f.programs()), round(programs),
                    round(f.syncsPerWeek()), f.arDeliverables(), round(load), round(BUDGET - load)));
        }
        rows.sort(Comparator.comparingDouble(Row::headroom).reversed().thenComparing(Row::name));
        return rows;
    }

    /** The TPgM with the most headroom; says when even they would go over budget. */
    public static Suggestion suggest(List<Row> rows, double weight) {
        if (rows.isEmpty()) {
            return new Suggestion(Optional.empty(), "Nobody in the directory is a TPgM (a role with “TPgM”, or running"
                    + " a program).");
        }
        Row best = rows.get(0);
        String points = format(weight);
        if (best.canTake(weight)) {
            return new Suggestion(Optional.of(best), best.name() + " can take it: " + format(best.headroom())
                    + " points of headroom for a request weighing " + points + ".");
        }
        return new Suggestion(Optional.of(best), "Nobody has room for a request weighing " + points + "; "
                + best.name() + " has the most headroom (" + format(best.headroom()) + " points) and would be "
                + format(weight - best.headroom()) + " over budget.");
    }

    public static String format(double points) {
        return String.format(java.util.Locale.ROOT, "%.2f", points).replaceAll("0$", "").replaceAll("\\.0$", "");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
