package dev.throughline.raci;

import dev.throughline.milestone.Workstream;
import dev.throughline.people.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One program's RACI as read in one transaction: rows grouped by workstream (in workstream order, rows
 * without a workstream last), columns grouped by function, and the cells.
 */
public record RaciMatrix(long programId, String programKey, List<Workstream> workstreams,
                         List<Deliverable> deliverables, List<Person> members,
                         Map<Long, Map<Long, RaciCell>> cells) {

    public RaciMatrix {
        workstreams = List.copyOf(workstreams);
        Map<Long, Integer> order = new HashMap<>();
        for (Workstream w : workstreams) {
            order.put(w.id(), w.position());
        }
        List<Deliverable> sorted = new ArrayList<>(deliverables);
        sorted.sort(Comparator.<Deliverable>comparingInt(d -> d.workstreamId() == null ? Integer.MAX_VALUE
                        : order.getOrDefault(d.workstreamId(), Integer.MAX_VALUE - 1))
                .thenComparingInt(Deliverable::position).thenComparingLong(Deliverable::id));
        deliverables = List.copyOf(sorted);
        members = List.copyOf(members);
        Map<Long, Map<Long, RaciCell>> copy = new HashMap<>();
        cells.forEach((d, row) -> copy.put(d, Map.copyOf(row)));
        cells = Map.copyOf(copy);
    }

    public Optional<RaciCell> cell(long deliverableId, long personId) {
        return Optional.ofNullable(cells.getOrDefault(deliverableId, Map.of()).get(personId));
    }

    /** The letter shown in a cell: "", "R", "A/R"... */
    public String label(long deliverableId, long personId) {
        return cell(deliverableId, personId).map(RaciCell::label).orElse("");
    }

    public boolean hasAnyRole(long personId) {
        return cells.values().stream().anyMatch(row -> row.containsKey(personId));
    }

    public String workstreamName(Long workstreamId) {
        return workstreams.stream().filter(w -> Objects.equals(w.id(), workstreamId)).map(Workstream::name)
                .findFirst().orElse("No workstream");
    }

    public Optional<Deliverable> deliverable(long id) {
        return deliverables.stream().filter(d -> d.id() == id).findFirst();
    }

    public List<RaciRules.RowProblem> problems() {
        return RaciRules.check(deliverables, cells);
    }
}
