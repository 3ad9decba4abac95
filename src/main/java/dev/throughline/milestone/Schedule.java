package dev.throughline.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scheduling rules, as plain code over a dependency graph: pushing successors when a date moves,
 * refusing cycles, and explaining which predecessor drives a date. Successors only ever move later
 * (a predecessor finishing early frees, but does not pull, its successors); settled milestones
 * (done, cancelled) never move.
 */
public final class Schedule {

    /** Read access to milestones and dependencies; the service backs it with SQL, tests with maps. */
    public interface Graph {
        Milestone milestone(long id);

        List<Dependency> successorsOf(long id);

        List<Dependency> predecessorsOf(long id);
    }

    /** One link of "why is this date here": the predecessor and the dependency that hold it. */
    public record Driver(Milestone predecessor, Dependency dependency) {
    }

    private static final int MAX_CHAIN = 50;

    private Schedule() {
    }

    /**
     * Moves {@code movedId} to {@code newForecast} and pushes every successor as far as its dependencies
     * require. Returns the milestones whose dates change, in the order they were settled.
     */
    public static Map<Long, Milestone> propagate(Graph graph, long movedId, LocalDate newForecast) {
        Map<Long, Milestone> changed = new LinkedHashMap<>();
        Milestone moved = graph.milestone(movedId).withForecast(newForecast);
        changed.put(movedId, moved);
        pushSuccessors(graph, moved, changed);
        return changed;
    }

    /** Pushes the successors of an already-changed milestone (also used after adding a dependency). */
    public static void pushSuccessors(Graph graph, Milestone from, Map<Long, Milestone> changed) {
        Deque<Milestone> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            Milestone predecessor = queue.poll();
            for (Dependency d : graph.successorsOf(predecessor.id())) {
                Milestone successor = changed.getOrDefault(d.successorId(), graph.milestone(d.successorId()));
                if (successor.status().isSettled()) {
                    continue;
                }
                long shift = requiredShift(predecessor, successor, d);
                if (shift > 0) {
                    Milestone pushed = successor.withForecast(successor.forecast().plusDays(shift));
                    changed.put(pushed.id(), pushed);
                    queue.add(pushed);
                }
            }
        }
    }

    /** Days the successor must move later to satisfy {@code d} (0 when it already does). */
    public static long requiredShift(Milestone predecessor, Milestone successor, Dependency d) {
        LocalDate from = d.type().fromPredecessorStart() ? predecessor.effectiveStart() : predecessor.forecast();
        LocalDate earliest = from.plusDays(d.lagDays());
        LocalDate constrained = d.type().constrainsSuccessorStart() ? successor.effectiveStart() : successor.forecast();
        return Math.max(0, ChronoUnit.DAYS.between(constrained, earliest));
    }

    /** True when {@code d} holds the successor exactly where it is (it would move if the predecessor slipped). */
    public static boolean isBinding(Milestone predecessor, Milestone successor, Dependency d) {
        LocalDate from = d.type().fromPredecessorStart() ? predecessor.effectiveStart() : predecessor.forecast();
        LocalDate constrained = d.type().constrainsSuccessorStart() ? successor.effectiveStart() : successor.forecast();
        return from.plusDays(d.lagDays()).equals(constrained);
    }

    /**
     * The loop that adding {@code predecessorId -> successorId} would close, as milestone ids from the
     * successor back round to the successor; empty when there is none.
     */
    public static Optional<List<Long>> cycleIfAdded(Graph graph, long predecessorId, long successorId) {
        if (predecessorId == successorId) {
            return Optional.of(List.of(successorId, successorId));
        }
        Map<Long, Long> cameFrom = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(successorId));
        Set<Long> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            long at = queue.poll();
            if (at == predecessorId) {
                List<Long> path = new ArrayList<>();
                for (Long step = at; step != null; step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                path.add(successorId);
                return Optional.of(path);
            }
            for (Dependency d : graph.successorsOf(at)) {
                if (seen.add(d.successorId())) {
                    cameFrom.put(d.successorId(), at);
                    queue.add(d.successorId());
                }
            }
        }
        return Optional.empty();
    }

    /** The chain of binding predecessors that holds {@code id}'s forecast where it is, nearest first. */
    public static List<Driver> drivingChain(Graph graph, long id) {
        List<Driver> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Milestone current = graph.milestone(id);
        while (chain.size() < MAX_CHAIN && seen.add(current.id())) {
            Driver driver = null;
            for (Dependency d : graph.predecessorsOf(current.id())) {
                Milestone predecessor = graph.milestone(d.predecessorId());
                if (isBinding(predecessor, current, d)
                        && (driver == null || predecessor.forecast().isAfter(driver.predecessor().forecast()))) {
                    driver = new Driver(predecessor, d);
                }
            }
            if (driver == null) {
                break;
            }
            chain.add(driver);
            current = driver.predecessor();
        }
        return chain;
    }
}
