package dev.throughline.intake;

import java.time.Duration;
import java.time.Instant;

/**
 * The team's promise: a first response within {@link #GOAL} of working time (counted in {@link TeamHours}).
 * A request is "due soon" in the last {@link #WARNING} of its budget, "overdue" after it.
 */
public record ResponseClock(TeamHours hours, Duration goal, Duration warning) {

    public static final Duration GOAL = Duration.ofHours(24);
    public static final Duration WARNING = Duration.ofHours(4);

    public static ResponseClock team() {
        return new ResponseClock(TeamHours.TPGM_TEAM, GOAL, WARNING);
    }

    /** Where a request stands against the goal, seen at {@code now}. */
    public enum State {
        ON_TIME("Answered on time"), LATE("Answered late"), WAITING("Waiting"), DUE_SOON("Due soon"), OVERDUE("Overdue");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Needs the team now: close to or past the goal with no answer yet. */
        public boolean standsOut() {
            return this == DUE_SOON || this == OVERDUE;
        }
    }

    /**
     * The reading for one request: working time used so far (or until the answer), time left (negative when
     * past), the instant the goal runs out, and the state.
     */
    public record Reading(State state, Duration used, Duration left, Instant due) {

        /** "3h 20m left", "2h 05m past the goal", "answered in 5h 10m", all in working time, to the nearest minute. */
        public String describe() {
            return switch (state) {
                case ON_TIME, LATE -> "answered in " + format(used);
                case OVERDUE -> format(left.negated()) + " past the goal";
                default -> format(left) + " left";
            };
        }

        static String format(Duration d) {
            long minutes = Math.max(0, (d.getSeconds() + 30) / 60);
            return minutes / 60 + "h " + String.format("%02d", minutes % 60) + "m";
        }
    }

    public Reading read(Instant received, Instant firstResponse, Instant now) {
        Instant due = hours.after(received, goal);
        if (firstResponse != null) {
            Duration used = hours.between(received, firstResponse);
            return new Reading(used.compareTo(goal) <= 0 ? State.ON_TIME : State.LATE, used, goal.minus(used), due);
        }
        Duration used = hours.between(received, now);
        Duration left = goal.minus(used);
        State state = left.isNegative() || left.isZero() && now.isAfter(due) ? State.OVERDUE
                : left.compareTo(warning) <= 0 ? State.DUE_SOON : State.WAITING;
        if (!now.isBefore(due)) {
            state = State.OVERDUE;
        }
        return new Reading(state, used, left, due);
    }
}
