package dev.throughline.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.timeline.TimelineData;
import dev.throughline.timeline.TimelineItem;
import dev.throughline.timeline.TimelineLane;
import dev.throughline.timeline.TimelineLink;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the timeline control is given: lanes in workstream order, links between shown items, item fields. */
class TimelineBuilderTest {

    private static final Workstream DESIGN = new Workstream(10, 1, 1, "Design");
    private static final Workstream BUILD = new Workstream(11, 1, 2, "Build");
    private static final Workstream EMPTY = new Workstream(12, 1, 3, "Rollout");

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static Milestone milestone(long id, Long workstreamId, String title, LocalDate forecast) {
        return milestone(id, workstreamId, title, forecast, MilestoneStatus.PLANNED);
    }

    private static Milestone milestone(long id, Long workstreamId, String title, LocalDate forecast,
                                       MilestoneStatus status) {
        return new Milestone(id, 1, workstreamId, title, null, null, null, forecast,
                status == MilestoneStatus.DONE ? forecast : null, null, status, "");
    }

    private static MilestoneRow row(Milestone m) {
        return new MilestoneRow(m, "CHK-1", "", "", null, null, "");
    }

    private static List<Long> ids(TimelineLane lane) {
        return lane.items().stream().map(TimelineItem::id).toList();
    }

    @Test
    void lanesFollowTheWorkstreamOrderAndLooseMilestonesGoLast() {
        List<MilestoneRow> rows = List.of(
                row(milestone(1, null, "Kickoff", march(1))),
                row(milestone(2, BUILD.id(), "API done", march(2))),
                row(milestone(3, DESIGN.id(), "Mockups", march(3))),
                row(milestone(4, BUILD.id(), "Beta", march(4))),
                row(milestone(5, null, "Launch", march(5))));

        TimelineData data = TimelineBuilder.forProgram(List.of(DESIGN, BUILD, EMPTY), rows, List.of());

        assertEquals(List.of("Design", "Build", "Rollout", "No workstream"),
                data.lanes().stream().map(TimelineLane::title).toList());
        assertEquals(List.of("ws-10", "ws-11", "ws-12", "ws-none"),
                data.lanes().stream().map(TimelineLane::id).toList());
        assertEquals(List.of(3L), ids(data.lanes().get(0)));
        assertEquals(List.of(2L, 4L), ids(data.lanes().get(1)), "rows keep their order inside a lane");
        assertEquals(List.of(), ids(data.lanes().get(2)), "an empty workstream still has its lane");
        assertEquals(List.of(1L, 5L), ids(data.lanes().get(3)));
    }

    @Test
    void theLaneOrderIsTheOrderOfTheWorkstreamsGiven() {
        List<MilestoneRow> rows = List.of(row(milestone(1, DESIGN.id(), "Mockups", march(1))),
                row(milestone(2, BUILD.id(), "API done", march(2))));

        TimelineData data = TimelineBuilder.forProgram(List.of(BUILD, DESIGN), rows, List.of());

        assertEquals(List.of("Build", "Design"), data.lanes().stream().map(TimelineLane::title).toList());
    }

    @Test
    void withoutLooseMilestonesThereIsNoNoWorkstreamLane() {
        TimelineData data = TimelineBuilder.forProgram(List.of(DESIGN),
                List.of(row(milestone(1, DESIGN.id(), "Mockups", march(1)))), List.of());

        assertEquals(List.of("Design"), data.lanes().stream().map(TimelineLane::title).toList());
    }

    @Test
    void aMilestoneOfAnUnknownWorkstreamIsShownUnderNoWorkstream() {
        TimelineData data = TimelineBuilder.forProgram(List.of(DESIGN),
                List.of(row(milestone(1, 99L, "Orphan", march(1)))), List.of());

        assertEquals(List.of("Design", "No workstream"), data.lanes().stream().map(TimelineLane::title).toList());
        assertEquals(List.of(1L), ids(data.lanes().get(1)));
    }

    @Test
    void aProgramWithoutWorkstreamsOrMilestonesHasNoLanes() {
        assertEquals(TimelineData.EMPTY, TimelineBuilder.forProgram(List.of(), List.of(), List.of()));
    }

    @Test
    void linksAreDrawnOnlyBetweenShownMilestones() {
        List<MilestoneRow> rows = List.of(row(milestone(1, DESIGN.id(), "Mockups", march(1))),
                row(milestone(2, BUILD.id(), "API done", march(5))),
                row(milestone(3, null, "Launch", march(9))));
        List<Dependency> deps = List.of(
                new Dependency(1, 1, 2, DependencyType.FS, 0),
                new Dependency(2, 2, 3, DependencyType.SF, -2),
                new Dependency(3, 40, 3, DependencyType.FS, 0),
                new Dependency(4, 2, 41, DependencyType.FF, 1));

        TimelineData data = TimelineBuilder.forProgram(List.of(DESIGN, BUILD), rows, deps);

        assertEquals(List.of(new TimelineLink(1, 2, "FS"), new TimelineLink(2, 3, "SF")), data.links(),
                "milestones of other programs (40, 41) are not on this timeline");
    }

