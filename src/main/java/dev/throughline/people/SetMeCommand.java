package dev.throughline.people;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/** Makes a person "me" in this workspace; undo puts the previous "me" (or none) back. */
public final class SetMeCommand implements Command {

    private final PersonRepository people = new PersonRepository();
    private final String description;
    private final Supplier<Long> after;
    private final Long before;

    /** {@code after} is read when applied: for a new person, once the step that adds them has run. */
    public SetMeCommand(String description, Long before, Supplier<Long> after) {
        this.description = description;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        people.setMe(sql, after.get());
        return List.of(new EntityChanged(EntityChanged.Entity.PERSON, after.get() == null ? 0 : after.get()));
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        people.setMe(sql, before);
        return List.of(new EntityChanged(EntityChanged.Entity.PERSON, before == null ? 0 : before));
    }
}
