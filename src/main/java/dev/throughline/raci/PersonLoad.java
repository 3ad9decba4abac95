package dev.throughline.raci;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each person's load across the portfolio: how many deliverables they are Accountable or Responsible
 * for (A/R on one row counts once), in how many programs, how many of those are at risk (program at
 * risk or off track, or linked milestone slipped), and whether they are above the threshold.
 */
public final class PersonLoad {

    public static final int DEFAULT_THRESHOLD = 8;

    public record Row(long personId, String name, int deliverables, int programs, int atRisk, boolean flagged) {
    }

    private PersonLoad() {
    }

    /**
     * {@code people} (id to name, in display order) all get a row, with zeros when they hold no A or R;
     * rows are sorted by load, heaviest first. Flagged means strictly more deliverables than {@code threshold}.
     */
    public static List<Row> compute(Map<Long, String> people, List<LoadFact> facts, int threshold) {
        Map<Long, Set<Long>> deliverables = new LinkedHashMap<>();
        Map<Long, Set<Long>> programs = new LinkedHashMap<>();
        Map<Long, Set<Long>> risky = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>(people);
        for (LoadFact f : facts) {
            names.putIfAbsent(f.personId(), f.personName());
            deliverables.computeIfAbsent(f.personId(), k -> new HashSet<>()).add(f.deliverableId());
            programs.computeIfAbsent(f.personId(), k -> new HashSet<>()).add(f.programId());
            if (f.atRisk()) {
                risky.computeIfAbsent(f.personId(), k -> new HashSet<>()).add(f.deliverableId());
            }
        }
        List<Row> rows = new ArrayList<>();
        names.forEach((id, name) -> {
            int count = deliverables.getOrDefault(id, Set.of()).size();
            rows.add(new Row(id, name, count, programs.getOrDefault(id, Set.of()).size(),
                    risky.getOrDefault(id, Set.of()).size(), count > threshold));
        });
        rows.sort(Comparator.comparingInt(Row::deliverables).reversed().thenComparing(Row::name));
        return rows;
    }
}
