package dev.throughline.meeting;

import dev.throughline.edit.CommandStack;
import dev.throughline.edit.RowEdits;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A program's decision log and action items, raised in a sync or anywhere else. Every change is an
 * undoable command. Other features read open actions across programs from here. Blocking: call off the
 * FX thread.
 */
public final class DecisionLogService {

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final DecisionRepository decisions = new DecisionRepository();
    private final ActionItemRepository actions = new ActionItemRepository();

    public DecisionLogService(Store store, CommandStack commands, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- queries

    /** The program's decisions, newest first, with what superseded each. */
    public List<DecisionRow> decisions(long programId) {
        return store.read(sql -> decisions.rows(sql, programId));
    }

    /** Decisions still to be taken (they go on the agenda). */
    public List<Decision> pending(long programId) {
        return decisions(programId).stream().map(DecisionRow::decision)
                .filter(d -> d.status() == DecisionStatus.PENDING).toList();
    }

    /** The program's action items, soonest due first (open, done and dropped). */
    public List<ActionRow> actions(long programId) {
        return store.read(sql -> actions.ofProgram(sql, programId));
    }

    public List<ActionRow> openActions(long programId) {
        return actions(programId).stream().filter(r -> r.item().isOpen()).toList();
    }

    /** Open action items of every program that is not archived, soonest due first (for attention lists). */
    public List<ActionRow> openActionsAcrossPrograms() {
        return store.read(actions::open);
    }

    /** Open action items past their due date as of {@code today}, across programs. */
    public List<ActionRow> overdueActions(LocalDate today) {
        return openActionsAcrossPrograms().stream().filter(r -> r.item().isOverdue(today)).toList();
    }

    public List<Decision> decisionsOf(long occurrenceId) {
        return store.read(sql -> decisions.ofOccurrence(sql, occurrenceId));
    }

    public List<ActionRow> actionsOf(long occurrenceId) {
        return store.read(sql -> actions.ofOccurrence(sql, occurrenceId));
    }

    // ---- edits

    /** Records a decision; {@code occurrenceId} is the sync that made it, or null. */
    public Decision decide(long programId, Long occurrenceId, DecisionInput input) {
        Decision d = input.toDecision(0, programId, occurrenceId);
        checkSupersedes(programId, 0, d.supersedesId());
        return commands.execute(RowEdits.create("record decision " + d.title(), decisions, d)).created();
    }

    public Decision updateDecision(long id, DecisionInput input) {
        Decision before = decision(id);
        Decision after = input.toDecision(id, before.programId(), before.occurrenceId());
        checkSupersedes(before.programId(), id, after.supersedesId());
        if (!after.equals(before)) {
            commands.execute(RowEdits.update("edit decision " + after.title(), decisions, before, after));
        }
        return after;
    }

    public void deleteDecision(long id) {
        Decision d = decision(id);
        commands.execute(RowEdits.delete("delete decision " + d.title(), decisions, d));
    }

    public ActionItem addAction(long programId, Long occurrenceId, ActionInput input) {
        ActionItem a = input.toAction(0, programId, occurrenceId, today());
        return commands.execute(RowEdits.create("add action " + a.title(), actions, a)).created();
    }

    public ActionItem updateAction(long id, ActionInput input) {
        ActionItem before = action(id);
        input.check().throwIfAny();
        ActionItem after = new ActionItem(id, before.programId(), before.occurrenceId(), input.title().strip(),
                input.ownerId(), input.due(), before.createdOn(), before.status(), before.closedOn());
        if (!after.equals(before)) {
            commands.execute(RowEdits.update("edit action " + after.title(), actions, before, after));
        }
        return after;
    }

    /** Closes (done or dropped) or reopens (OPEN) an action item. */
    public ActionItem setActionStatus(long id, ActionStatus status) {
        ActionItem before = action(id);
        ActionItem after = before.closed(status, today());
        if (before.status() != status) {
            String verb = status == ActionStatus.OPEN ? "reopen" : status == ActionStatus.DONE ? "close" : "drop";
            commands.execute(RowEdits.update(verb + " action " + before.title(), actions, before, after));
        }
        return after;
    }

    public void deleteAction(long id) {
        ActionItem a = action(id);
        commands.execute(RowEdits.delete("delete action " + a.title(), actions, a));
    }

    public Decision decision(long id) {
        return store.read(sql -> decisions.find(sql, id))
                .orElseThrow(() -> new ValidationException("decision", "That decision no longer exists."));
    }

    public ActionItem action(long id) {
        return store.read(sql -> actions.find(sql, id))
                .orElseThrow(() -> new ValidationException("action", "That action item no longer exists."));
    }

    private void checkSupersedes(long programId, long id, Long supersedesId) {
        if (supersedesId == null) {
            return;
        }
        if (supersedesId == id) {
            throw new ValidationException("supersedes", "A decision cannot supersede itself.");
        }
        Decision earlier = store.read(sql -> decisions.find(sql, supersedesId))
                .orElseThrow(() -> new ValidationException("supersedes", "The decision to supersede no longer exists."));
        if (earlier.programId() != programId) {
            throw new ValidationException("supersedes", "A decision can only supersede one of the same program.");
        }
    }
}
