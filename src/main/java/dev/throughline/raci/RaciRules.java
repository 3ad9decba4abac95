package dev.throughline.raci;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The RACI rules, as plain code: every deliverable has exactly one Accountable and at least one
 * Responsible. A row can break more than one rule.
 */
public final class RaciRules {

    public enum Kind {
        NO_ACCOUNTABLE("No Accountable", "has no Accountable", "have no Accountable"),
        MANY_ACCOUNTABLE("More than one Accountable", "has more than one Accountable", "have more than one Accountable"),
        NO_RESPONSIBLE("No Responsible", "has no Responsible", "have no Responsible");

        private final String label;
        private final String one;
        private final String many;

        Kind(String label, String one, String many) {
            this.label = label;
            this.one = one;
            this.many = many;
        }

        public String label() {
            return label;
        }

        /** "1 deliverable has no Accountable", "3 deliverables have no Accountable". */
        public String sentence(int count) {
            return count + (count == 1 ? " deliverable " + one : " deliverables " + many);
        }
    }

    /** One broken rule on one row, in words ("No Accountable"; "2 Accountable: Maya Okafor, Marcus Lee"). */
    public record RowProblem(long deliverableId, String title, Kind kind, String detail) {
        public String describe() {
            return title + ": " + detail;
        }
    }

    private RaciRules() {
    }

    /** Problems in row order. {@code cells} maps deliverable id to person id to cell. */
    public static List<RowProblem> check(List<Deliverable> rows, Map<Long, ? extends Map<Long, RaciCell>> cells) {
        List<RowProblem> problems = new ArrayList<>();
        for (Deliverable d : rows) {
            Map<Long, RaciCell> row = cells.get(d.id());
            long accountable = row == null ? 0 : row.values().stream().filter(RaciCell::accountable).count();
            long responsible = row == null ? 0 : row.values().stream().filter(RaciCell::responsible).count();
            if (accountable == 0) {
                problems.add(new RowProblem(d.id(), d.title(), Kind.NO_ACCOUNTABLE,
                        "no Accountable (exactly one person must be A)"));
            } else if (accountable > 1) {
                problems.add(new RowProblem(d.id(), d.title(), Kind.MANY_ACCOUNTABLE,
                        accountable + " Accountable (exactly one person may be A)"));
            }
            if (responsible == 0) {
                problems.add(new RowProblem(d.id(), d.title(), Kind.NO_RESPONSIBLE,
                        "no Responsible (at least one person must be R)"));
            }
        }
        return problems;
    }

    /** One sentence per broken rule with how many rows break it, in rule order; empty when all is well. */
    public static List<String> summary(List<RowProblem> problems) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (RowProblem p : problems) {
            counts.merge(p.kind(), 1, Integer::sum);
        }
        List<String> sentences = new ArrayList<>();
        counts.forEach((kind, count) -> sentences.add(kind.sentence(count)));
        return sentences;
    }

    /** The problems of one row, for a tooltip. */
    public static List<RowProblem> ofRow(List<RowProblem> problems, long deliverableId) {
        return problems.stream().filter(p -> p.deliverableId() == deliverableId).toList();
    }
}
