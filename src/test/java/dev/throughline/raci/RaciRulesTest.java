package dev.throughline.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.raci.RaciRules.Kind;
import dev.throughline.raci.RaciRules.RowProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RaciRulesTest {

    private static Deliverable row(long id) {
        return new Deliverable(id, 1, null, null, (int) id, "D" + id);
    }

    private static List<Kind> kinds(List<RowProblem> problems) {
        return problems.stream().map(RowProblem::kind).toList();
    }

    @Test
    void oneAccountableAndOneResponsibleIsFine() {
        assertEquals(List.of(), RaciRules.check(List.of(row(1)), Map.of(1L, Map.of(10L, RaciCell.A, 11L, RaciCell.R, 12L, RaciCell.C))));
    }

    @Test
    void accountableAndResponsibleInOneCellIsFine() {
        assertEquals(List.of(), RaciRules.check(List.of(row(1)), Map.of(1L, Map.of(10L, RaciCell.AR, 11L, RaciCell.I))));
    }

    @Test
    void anEmptyRowHasNoAccountableAndNoResponsible() {
        List<RowProblem> problems = RaciRules.check(List.of(row(1)), Map.of());
        assertEquals(List.of(Kind.NO_ACCOUNTABLE, Kind.NO_RESPONSIBLE), kinds(problems));
        assertEquals(1L, problems.get(0).deliverableId());
    }

    @Test
    void noAccountable() {
        assertEquals(List.of(Kind.NO_ACCOUNTABLE),
                kinds(RaciRules.check(List.of(row(1)), Map.of(1L, Map.of(10L, RaciCell.R, 11L, RaciCell.C)))));
    }

    @Test
    void moreThanOneAccountableCountsTheAOfAnAR() {
        List<RowProblem> problems = RaciRules.check(List.of(row(1)), Map.of(1L, Map.of(10L, RaciCell.A, 11L, RaciCell.AR)));
        assertEquals(List.of(Kind.MANY_ACCOUNTABLE), kinds(problems));
        assertEquals("D1: 2 Accountable (exactly one person may be A)", problems.get(0).describe());
    }

    @Test
    void noResponsible() {
        assertEquals(List.of(Kind.NO_RESPONSIBLE),
                kinds(RaciRules.check(List.of(row(1)), Map.of(1L, Map.of(10L, RaciCell.A, 11L, RaciCell.C, 12L, RaciCell.I)))));
    }

    @Test
    void summarySaysHowManyRowsBreakEachRule() {
        List<RowProblem> problems = RaciRules.check(List.of(row(1), row(2), row(3), row(4)), Map.of(
                1L, Map.of(10L, RaciCell.R),
                2L, Map.of(10L, RaciCell.R),
                3L, Map.of(10L, RaciCell.A, 11L, RaciCell.A, 12L, RaciCell.R),
                4L, Map.of(10L, RaciCell.AR)));
        assertEquals(List.of("2 deliverables have no Accountable", "1 deliverable has more than one Accountable"),
                RaciRules.summary(problems));
        assertEquals(List.of(), RaciRules.summary(List.of()));
    }

    @Test
    void typingCombinesAAndROnlyAndCOrIReplace() {
        assertEquals(RaciCell.AR, RaciCell.typed(RaciCell.R, RaciRole.A));
        assertEquals(RaciCell.AR, RaciCell.typed(RaciCell.A, RaciRole.R));
        assertEquals(RaciCell.AR, RaciCell.typed(RaciCell.AR, RaciRole.R));
        assertEquals(RaciCell.A, RaciCell.typed(RaciCell.C, RaciRole.A));
        assertEquals(RaciCell.C, RaciCell.typed(RaciCell.AR, RaciRole.C));
        assertEquals(RaciCell.I, RaciCell.typed(null, RaciRole.I));
        assertEquals(java.util.Optional.empty(), RaciCell.letter("x"));
        assertEquals(java.util.Optional.of(RaciCell.AR), RaciCell.parse("r/a"));
    }
}
