package dev.throughline.people;

import dev.throughline.edit.CommandStack;
import dev.throughline.edit.CompositeCommand;
import dev.throughline.edit.RowEdits;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The people directory: queries, and edits as undoable commands. Blocking: call off the FX thread. */
public final class PeopleService {

    private final Store store;
    private final CommandStack commands;
    private final PersonRepository repository = new PersonRepository();

    public PeopleService(Store store, CommandStack commands) {
        this.store = store;
        this.commands = commands;
    }

    public List<Person> all() {
        return store.read(repository::all);
    }

    public Person get(long id) {
        return store.read(sql -> repository.find(sql, id))
                .orElseThrow(() -> new ValidationException("person", "That person no longer exists."));
    }

    /** Lower-case emails in use by everyone except {@code exceptId}, for live form validation. */
    public Set<String> emailsInUse(long exceptId) {
        return all().stream().filter(p -> p.id() != exceptId && !p.email().isBlank())
                .map(p -> p.email().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The person who uses this workspace, once known (first start, or the sample's first TPgM). */
    public java.util.Optional<Person> me() {
        return store.read(sql -> {
            java.util.Optional<Long> id = repository.meId(sql);
            return id.isEmpty() ? java.util.Optional.<Person>empty() : repository.find(sql, id.get());
        });
    }

    /** A first start: nobody and nothing in the workspace yet, so the app asks who the user is. */
    public boolean isFirstStart() {
        return store.read(sql -> repository.meId(sql).isEmpty() && repository.isEmpty(sql));
    }

    /** Adds the user as the first person of the directory and makes them "me"; one undo step. */
    public Person createMe(PersonInput input) {
        Person person = PersonValidator.toPerson(0, input, emailsInUse(0));
        RowEdits.Create<Person> create = RowEdits.create("add " + person.name() + " as me", repository, person);
        Long before = store.read(repository::meId).orElse(null);
        commands.execute(new CompositeCommand(create.description(), List.of(create,
                new SetMeCommand("set who I am", before, () -> create.created().id()))));
        return create.created();
    }

    /** Makes someone already in the directory "me". */
    public void setMe(long personId) {
        Person person = get(personId);
        Long before = store.read(repository::meId).orElse(null);
        if (before == null || before != personId) {
            commands.execute(new SetMeCommand("make " + person.name() + " me", before, person::id));
        }
    }

    public Person create(PersonInput input) {
        Person person = PersonValidator.toPerson(0, input, emailsInUse(0));
        return commands.execute(RowEdits.create("add " + person.name(), repository, person)).created();
    }

    public Person update(long id, PersonInput input) {
        Person before = get(id);
        Person after = PersonValidator.toPerson(id, input, emailsInUse(id));
        if (!after.equals(before)) {
            commands.execute(RowEdits.update("edit " + after.name(), repository, before, after));
        }
        return after;
    }

    public void delete(long id) {
        Person person = get(id);
        if (store.read(repository::meId).filter(me -> me == id).isPresent()) {
            throw new ValidationException("person", person.name() + " is you (“me” in this workspace); make someone"
                    + " else you first (People › This is me).");
        }
        List<String> programs = store.read(sql -> repository.programsLedBy(sql, id));
        if (!programs.isEmpty()) {
            throw new ValidationException("person", person.name() + " is TPgM or sponsor of "
                    + String.join(", ", programs) + "; assign someone else there first.");
        }
        List<String> owned = store.read(sql -> repository.milestonesOwnedBy(sql, id));
        if (!owned.isEmpty()) {
            throw new ValidationException("person", person.name() + " owns " + owned.size() + " milestone(s), for example "
                    + owned.get(0) + "; give them another owner first.");
        }
        List<String> raci = store.read(sql -> repository.programsWithRaciRoles(sql, id));
        if (!raci.isEmpty()) {
            throw new ValidationException("person", person.name() + " still has RACI roles in " + String.join(", ", raci)
                    + "; remove them from " + (raci.size() == 1 ? "that RACI" : "those RACIs") + " first.");
        }
        List<String> requests = store.read(sql -> repository.intakeRequestsBy(sql, id));
        if (!requests.isEmpty()) {
            throw new ValidationException("person", person.name() + " asked for " + requests.size()
                    + " intake request(s), for example “" + requests.get(0) + "”; they stay its requester.");
        }
        commands.execute(RowEdits.delete("delete " + person.name(), repository, person));
    }

    PersonRepository repository() {
        return repository;
    }
}
