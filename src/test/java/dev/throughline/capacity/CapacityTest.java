package dev.throughline.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.intake.Criticality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capacity figures: programs weighted by size and criticality, syncs, A/R load, and who can take the next request. */
class CapacityTest {

    private static Capacity.ProgramLoad program(String key, Capacity.Size size, Criticality criticality) {
        return new Capacity.ProgramLoad(key.hashCode(), key, size, criticality);
    }

    private final List<Capacity.Row> rows = Capacity.rows(List.of(
            new Capacity.Facts(1, "Maya Okafor", List.of(program("CHK-12", Capacity.Size.LARGE, Criticality.HIGH),
                    program("SSO-7", Capacity.Size.MEDIUM, Criticality.CRITICAL)), 3, 6),
            new Capacity.Facts(2, "Devin Castillo", List.of(program("MOB-3", Capacity.Size.SMALL, Criticality.MEDIUM)),
                    1, 2),
            new Capacity.Facts(3, "Priya Raman", List.of(), 0, 0)));

    @Test
    void loadAddsWeightedProgramsSyncsAndAccountableOrResponsibleRows() {
        Capacity.Row maya = rows.stream().filter(r -> r.name().equals("Maya Okafor")).findFirst().orElseThrow();
        assertEquals(6.0, maya.programPoints(), 1e-9, "L·P1 = 2 x 1.5, M·P0 = 1.5 x 2");
        assertEquals(6.0 + 3 * 0.25 + 6 * 0.1, maya.load(), 1e-9);
        assertEquals(-1.35, maya.headroom(), 1e-9);
        assertEquals("CHK-12 (L·P1), SSO-7 (M·P0)", maya.programList());
    }

    @Test
    void rowsAreOrderedByHeadroomAndTheMostFreeIsSuggested() {
        assertEquals(List.of("Priya Raman", "Devin Castillo", "Maya Okafor"), rows.stream().map(Capacity.Row::name).toList());
        assertEquals(4.55, rows.get(1).headroom(), 1e-9, "6 - (1 + 0.25 + 0.2)");
        Capacity.Suggestion s = Capacity.suggest(rows, 4);
        assertEquals("Priya Raman", s.who().orElseThrow().name());
        assertEquals("Priya Raman can take it: 6 points of headroom for a request weighing 4.", s.why());
    }

    @Test
    void whenNobodyHasRoomTheSuggestionSaysByHowMuch() {
        Capacity.Suggestion s = Capacity.suggest(rows, 7.5);
        assertEquals("Nobody has room for a request weighing 7.5; Priya Raman has the most headroom (6 points) and"
                + " would be 1.5 over budget.", s.why());
        assertEquals("Nobody in the directory is a TPgM (a role with “TPgM”, or running a program).",
                Capacity.suggest(List.of(), 1).why());
    }

    @Test
    void programSizeFollowsOpenMilestones() {
        assertEquals(Capacity.Size.SMALL, Capacity.Size.ofOpenMilestones(6));
        assertEquals(Capacity.Size.MEDIUM, Capacity.Size.ofOpenMilestones(7));
        assertEquals(Capacity.Size.MEDIUM, Capacity.Size.ofOpenMilestones(15));
        assertEquals(Capacity.Size.LARGE, Capacity.Size.ofOpenMilestones(16));
    }
}
