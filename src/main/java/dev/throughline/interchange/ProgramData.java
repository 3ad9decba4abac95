package dev.throughline.interchange;

import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Person;
import dev.throughline.program.Program;
import dev.throughline.risk.RaidItem;
import java.util.List;
import java.util.Map;

/** One program as the exports need it: its plan, its RAID log and the people they name (by id). */
public record ProgramData(Program program, List<Workstream> workstreams, List<Milestone> milestones,
                          List<Dependency> dependencies, List<RaidItem> raid, Map<Long, Person> people) {

    public ProgramData {
        workstreams = List.copyOf(workstreams);
        milestones = List.copyOf(milestones);
        dependencies = List.copyOf(dependencies);
        raid = List.copyOf(raid);
        people = Map.copyOf(people);
    }

    public String personName(Long id) {
        Person p = id == null ? null : people.get(id);
        return p == null ? "" : p.name();
    }

    public String personEmail(Long id) {
        Person p = id == null ? null : people.get(id);
        return p == null ? "" : p.email();
    }
}
