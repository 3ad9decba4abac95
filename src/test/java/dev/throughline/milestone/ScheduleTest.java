package dev.throughline.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scheduling rules as plain code over an in-memory graph: how far each dependency type pushes,
 * that nothing is ever pulled earlier, that settled milestones stay put, loops, and what drives a date.
 */
class ScheduleTest {

    /** An in-memory dependency graph; ids are handed out in order, starting at 1. */
    private static final class MapGraph implements Schedule.Graph {
        private final Map<Long, Milestone> milestones = new HashMap<>();
        private final List<Dependency> dependencies = new ArrayList<>();

        Milestone add(String title, LocalDate start, LocalDate forecast) {
            return add(title, start, forecast, MilestoneStatus.PLANNED);
        }

        Milestone add(String title, LocalDate start, LocalDate forecast, MilestoneStatus status) {
            long id = milestones.size() + 1;
            Milestone m = new Milestone(id, 1, null, title, null, start, null, forecast,
                    status == MilestoneStatus.DONE ? forecast : null, null, status, "");
            milestones.put(id, m);
            return m;
        }

        Dependency link(Milestone predecessor, Milestone successor, DependencyType type, int lag) {
            Dependency d = new Dependency(dependencies.size() + 1, predecessor.id(), successor.id(), type, lag);
            dependencies.add(d);
            return d;
        }

        Dependency link(Milestone predecessor, Milestone successor) {
            return link(predecessor, successor, DependencyType.FS, 0);
        }

        @Override
        public Milestone milestone(long id) {
            Milestone m = milestones.get(id);
            if (m == null) {
                throw new IllegalStateException("milestone " + id + " is missing");
            }
            return m;
        }

        @Override
        public List<Dependency> successorsOf(long id) {
            return dependencies.stream().filter(d -> d.predecessorId() == id).toList();
        }