    @Test
    void thePortfolioHasOneLanePerProgramAndLinksAcrossThem() {
        Map<String, List<MilestoneRow>> byProgram = new LinkedHashMap<>();
        byProgram.put("CHK-1 Checkout", List.of(row(milestone(1, null, "Design", march(1))),
                row(milestone(2, null, "Launch", march(20)))));
        byProgram.put("SSO-7 Single sign-on", List.of(row(milestone(3, null, "IdP ready", march(10)))));
        List<Dependency> deps = List.of(new Dependency(1, 1, 3, DependencyType.FS, 0),
                new Dependency(2, 3, 2, DependencyType.FF, 2), new Dependency(3, 3, 77, DependencyType.FS, 0));

        TimelineData data = TimelineBuilder.forPortfolio(byProgram, deps);

        assertEquals(List.of("CHK-1 Checkout", "SSO-7 Single sign-on"),
                data.lanes().stream().map(TimelineLane::title).toList());
        assertEquals(List.of(1L, 2L), ids(data.lanes().get(0)));
        assertEquals(List.of(3L), ids(data.lanes().get(1)));
        assertEquals(List.of(new TimelineLink(1, 3, "FS"), new TimelineLink(3, 2, "FF")), data.links());
    }

    @Test
    void anItemCarriesTheRowsDatesVarianceAndDetails() {
        Milestone m = new Milestone(7, 1, BUILD.id(), "Beta", 3L, march(2), march(10), march(15), null, march(14),
                MilestoneStatus.IN_PROGRESS, "");
        MilestoneRow row = new MilestoneRow(m, "CHK-1", "Build", "Maya Okafor", march(10), 5,
                "SSO-7 · IdP ready (FS +2d)");

        TimelineItem item = TimelineBuilder.item(row);

        assertEquals(7, item.id());
        assertEquals("Beta", item.label());
        assertEquals(march(15), item.forecast());
        assertEquals(march(10), item.baseline());
        assertEquals(march(14), item.deadline());
        assertNull(item.actual());
        assertEquals(TimelineItem.State.IN_PROGRESS, item.state());
        assertEquals(5, item.varianceDays());
        assertTrue(item.slipped());
        assertTrue(item.pastDeadline());
        assertEquals("CHK-1 · Beta\nForecast 2026-03-15 · baseline 2026-03-10 (+5d)\nDeadline 2026-03-14"
                + "\nOwner Maya Okafor\nIn progress\nWaits on SSO-7 · IdP ready (FS +2d)", item.details());
    }

    @Test
    void theItemComparesAgainstTheChosenBaselineNotTheMilestonesOwn() {
        Milestone m = new Milestone(7, 1, null, "Beta", null, null, march(10), march(8), null, null,
                MilestoneStatus.PLANNED, "");
        MilestoneRow row = new MilestoneRow(m, "CHK-1", "", "", march(12), -4, "");

        TimelineItem item = TimelineBuilder.item(row);

        assertEquals(march(12), item.baseline());
        assertEquals(-4, item.varianceDays());
        assertFalse(item.slipped());
        assertEquals("CHK-1 · Beta\nForecast 2026-03-08 · baseline 2026-03-12 (-4d)\nPlanned", item.details());
    }

    @Test
    void withoutABaselineTheVarianceIsZeroAndNothingSlipped() {
        TimelineItem item = TimelineBuilder.item(row(milestone(1, null, "Launch", march(9))));

        assertNull(item.baseline());
        assertEquals(0, item.varianceDays());
        assertFalse(item.slipped());
        assertFalse(item.pastDeadline());
        assertEquals("CHK-1 · Launch\nForecast 2026-03-09\nPlanned", item.details());
    }

    @Test
    void anOnTimeItemShowsNoVarianceSuffix() {
        Milestone m = milestone(1, null, "Launch", march(9));
        TimelineItem item = TimelineBuilder.item(new MilestoneRow(m, "CHK-1", "", "", march(9), 0, ""));

        assertEquals(0, item.varianceDays());
        assertEquals("CHK-1 · Launch\nForecast 2026-03-09 · baseline 2026-03-09\nPlanned", item.details());
    }

    @ParameterizedTest
    @EnumSource(MilestoneStatus.class)
    void eachStatusMapsToTheSameState(MilestoneStatus status) {
        TimelineItem item = TimelineBuilder.item(row(milestone(1, null, "Launch", march(9), status)));

        assertEquals(status.name(), item.state().name());
        assertTrue(item.details().endsWith("\n" + status.label()), item.details());
        assertEquals(status == MilestoneStatus.DONE ? march(9) : null, item.actual());
    }
}
