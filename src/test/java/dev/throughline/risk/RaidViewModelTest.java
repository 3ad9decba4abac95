package dev.throughline.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register's filters and heat-map counts, on the view model alone (no stage, no workspace). */
class RaidViewModelTest {

    private RaidViewModel model;

    private static RaidRow row(long id, RaidType type, int p, int i, Integer rp, Integer ri, String owner,
                               RaidStatus status, boolean overdue, String triggered) {
        RaidItem item = new RaidItem(id, 1, type, "Item " + id, "cause " + id, "", "", p, i, rp, ri, null, Response.REDUCE,
                id == 3 ? "vendor escalation" : "", null, Proximity.LATER, LocalDate.of(2026, 12, 1), status, null);
        return new RaidRow(item, "CHK-12", owner, List.of(), List.of(), "", triggered, overdue);
    }

    @BeforeEach
    void rows() {
        model = new RaidViewModel(null, 1L);
        model.show(List.of(
                row(1, RaidType.RISK, 4, 5, 2, 2, "Maya Okafor", RaidStatus.OPEN, false, "forecast after deadline"),
                row(2, RaidType.RISK, 4, 5, null, null, "Ben Carter", RaidStatus.MITIGATING, true, ""),
                row(3, RaidType.ISSUE, 3, 3, null, null, "Maya Okafor", RaidStatus.OPEN, false, ""),
                row(4, RaidType.ASSUMPTION, 1, 2, null, null, "", RaidStatus.OPEN, true, ""),
                row(5, RaidType.RISK, 5, 5, null, null, "Ben Carter", RaidStatus.CLOSED, false, ""),
                row(6, RaidType.RISK, 3, 4, null, null, "Ben Carter", RaidStatus.REALISED, false, "")),
                List.of("Ben Carter", "Maya Okafor"));
    }

    private List<Long> ids() {
        return model.visible().stream().map(r -> r.item().id()).toList();
    }

    @Test
    void closedAndRealisedAreHiddenUntilAskedFor() {
        assertEquals(List.of(1L, 2L, 3L, 4L), ids());
        model.showClosed.set(true);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), ids());
        model.showClosed.set(false);
        model.status.set(RaidStatus.CLOSED);
        assertEquals(List.of(5L), ids());
    }

    @Test
    void typeStatusOwnerBandOverdueTriggeredAndSearchFilter() {
        model.type.set(RaidType.RISK);
        assertEquals(List.of(1L, 2L), ids());
        model.status.set(RaidStatus.MITIGATING);
        assertEquals(List.of(2L), ids());
        model.clearFilters();

        model.owner.set("maya okafor");
        assertEquals(List.of(1L, 3L), ids());
        model.clearFilters();

        model.band.set(Band.RED);
        assertEquals(List.of(1L, 2L), ids());
        model.band.set(Band.AMBER);
        assertEquals(List.of(3L), ids());
        model.band.set(Band.GREEN);
        assertEquals(List.of(4L), ids());
        model.residual.set(true);
        assertEquals(List.of(1L, 4L), ids(), "item 1 is green once mitigated (2x2)");
        model.clearFilters();
        model.residual.set(false);

        model.reviewOverdueOnly.set(true);
        assertEquals(List.of(2L, 4L), ids());
        model.reviewOverdueOnly.set(false);
        model.triggeredOnly.set(true);
        assertEquals(List.of(1L), ids());
        model.triggeredOnly.set(false);

        model.search.set("VENDOR");
        assertEquals(List.of(3L), ids(), "search covers the mitigation, case-insensitively");
        model.search.set("cause 4");
        assertEquals(List.of(4L), ids());
    }

    @Test
    void heatMapCountsFollowTheOtherFiltersAndAClickedCellFiltersTheRegister() {
        int[][] heat = model.heat().get();
        assertEquals(2, heat[3][4], "two open items at probability 4, impact 5");
        assertEquals(1, heat[2][2]);
        assertEquals(1, heat[0][1]);
        assertEquals(0, heat[4][4], "the closed 5x5 is not counted");

        model.toggleCell(4, 5);
        assertEquals(List.of(1L, 2L), ids());
        assertEquals(2, model.heat().get()[3][4], "the cell filter does not empty the other cells' counts");
        assertEquals(1, model.heat().get()[2][2]);
        model.toggleCell(4, 5);
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(), "clicking the same cell again clears it");

        model.residual.set(true);
        assertEquals(1, model.heat().get()[3][4], "residual: item 1 moves to 2x2");
        assertEquals(1, model.heat().get()[1][1]);
        model.toggleCell(2, 2);
        assertEquals(List.of(1L), ids());

        model.residual.set(false);
        model.cell.set(null);
        model.owner.set("Ben Carter");
        int[][] ben = new int[5][5];
        ben[3][4] = 1;
        assertArrayEquals(ben, model.heat().get());
    }

    @Test
    void ownerChoicesComeFromTheRegister() {
        assertEquals(List.of("", "Ben Carter", "Maya Okafor"), List.copyOf(model.owners()));
        assertEquals(1, model.triggeredCount().get());
    }

    @Test
    void widenToShowClearsTheHeatMapCellWhenThatIsAllThatHidesTheRowAndEveryFilterOtherwise() {
        RaidRow issue = model.all().get(2);
        model.toggleCell(4, 5);
        assertEquals(List.of(1L, 2L), ids());
        assertEquals("the heat-map filter", model.widenToShow(issue));
        assertEquals(null, model.cell.get());
        assertEquals(List.of(1L, 2L, 3L, 4L), ids());
        assertEquals("", model.widenToShow(issue), "already shown");

        model.type.set(RaidType.RISK);
        model.toggleCell(4, 5);
        assertEquals("the filters", model.widenToShow(issue));
        assertEquals(null, model.type.get());
        assertEquals(List.of(1L, 2L, 3L, 4L), ids());
    }
}