        @Override
        public List<Dependency> predecessorsOf(long id) {
            return dependencies.stream().filter(d -> d.successorId() == id).toList();
        }
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static LocalDate april(int day) {
        return LocalDate.of(2026, 4, day);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private MapGraph graph;

    @BeforeEach
    void graph() {
        graph = new MapGraph();
    }

    // ---- how far each dependency type pushes -------------------------------------------------------

    @Nested
    class Push {

        /**
         * The predecessor's window Mar 1-10 moves to Mar 11-20 (forecast +10). The successor's window is
         * Mar 5-8. Required: FS start >= 20+lag; SS start >= 11+lag; FF finish >= 20+lag; SF finish >= 11+lag.
         */
        @ParameterizedTest(name = "{0} lag {1}: successor moves {2} days")
        @CsvSource({
                "FS,  3, 18", "FS,  0, 15", "FS, -2, 13",
                "SS,  3,  9", "SS,  0,  6", "SS, -2,  4",
                "FF,  3, 15", "FF,  0, 12", "FF, -2, 10",
                "SF,  3,  6", "SF,  0,  3", "SF, -2,  1",
        })
        void eachTypePushesExactlyAsFarAsRequired(DependencyType type, int lag, int expectedShift) {
            Milestone predecessor = graph.add("Design", march(1), march(10));
            Milestone successor = graph.add("Build", march(5), march(8));
            Dependency d = graph.link(predecessor, successor, type, lag);

            Map<Long, Milestone> changed = Schedule.propagate(graph, predecessor.id(), march(20));

            assertEquals(List.of(predecessor.id(), successor.id()), List.copyOf(changed.keySet()));
            Milestone movedPredecessor = changed.get(predecessor.id());
            assertEquals(march(11), movedPredecessor.start(), "the moved milestone keeps its window length");
            assertEquals(march(20), movedPredecessor.forecast());
            Milestone pushed = changed.get(successor.id());
            assertEquals(march(8).plusDays(expectedShift), pushed.forecast());
            assertEquals(march(5).plusDays(expectedShift), pushed.start());
            assertTrue(Schedule.isBinding(movedPredecessor, pushed, d), "pushed no further than required");
            assertEquals(0, Schedule.requiredShift(movedPredecessor, pushed, d));
        }

        @ParameterizedTest(name = "{0} lag {1}")
        @CsvSource({"FS, 0", "FS, -3", "SS, 5", "FF, 2", "SF, -1"})
        void aSatisfiedDependencyPushesNothing(DependencyType type, int lag) {
            Milestone predecessor = graph.add("Design", march(1), march(10));
            Milestone successor = graph.add("Launch", april(20), april(30));
            graph.link(predecessor, successor, type, lag);

            Map<Long, Milestone> changed = Schedule.propagate(graph, predecessor.id(), march(20));

            assertEquals(List.of(predecessor.id()), List.copyOf(changed.keySet()));
        }

        @Test
        void aSuccessorExactlyOnItsEarliestDateStays() {
            Milestone predecessor = graph.add("Design", null, march(10));
            Milestone successor = graph.add("Build", march(22), march(30));
            graph.link(predecessor, successor, DependencyType.FS, 2);

            Map<Long, Milestone> changed = Schedule.propagate(graph, predecessor.id(), march(20));

            assertEquals(List.of(predecessor.id()), List.copyOf(changed.keySet()), "Mar 20 + 2 = Mar 22: satisfied");
            assertEquals(0, Schedule.requiredShift(changed.get(predecessor.id()), successor,
                    graph.predecessorsOf(successor.id()).get(0)));
        }

        @Test
        void requiredShiftIsNeverNegative() {
            Milestone predecessor = graph.add("Design", null, march(1));
            Milestone successor = graph.add("Build", null, april(1));
            for (DependencyType type : DependencyType.values()) {
                assertEquals(0, Schedule.requiredShift(predecessor, successor,
                        new Dependency(1, predecessor.id(), successor.id(), type, -10)), type.name());
            }
        }

        @Test
        void aPredecessorMovingEarlierDoesNotPullItsSuccessor() {
            Milestone predecessor = graph.add("Design", march(1), march(10));
            Milestone successor = graph.add("Build", march(10), march(15));
            graph.link(predecessor, successor);

            Map<Long, Milestone> changed = Schedule.propagate(graph, predecessor.id(), march(3));

            assertEquals(List.of(predecessor.id()), List.copyOf(changed.keySet()));
            assertEquals(march(3), changed.get(predecessor.id()).forecast());
        }

        @ParameterizedTest
        @EnumSource(value = MilestoneStatus.class, names = {"DONE", "CANCELLED"})
        void settledSuccessorsDoNotMoveNorPushTheirOwn(MilestoneStatus settled) {
            Milestone a = graph.add("Design", null, march(10));
            Milestone b = graph.add("Build", null, march(12), settled);
            Milestone c = graph.add("Launch", null, march(14));
            graph.link(a, b);
            graph.link(b, c);

            Map<Long, Milestone> changed = Schedule.propagate(graph, a.id(), march(30));

            assertEquals(List.of(a.id()), List.copyOf(changed.keySet()), "a settled milestone keeps its dates");
        }

        @Test
        void aSettledMilestoneDoesNotShieldAnotherPath() {
            Milestone a = graph.add("Design", null, march(10));
            Milestone done = graph.add("Spec", null, march(12), MilestoneStatus.DONE);
            Milestone open = graph.add("Build", null, march(12));
            Milestone d = graph.add("Launch", null, march(14));
            graph.link(a, done);
            graph.link(a, open);
            graph.link(done, d);
            graph.link(open, d);

            Map<Long, Milestone> changed = Schedule.propagate(graph, a.id(), march(20));

            assertFalse(changed.containsKey(done.id()));
            assertEquals(march(20), changed.get(open.id()).forecast());
            assertEquals(march(20), changed.get(d.id()).forecast());
        }

        @Test
        void theWorkWindowKeepsItsLengthAndAMilestoneWithoutStartGetsNone() {
            Milestone a = graph.add("Design", march(1), march(10));
            Milestone windowed = graph.add("Build", march(11), march(25));
            Milestone point = graph.add("Review", null, march(12));
            graph.link(a, windowed);
            graph.link(a, point);

            Map<Long, Milestone> changed = Schedule.propagate(graph, a.id(), march(15));

            Milestone build = changed.get(windowed.id());
            assertEquals(march(15), build.start());
            assertEquals(march(29), build.forecast());
            assertEquals(days(march(11), march(25)), days(build.start(), build.forecast()));
            Milestone review = changed.get(point.id());
            assertEquals(march(15), review.forecast());
            assertNull(review.start(), "no work window appears out of nowhere");
        }
    }

    // ---- chains ------------------------------------------------------------------------------------

    @Nested
    class Chains {

        @Test
        void aPushFollowsTheChainTransitively() {
            Milestone a = graph.add("Design", null, march(10));
            Milestone b = graph.add("Build", march(11), march(20));
            Milestone c = graph.add("Test", march(21), march(25));
            Milestone d = graph.add("Launch", null, march(26));
            graph.link(a, b, DependencyType.FS, 1);
            graph.link(b, c, DependencyType.FS, 1);
            graph.link(c, d, DependencyType.FF, 1);

            Map<Long, Milestone> changed = Schedule.propagate(graph, a.id(), march(15));

            assertEquals(List.of(a.id(), b.id(), c.id(), d.id()), List.copyOf(changed.keySet()));
            assertEquals(march(16), changed.get(b.id()).start());
            assertEquals(march(25), changed.get(b.id()).forecast());
            assertEquals(march(26), changed.get(c.id()).start());
            assertEquals(march(30), changed.get(c.id()).forecast());
            assertEquals(march(31), changed.get(d.id()).forecast());
        }

        @Test
        void aChainStopsWhereThereIsSlack() {
            Milestone a = graph.add("Design", null, march(10));
            Milestone b = graph.add("Build", null, march(10));
            Milestone c = graph.add("Launch", null, march(20));
            graph.link(a, b);
            graph.link(b, c);

            Map<Long, Milestone> changed = Schedule.propagate(graph, a.id(), march(14));

            assertEquals(List.of(a.id(), b.id()), List.copyOf(changed.keySet()), "Launch on Mar 20 has room");
        }

        @ParameterizedTest(name = "links declared in order {0}")
        @CsvSource({"short-first", "long-first"})
        void aDiamondEndsAtTheLatestRequirement(String order) {
            Milestone a = graph.add("Design", null, march(1));
            Milestone b = graph.add("Backend", null, march(2));
            Milestone c = graph.add("Frontend", null, march(3));
            Milestone d = graph.add("Launch", null, march(4));
            if (order.equals("short-first")) {
                graph.link(a, b, DependencyType.FS, 1);
                graph.link(a, c, DependencyType.FS, 5);
            } else {
                graph.link(a, c, DependencyType.FS, 5);
                graph.link(a, b, DependencyType.FS, 1);
            }
            graph.link(b, d, DependencyType.FS, 2);
            graph.link(c, d, DependencyType.FS, 0);

            Map<Long, Milestone> changed = Schedule.propagate(graph, a.id(), march(10));

            assertEquals(march(11), changed.get(b.id()).forecast());
            assertEquals(march(15), changed.get(c.id()).forecast());
            assertEquals(march(15), changed.get(d.id()).forecast(), "max(Mar 11 + 2, Mar 15 + 0)");
            assertEquals(4, changed.size());
        }

        @Test
        void pushSuccessorsStartsFromAnAlreadyChangedMilestone() {
            Milestone a = graph.add("Design", null, march(10));
            Milestone b = graph.add("Build", null, march(12));
            graph.link(a, b, DependencyType.FS, 3);
            Map<Long, Milestone> changed = new java.util.LinkedHashMap<>();

            Schedule.pushSuccessors(graph, a.withForecast(march(20)), changed);

            assertEquals(List.of(b.id()), List.copyOf(changed.keySet()), "only the pushed ones are listed");
            assertEquals(march(23), changed.get(b.id()).forecast());
        }
    }

    // ---- loops -------------------------------------------------------------------------------------

    @Nested
    class Loops {

        @Test
        void closingALoopReturnsThePathFromTheSuccessorRoundToItself() {
            Milestone a = graph.add("Design", null, march(1));
            Milestone b = graph.add("Build", null, march(2));
            Milestone c = graph.add("Launch", null, march(3));
            graph.link(a, b);
            graph.link(b, c);

            assertEquals(Optional.of(List.of(a.id(), b.id(), c.id(), a.id())),
                    Schedule.cycleIfAdded(graph, c.id(), a.id()));
            assertEquals(Optional.of(List.of(b.id(), c.id(), b.id())), Schedule.cycleIfAdded(graph, c.id(), b.id()));
        }

        @Test
        void aDependencyOnItselfIsALoop() {
            Milestone a = graph.add("Design", null, march(1));

            assertEquals(Optional.of(List.of(a.id(), a.id())), Schedule.cycleIfAdded(graph, a.id(), a.id()));
        }

        @Test
        void forwardAndUnrelatedLinksAreNotLoops() {
            Milestone a = graph.add("Design", null, march(1));
            Milestone b = graph.add("Build", null, march(2));
            Milestone c = graph.add("Launch", null, march(3));
            Milestone other = graph.add("Docs", null, march(3));
            graph.link(a, b);
            graph.link(b, c);

            assertEquals(Optional.empty(), Schedule.cycleIfAdded(graph, a.id(), c.id()), "a shortcut is fine");
            assertEquals(Optional.empty(), Schedule.cycleIfAdded(graph, other.id(), a.id()));
            assertEquals(Optional.empty(), Schedule.cycleIfAdded(graph, c.id(), other.id()));
        }

        @Test
        void aLoopThroughADiamondIsFound() {
            Milestone a = graph.add("Design", null, march(1));
            Milestone b = graph.add("Backend", null, march(2));
            Milestone c = graph.add("Frontend", null, march(2));
            Milestone d = graph.add("Launch", null, march(3));
            graph.link(a, b);
            graph.link(a, c);
            graph.link(b, d);
            graph.link(c, d);

            Optional<List<Long>> loop = Schedule.cycleIfAdded(graph, d.id(), a.id());

            assertTrue(loop.isPresent());
            List<Long> path = loop.get();
            assertEquals(a.id(), path.get(0));
            assertEquals(d.id(), path.get(path.size() - 2));
            assertEquals(a.id(), path.get(path.size() - 1));
            assertEquals(4, path.size(), "the shortest way round: " + path);
        }
    }

    // ---- what drives a date ------------------------------------------------------------------------

    @Nested
    class Drivers {

        @Test
        void theBindingPredecessorWithTheLatestDateDrivesAndTheChainGoesBack() {
            Milestone root = graph.add("Kickoff", null, march(1));
            Milestone early = graph.add("Backend", null, march(10));
            Milestone late = graph.add("Frontend", null, march(12));
            Milestone loose = graph.add("Docs", null, march(14));
            Milestone launch = graph.add("Launch", null, march(15));
            Dependency rootToLate = graph.link(root, late, DependencyType.FS, 11);
            graph.link(early, launch, DependencyType.FS, 5);
            Dependency lateToLaunch = graph.link(late, launch, DependencyType.FS, 3);
            graph.link(loose, launch, DependencyType.FS, 0);

            List<Schedule.Driver> chain = Schedule.drivingChain(graph, launch.id());

            assertEquals(List.of(new Schedule.Driver(late, lateToLaunch), new Schedule.Driver(root, rootToLate)), chain,
                    "Backend and Frontend both hold Launch on Mar 15; Frontend is later. Docs is not binding.");
        }

        @Test
        void aDateWithSlackHasNoDriver() {
            Milestone a = graph.add("Design", null, march(1));
            Milestone b = graph.add("Build", null, march(20));
            graph.link(a, b, DependencyType.FS, 2);

            assertEquals(List.of(), Schedule.drivingChain(graph, b.id()));
            assertEquals(List.of(), Schedule.drivingChain(graph, a.id()));
        }

        @Test
        void startConstraintsBindOnTheWorkWindow() {
            Milestone a = graph.add("Design", march(1), march(10));
            Milestone b = graph.add("Build", march(3), march(20));
            Dependency ss = graph.link(a, b, DependencyType.SS, 2);

            assertTrue(Schedule.isBinding(a, b, ss));
            assertEquals(List.of(new Schedule.Driver(a, ss)), Schedule.drivingChain(graph, b.id()));
        }
    }
}
