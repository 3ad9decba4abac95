package dev.throughline.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.meeting.ActionInput;
import dev.throughline.meeting.ActionItem;
import dev.throughline.meeting.ActionStatus;
import dev.throughline.meeting.Decision;
import dev.throughline.meeting.DecisionInput;
import dev.throughline.meeting.DecisionLogService;
import dev.throughline.meeting.DecisionStatus;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneInput;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.risk.Proximity;
import dev.throughline.risk.RaidInput;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import dev.throughline.risk.Response;
import dev.throughline.store.StoreException;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking snapshots on a real workspace file: frozen payload, override reason, undo/redo, immutability, draft. */
class SnapshotServiceTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private SnapshotService snapshots;
    private Program chk;
    private Milestone beta;
    private final List<WorkspaceEvent> events = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        workspace.events().subscribe(WorkspaceEvent.class, events::add);
        snapshots = workspace.snapshots();
        Person maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "maya@example.com",
                "", "", "Europe/Berlin", "09:00", "17:00"));
        chk = workspace.programs().create(new ProgramInput("CHK-1", "Checkout", "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", maya.id(), null, null, null, Priority.P1, "", ""));
        LocalDate far = LocalDate.now().plusDays(200);
        beta = workspace.milestones().create(chk.id(), new MilestoneInput("Beta", null, maya.id(), null, far, far, null,
                null, MilestoneStatus.PLANNED, ""));
        workspace.risks().create(chk.id(), new RaidInput(RaidType.RISK, "Vendor <late>", "", "", "", "2", "2", "", "",
                "Maya Okafor", Response.REDUCE, "", null, null, null, "", Proximity.LATER, null, RaidStatus.OPEN,
                List.of()));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void takingFreezesMilestonesRisksAndRaciAndReadsBackTheSame() {
        Snapshot taken = snapshots.take(chk.id(), new SnapshotDraft(null, "", "All good", "Kickoff", "Beta", "None"));

        assertTrue(taken.id() > 0);
        assertEquals(Health.ON_TRACK, taken.health());
        assertEquals(Health.ON_TRACK, taken.suggestedHealth());
        assertEquals(1, taken.payload().milestones().size());
        assertEquals("Beta", taken.payload().milestones().get(0).title());
        assertEquals(0, taken.payload().milestones().get(0).varianceDays());
        assertEquals("Vendor <late>", taken.payload().risks().get(0).title());
        assertEquals("CHK-1", taken.payload().programKey());
        Snapshot read = snapshots.get(taken.id());
        assertEquals(taken, read, "stored and read back unchanged, payload included");
        assertTrue(events.contains(new EntityChanged(EntityChanged.Entity.SNAPSHOT, taken.id())));
    }

    @Test
    void theFrozenPayloadDoesNotFollowTheLivePlan() {
        Snapshot taken = snapshots.take(chk.id(), SnapshotDraft.empty());
        workspace.milestones().moveForecast(beta.id(), beta.forecast().plusDays(40));

        Snapshot read = snapshots.get(taken.id());
        assertEquals(beta.forecast(), read.payload().milestones().get(0).forecast());
        assertEquals(Health.OFF_TRACK, snapshots.current(chk.id()).suggestion().health(), "40 days of slip now");
    }

    @Test
    void choosingAnotherHealthNeedsAReasonAndNothingIsWrittenWithout() {
        ValidationException e = assertThrows(ValidationException.class, () -> snapshots.take(chk.id(),
                new SnapshotDraft(Health.AT_RISK, " ", "", "", "", "")));
        assertEquals("reason", e.problems().get(0).field());
        assertTrue(snapshots.history(chk.id()).isEmpty());

        Snapshot taken = snapshots.take(chk.id(), new SnapshotDraft(Health.AT_RISK, "legal review pending", "", "", "",
                ""));
        assertEquals(Health.AT_RISK, taken.health());
        assertEquals(Health.ON_TRACK, taken.suggestedHealth());
        assertTrue(taken.overridden());
    }

    @Test
    void takingIsOneUndoStepAndRedoKeepsTheId() {
        int before = workspace.commands().size();
        Snapshot taken = snapshots.take(chk.id(), new SnapshotDraft(null, "", "s", "", "", ""));
        assertEquals(before + 1, workspace.commands().size());

        assertTrue(workspace.commands().undo().isPresent());
        assertTrue(snapshots.history(chk.id()).isEmpty());

        assertTrue(workspace.commands().redo().isPresent());
        assertEquals(List.of(taken), snapshots.history(chk.id()));
    }

    @Test
    void theSchemaRefusesToChangeAFrozenSnapshot() {
        Snapshot taken = snapshots.take(chk.id(), new SnapshotDraft(null, "", "original", "", "", ""));

        assertThrows(StoreException.class, () -> workspace.store().write(sql -> sql.update(
                "update snapshots set summary = 'rewritten' where id = ?", taken.id())));
        assertEquals("original", snapshots.get(taken.id()).summary());
        assertTrue(java.util.Arrays.stream(SnapshotRepository.class.getMethods())
                .noneMatch(m -> m.getName().startsWith("update")), "the repository offers no update");
    }

    @Test
    void theDraftIsPrefilledFromWhatChangedSinceThePreviousSnapshot() {
        SnapshotService.Draft first = snapshots.draft(chk.id());
        assertTrue(first.previous().isEmpty());
        assertEquals("First status snapshot of CHK-1.", first.narrative().summary());

        snapshots.take(chk.id(), new SnapshotDraft(null, "", "", "", "", "- sign-off from legal"));
        workspace.milestones().moveForecast(beta.id(), beta.forecast().plusDays(12));

        SnapshotService.Draft next = snapshots.draft(chk.id());
        assertTrue(next.diff().isPresent());
        assertEquals(Health.AT_RISK, next.narrative().health());
        String summary = next.narrative().summary();
        assertTrue(summary.contains("Health on track → at risk"), summary);
        assertTrue(summary.contains("“Beta” moved +12 days"), summary);
        assertEquals("- sign-off from legal", next.narrative().asks(), "asks are carried over");
        assertFalse(next.current().suggestion().reasons().isEmpty());
    }

    @Test
    void aPayloadWrittenBeforeDecisionsAndActionsReadsThemAsEmpty() {
        Snapshot taken = snapshots.take(chk.id(), SnapshotDraft.empty());
        String json = PayloadJson.write(taken.payload()).replace(",\"decisions\":[]", "").replace(",\"actions\":[]", "");
        assertFalse(json.contains("decisions"), json);
        SnapshotPayload read = PayloadJson.read(json, 1);
        assertTrue(read.decisions().isEmpty());
        assertTrue(read.actions().isEmpty());
        assertEquals(taken.payload().milestones(), read.milestones());
    }

    @Test
    void unknownOrForeignIdsAreRefusedClearly() {
        assertThrows(ValidationException.class, () -> snapshots.get(999));
        Snapshot taken = snapshots.take(chk.id(), SnapshotDraft.empty());
        assertThrows(ValidationException.class, () -> snapshots.get(chk.id() + 100, taken.id()));
    }

    @Test
    void decisionsThatStandPendingOnesAndOpenOrRecentlyClosedActionsAreFrozen() {
        DecisionLogService log = workspace.decisionLog();
        LocalDate today = snapshots.today();
        Long maya = workspace.programs().get(chk.id()).tpgmId();
        Decision fivePercent = log.decide(chk.id(), null, new DecisionInput("Beta at 5%", "", today.minusDays(9),
                DecisionStatus.DECIDED, null));
        log.decide(chk.id(), null, new DecisionInput("Beta at 2%", "Support staffing", today.minusDays(2),
                DecisionStatus.DECIDED, fivePercent.id()));
        log.decide(chk.id(), null, new DecisionInput("Which PCI assessor", "", today, DecisionStatus.PENDING, null));
        ActionItem late = log.addAction(chk.id(), null, new ActionInput("Book the assessor", maya, today.minusDays(3)));
        ActionItem done = log.addAction(chk.id(), null, new ActionInput("Send the plan", null, today.minusDays(1)));
        log.setActionStatus(done.id(), ActionStatus.DONE);
        ActionItem old = log.addAction(chk.id(), null, new ActionInput("Old chore", null, today.minusDays(40)));
        new DecisionLogService(workspace.store(), workspace.commands(), Clock.fixed(Instant.now().minus(
                java.time.Duration.ofDays(SnapshotService.RECENTLY_CLOSED_DAYS + 1)), ZoneOffset.UTC))
                .setActionStatus(old.id(), ActionStatus.DROPPED);

        SnapshotService.Current current = snapshots.current(chk.id());

        List<FrozenDecision> decisions = current.payload().decisions();
        assertEquals(List.of("Which PCI assessor:PENDING", "Beta at 2%:DECIDED"), decisions.stream()
                .map(d -> d.title() + ":" + d.status()).sorted(java.util.Comparator.reverseOrder()).toList(),
                "the superseded decision is left out");
        assertEquals("Support staffing", decisions.stream().filter(FrozenDecision::decided).findFirst().get()
                .rationale());
        List<FrozenAction> actions = current.payload().actions();
        assertEquals(List.of("Book the assessor:OPEN:Maya Okafor", "Send the plan:DONE:"), actions.stream()
                .map(a -> a.title() + ":" + a.status() + ":" + a.owner()).sorted().toList(),
                "the action closed over two weeks ago is left out");
        assertEquals(late.due(), actions.stream().filter(FrozenAction::open).findFirst().get().due());
        assertEquals(Health.AT_RISK, current.suggestion().health(), "an overdue open action puts the program at risk");
        assertTrue(current.suggestion().reasons().stream().anyMatch(r -> r.contains("Book the assessor")
                && r.contains("still open")), current.suggestion().reasons().toString());

        Snapshot taken = snapshots.take(chk.id(), new SnapshotDraft(null, "", "", "", "", ""));
        assertEquals(decisions, snapshots.get(taken.id()).payload().decisions(), "read back from the file");
        assertEquals(actions, snapshots.get(taken.id()).payload().actions());

        log.setActionStatus(late.id(), ActionStatus.DONE);
        log.decide(chk.id(), null, new DecisionInput("Vault stays read-only", "", today, DecisionStatus.DECIDED, null));
        String summary = snapshots.draft(chk.id()).narrative().summary();
        assertTrue(summary.contains("- Decided: “Vault stays read-only”"), summary);
        assertTrue(summary.contains("- 1 action closed: “Book the assessor”"), summary);
        assertEquals(Health.ON_TRACK, snapshots.current(chk.id()).suggestion().health(), "nothing overdue any more");
    }
}
