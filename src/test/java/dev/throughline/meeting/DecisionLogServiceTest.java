package dev.throughline.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.testing.MutableClock;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision log and action items other features read: superseding, overdue, open actions across programs. */
class DecisionLogServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private DecisionLogService log;
    private SyncFixture f;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        log = new DecisionLogService(workspace.store(), workspace.commands(), new MutableClock(Instant.parse("2026-11-27T12:00:00Z")));
        f = new SyncFixture(workspace, workspace.meetings());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aDecisionSupersedesAnEarlierOneOfTheSameProgram() {
        Decision five = log.decide(f.program.id(), null, new DecisionInput("Beta at 5%", "", TODAY.minusDays(7),
                DecisionStatus.DECIDED, null));
        Decision two = log.decide(f.program.id(), null, new DecisionInput("Beta at 2%", "Support staffing",
                TODAY, DecisionStatus.DECIDED, five.id()));
        List<DecisionRow> rows = log.decisions(f.program.id());
        assertEquals(List.of("Beta at 2%", "Beta at 5%"), rows.stream().map(r -> r.decision().title()).toList());
        assertEquals(two.id(), rows.get(1).supersededBy());
        assertFalse(rows.get(0).superseded());

        workspace.commands().undo();
        assertFalse(log.decisions(f.program.id()).get(0).superseded(), "undo un-supersedes");

        Program other = workspace.programs().create(new ProgramInput("SSO-2", "SSO", "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", f.maya.id(), null, null, null, Priority.P1, "", ""));
        ValidationException e = assertThrows(ValidationException.class, () -> log.decide(other.id(), null,
                new DecisionInput("Elsewhere", "", TODAY, DecisionStatus.DECIDED, five.id())));
        assertTrue(e.getMessage().contains("only supersede one of the same program"), e.getMessage());
        ValidationException blank = assertThrows(ValidationException.class, () -> log.decide(f.program.id(), null,
                new DecisionInput(" ", "", TODAY, DecisionStatus.DECIDED, null)));
        assertTrue(blank.getMessage().contains("A decision needs a title"), blank.getMessage());
    }

    @Test
    void overdueAndOpenActionsAcrossProgramsLeaveOutClosedAndArchived() {
        ActionItem late = log.addAction(f.program.id(), null, new ActionInput("Send the plan", f.maya.id(), TODAY.minusDays(1)));
        ActionItem dueToday = log.addAction(f.program.id(), null, new ActionInput("Book the room", null, TODAY));
        ActionItem done = log.addAction(f.program.id(), null, new ActionInput("Old thing", f.kenji.id(), TODAY.minusDays(9)));
        log.setActionStatus(done.id(), ActionStatus.DONE);

        assertTrue(late.isOverdue(TODAY));
        assertFalse(dueToday.isOverdue(TODAY), "due today is not overdue yet");
        assertFalse(log.action(done.id()).isOverdue(TODAY), "a closed item is never overdue");
        assertEquals(TODAY, log.action(done.id()).closedOn());
        assertEquals(List.of("Send the plan"), log.overdueActions(TODAY).stream().map(r -> r.item().title()).toList());
        assertEquals(List.of("Send the plan", "Book the room"), log.openActionsAcrossPrograms().stream()
                .map(r -> r.item().title()).toList());
        assertEquals("CHK-1", log.openActionsAcrossPrograms().get(0).programKey());
        assertEquals("Maya Okafor", log.openActionsAcrossPrograms().get(0).owner());

        workspace.commands().undo();
        assertTrue(log.action(done.id()).isOpen(), "closing undoes");

        workspace.programs().setArchived(f.program.id(), true);
        assertTrue(log.openActionsAcrossPrograms().isEmpty(), "archived programs drop out of attention lists");
    }
}
