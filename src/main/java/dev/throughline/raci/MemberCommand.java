package dev.throughline.raci;

import dev.throughline.edit.Command;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.util.List;

/**
 * Adds a person as a column of a program's RACI, or removes the column with every letter they held
 * there; undo reverses either, letters included.
 */
final class MemberCommand implements Command {

    private final RaciRepository repository = new RaciRepository();
    private final String description;
    private final RaciMember member;
    private final boolean add;
    private List<RaciAssignment> removed = List.of();

    private MemberCommand(String description, RaciMember member, boolean add) {
        this.description = description;
        this.member = member;
        this.add = add;
    }

    static MemberCommand add(String description, RaciMember member) {
        return new MemberCommand(description, member, true);
    }

    static MemberCommand remove(String description, RaciMember member) {
        return new MemberCommand(description, member, false);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
        if (add) {
            repository.insertMember(sql, member);
        } else {
            remove(sql);
        }
        return changed();
    }

    @Override
    public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
        if (add) {
            remove(sql);
        } else {
            repository.insertMember(sql, member);
            for (RaciAssignment a : removed) {
                repository.insertAssignment(sql, a);
            }
        }
        return changed();
    }

    private void remove(Sql sql) throws SQLException {
        removed = repository.assignmentsOfMember(sql, member.programId(), member.personId());
        for (RaciAssignment a : removed) {
            repository.deleteCell(sql, a.deliverableId(), a.personId());
        }
        repository.deleteMember(sql, member.programId(), member.personId());
    }

    private List<WorkspaceEvent> changed() {
        return List.of(new EntityChanged(EntityChanged.Entity.RACI, member.programId()));
    }
}
