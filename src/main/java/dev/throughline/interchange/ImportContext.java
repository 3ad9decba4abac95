package dev.throughline.interchange;

import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Person;
import dev.throughline.program.Program;
import java.util.List;
import java.util.Set;

/**
 * What the workspace holds that an import is matched against: the directory, the program keys in
 * use and, when importing into an existing program, that program with its plan.
 */
public record ImportContext(List<Person> people, Set<String> keysInUse, Program program, List<Workstream> workstreams,
                            List<Milestone> milestones, List<Dependency> dependencies) {

    public ImportContext {
        people = List.copyOf(people);
        keysInUse = Set.copyOf(keysInUse);
        workstreams = List.copyOf(workstreams);
        milestones = List.copyOf(milestones);
        dependencies = List.copyOf(dependencies);
    }
}
