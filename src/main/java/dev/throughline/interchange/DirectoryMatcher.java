package dev.throughline.interchange;

import dev.throughline.interchange.ImportPlan.Action;
import dev.throughline.interchange.ImportPlan.Kind;
import dev.throughline.interchange.ImportPlan.Line;
import dev.throughline.interchange.ImportPlan.NewPerson;
import dev.throughline.interchange.SourcePlan.SourceResource;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.people.PersonValidator;
import dev.throughline.validation.FieldProblem;
import dev.throughline.validation.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people side of an import: who in the directory a resource, an owner or a manager is (by email,
 * then name, case-insensitive), and the new people an import creates. Writes its lines into the plan's.
 */
final class DirectoryMatcher {

    private static final String DEFAULT_ZONE = "America/Los_Angeles";

    private final List<Line> lines;
    private final Map<String, Long> existing;
    /** Lower-case name or email, or a resource ref, to a person ref (existing people first, then new ones). */
    private final Map<String, String> personRefs = new HashMap<>();
    private final Set<String> emailsInUse = new HashSet<>();
    private final List<NewPerson> newPeople = new ArrayList<>();

    DirectoryMatcher(List<Line> lines, Map<String, Long> existing) {
        this.lines = lines;
        this.existing = existing;
    }

    void knowDirectory(List<Person> people) {
        for (Person p : people) {
            String ref = "person#" + p.id();
            existing.put(ref, p.id());
            personRefs.putIfAbsent(key(p.name()), ref);
            if (!p.email().isBlank()) {
                personRefs.put(key(p.email()), ref);
                emailsInUse.add(key(p.email()));
            }
        }
    }

    /** The ref of the person with this name or email, or null. */
    String ref(String nameOrEmail) {
        return personRefs.get(key(nameOrEmail));
    }

    /** The ref of the person a resource of the file became (matched or new), or null. */
    String resourceRef(String resource) {
        return personRefs.get(resourceKey(resource));
    }

    List<NewPerson> newPeople() {
        return newPeople;
    }

    /** Work resources are matched by email, then name; new ones are created; others are skipped with why. */
    void planResources(List<SourceResource> resources) {
        for (SourceResource r : resources) {
            if (!r.work()) {
                lines.add(new Line(Action.SKIP, Kind.PERSON, r.name(), "a material or cost resource, not a person"));
                continue;
            }
            String email = r.email() == null ? "" : r.email().strip();
            String matched = email.isEmpty() ? null : personRefs.get(key(email));
            String how = "matched by email";
            if (matched == null) {
                matched = personRefs.get(key(r.name()));
                how = "matched by name";
            }
            if (matched != null) {
                personRefs.put(resourceKey(r.ref()), matched);
                if (existing.containsKey(matched)) {
                    lines.add(new Line(Action.MATCH, Kind.PERSON, r.name(), how + " to the directory"));
                } else {
                    lines.add(new Line(Action.SKIP, Kind.PERSON, r.name(), "appears twice in the file; imported once"));
                }
                continue;
            }
            createPerson(r);
        }
    }

    /** Creates a person for the resource; returns its ref, or null (skipped, with why) when it is not valid. */
    String createPerson(SourceResource r) {
        Function function = function(r.function());
        PersonInput input = new PersonInput(r.name(), r.role(), function, r.email(), r.slack(), r.gitlab(),
                blankOr(r.zone(), DEFAULT_ZONE), blankOr(r.workStart(), "08:00"), blankOr(r.workEnd(), "16:00"));
        Problems problems = PersonValidator.check(input, emailsInUse);
        List<String> notes = new ArrayList<>();
        if (problems.messageFor(PersonValidator.EMAIL).isPresent()) {
            notes.add("email left out: " + problems.messageFor(PersonValidator.EMAIL).get());
            input = new PersonInput(input.name(), input.role(), input.function(), "", input.slack(), input.gitlab(),
                    input.zone(), input.workStart(), input.workEnd());
            problems = PersonValidator.check(input, emailsInUse);
        }
        if (!problems.isEmpty()) {
            lines.add(new Line(Action.SKIP, Kind.PERSON, r.name().isBlank() ? r.where() : r.name(), r.where() + ": " + messages(problems)));
            return null;
        }
        String ref = "person:" + r.ref();
        Person person = PersonValidator.toPerson(0, input, emailsInUse);
        if (!person.email().isBlank()) {
            emailsInUse.add(key(person.email()));
            personRefs.put(key(person.email()), ref);
        }
        personRefs.putIfAbsent(key(person.name()), ref);
        personRefs.put(resourceKey(r.ref()), ref);
        newPeople.add(new NewPerson(ref, person));
        if (r.zone() == null || r.zone().isBlank()) {
            notes.add(0, "new in the directory (" + function.label() + ", " + DEFAULT_ZONE + "; edit later)");
        } else {
            notes.add(0, "new in the directory");
        }
        lines.add(new Line(Action.CREATE, Kind.PERSON, person.name(), String.join("; ", notes)));
        return ref;
    }

    private static Function function(String text) {
        if (text == null || text.isBlank()) {
            return Function.ENGINEERING;
        }
        for (Function f : Function.values()) {
            if (f.name().equalsIgnoreCase(text.strip()) || f.label().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        return Function.ENGINEERING;
    }

    /** Resource refs live beside names and emails; the prefix keeps a person called "r1" apart. */
    private static String resourceKey(String ref) {
        return "\u0000" + ref;
    }

    private static String messages(Problems problems) {
        return problems.list().stream().map(FieldProblem::message).collect(Collectors.joining(" "));
    }

    private static String blankOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String key(String s) {
        return ImportPlanner.key(s);
    }
}
