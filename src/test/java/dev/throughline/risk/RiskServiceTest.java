package dev.throughline.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.milestone.DependencyInput;
import dev.throughline.milestone.DependencyType;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneInput;
import dev.throughline.milestone.MilestoneService;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RAID log on a real workspace file: edits with history and undo, realising, triggers bound to the plan. */
class RiskServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private RiskService risks;
    private MilestoneService plan;
    private final List<WorkspaceEvent> events = new ArrayList<>();
    private final MutableClock clock = new MutableClock(TODAY);
    private Person maya;
    private Person ben;
    private Program chk;
    private Milestone api;
    private Milestone beta;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        workspace.events().subscribe(WorkspaceEvent.class, events::add);
        risks = new RiskService(workspace.store(), workspace.commands(), clock);
        plan = workspace.milestones();
        maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "maya@example.com", "", "",
                "Europe/Berlin", "09:00", "17:00"));
        ben = workspace.people().create(new PersonInput("Ben Carter", "EM", Function.ENGINEERING, "ben@example.com", "",
                "", "Europe/Berlin", "09:00", "17:00"));
        chk = workspace.programs().create(new ProgramInput("CHK-1", "Checkout", "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", maya.id(), null, null, null, Priority.P1, "", ""));
        api = plan.create(chk.id(), milestone("Payments API", LocalDate.of(2027, 1, 10)));
        beta = plan.create(chk.id(), milestone("Beta", LocalDate.of(2027, 1, 20)));
        plan.addDependency(new DependencyInput(api.id(), beta.id(), DependencyType.FS, "0"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static MilestoneInput milestone(String title, LocalDate forecast) {
        return new MilestoneInput(title, null, null, null, null, forecast, null, null, MilestoneStatus.PLANNED, "");
    }

    private RaidInput input(String title, String p, String i) {
        return new RaidInput(RaidType.RISK, title, "vendor capacity", "API late", "beta slips", p, i, "", "",
                "Maya Okafor", Response.REDUCE, "weekly vendor check-in", null, null, null, "", Proximity.THIS_QUARTER,
                TODAY.plusDays(14), RaidStatus.OPEN, List.of());
    }

    private RaidInput withTrigger(RaidInput in, TriggerKind kind, Long milestoneId, LocalDate date, String days,
                                  LocalDate review) {
        return new RaidInput(in.type(), in.title(), in.cause(), in.event(), in.effect(), in.probability(), in.impact(),
                in.residualProbability(), in.residualImpact(), in.owner(), in.response(), in.mitigation(), kind,
                milestoneId, date, days, in.proximity(), review, in.status(), in.milestoneIds());
    }

    private RaidRow row(long id) {
        return risks.rows(chk.id()).stream().filter(r -> r.item().id() == id).findFirst().orElseThrow();
    }

    // ---- scoring and storage

    @Test
    void createdItemsAreScoredBandedAndLinked() {
        RaidInput in = input("Vendor API late", "4", "4");
        RaidInput linked = new RaidInput(in.type(), in.title(), in.cause(), in.event(), in.effect(), "4", "4", "2", "3",
                in.owner(), in.response(), in.mitigation(), null, null, null, "", in.proximity(), in.reviewDate(),
                in.status(), List.of(beta.id(), api.id()));
        RaidItem item = risks.create(chk.id(), linked);

        RaidRow row = row(item.id());
        assertEquals(16, row.score());
        assertEquals(Band.RED, row.band());
        assertEquals(6, item.residualScore());
        assertEquals(Band.AMBER, RiskBands.band(item.residualScore()));
        assertEquals("Maya Okafor", row.owner());
        assertEquals(List.of(api.id(), beta.id()), row.milestoneIds());
        assertEquals(List.of("CHK-1 “Payments API”", "CHK-1 “Beta”"), row.milestones());
        assertTrue(events.contains(new EntityChanged(EntityChanged.Entity.RAID_ITEM, item.id())));
        assertEquals("created", risks.history(item.id()).get(0).field());
    }

    // ---- bad input

    @Test
    void badInputIsRefusedWithAClearMessageAndWritesNothing() {
        int before = workspace.commands().size();
        ValidationException zero = assertThrows(ValidationException.class,
                () -> risks.create(chk.id(), input("Vendor API late", "0", "3")));
        assertEquals("Probability must be a whole number from 1 to 5; “0” is not.", zero.getMessage());
        ValidationException six = assertThrows(ValidationException.class,
                () -> risks.create(chk.id(), input("Vendor API late", "3", "6")));
        assertEquals("Impact must be a whole number from 1 to 5; “6” is not.", six.getMessage());
        ValidationException empty = assertThrows(ValidationException.class,
                () -> risks.create(chk.id(), input("  ", "3", "3")));
        assertEquals("Title is required.", empty.getMessage());
        RaidInput in = input("Vendor API late", "3", "3");
        RaidInput stranger = new RaidInput(in.type(), in.title(), in.cause(), in.event(), in.effect(), "3", "3", "", "",
                "Nobody Known", in.response(), in.mitigation(), null, null, null, "", in.proximity(), in.reviewDate(),
                in.status(), List.of());
        ValidationException owner = assertThrows(ValidationException.class, () -> risks.create(chk.id(), stranger));
        assertEquals("No one called “Nobody Known” is in the people directory.", owner.getMessage());

        RaidItem item = risks.create(chk.id(), in);
        int afterCreate = workspace.commands().size();
        assertThrows(ValidationException.class, () -> risks.setProbability(item.id(), 0));
        assertThrows(ValidationException.class, () -> risks.setImpact(item.id(), 6));
        assertThrows(ValidationException.class, () -> risks.setOwner(item.id(), 9999L));
        assertThrows(ValidationException.class, () -> risks.update(item.id(), input("", "3", "3")));

        assertEquals(before + 1, afterCreate);
        assertEquals(afterCreate, workspace.commands().size());
        assertEquals(item, risks.get(item.id()));
        assertEquals(1, risks.rows(chk.id()).size());
        assertEquals(1, risks.history(item.id()).size());
    }

    // ---- undo of every edit

    @Test
    void everyEditUndoesAndRedoesExactly() {
        RaidItem item = risks.create(chk.id(), input("Vendor API late", "3", "3"));
        RaidItem created = risks.get(item.id());

        List<Runnable> edits = List.of(
                () -> risks.setStatus(item.id(), RaidStatus.MITIGATING),
                () -> risks.setOwner(item.id(), ben.id()),
                () -> risks.setOwner(item.id(), null),
                () -> risks.setProbability(item.id(), 5),
                () -> risks.setImpact(item.id(), 1),
                () -> risks.update(item.id(), withTrigger(input("Vendor API very late", "2", "5"),
                        TriggerKind.MILESTONE_LATER_THAN, api.id(), LocalDate.of(2027, 1, 5), "", TODAY)));
        for (Runnable edit : edits) {
            RaidItem before = risks.get(item.id());
            List<Long> linksBefore = risks.links(item.id());
            int history = risks.history(item.id()).size();
            edit.run();
            RaidItem after = risks.get(item.id());
            assertFalse(before.equals(after), "the edit changed something");
            assertTrue(risks.history(item.id()).size() > history, "the edit left history");
            workspace.commands().undo();
            assertEquals(before, risks.get(item.id()));
            assertEquals(linksBefore, risks.links(item.id()));
            assertEquals(history, risks.history(item.id()).size(), "undo removes the history it added");
            workspace.commands().redo();
            assertEquals(after, risks.get(item.id()));
        }

        risks.delete(item.id());
        assertTrue(risks.rows(chk.id()).isEmpty());
        workspace.commands().undo();
        assertEquals(item.id(), risks.rows(chk.id()).get(0).item().id());
        assertTrue(risks.history(item.id()).size() > 5, "delete and undo keep the history");

        while (workspace.commands().undoDescription().filter(d -> !d.startsWith("add milestone")
                && !d.startsWith("add dependency")).isPresent()) {
            workspace.commands().undo();
        }
        assertTrue(risks.rows(chk.id()).isEmpty(), "undoing the create removes the item");
        workspace.commands().redo();
        assertEquals(created, risks.get(item.id()), "redo re-creates it with the same id");
    }

    // ---- realise

    @Test
    void realisingARiskKeepsItAsHistoryAndOpensAnIssue() {
        RaidItem risk = risks.create(chk.id(), new RaidInput(RaidType.RISK, "Vendor API late", "", "", "", "3", "4",
                "2", "2", "Ben Carter", Response.REDUCE, "pair with vendor", null, null, null, "", Proximity.IMMINENT,
                TODAY, RaidStatus.OPEN, List.of(api.id())));
        risks.setProbability(risk.id(), 4);

        RaidItem issue = risks.realise(risk.id());

        assertEquals(RaidType.ISSUE, issue.type());
        assertEquals(RaidStatus.OPEN, issue.status());
        assertEquals(risk.id(), issue.realisedFromId());
        assertEquals(ben.id(), issue.ownerId());
        assertEquals(List.of(api.id()), risks.links(issue.id()));
        RaidItem kept = risks.get(risk.id());
        assertEquals(RaidStatus.REALISED, kept.status());
        assertEquals(RaidType.RISK, kept.type());
        assertEquals(4, kept.probability(), "the risk keeps its scores");
        List<String> history = risks.history(issue.id()).stream().map(h -> h.field() + ":" + h.newValue()).toList();
        assertEquals(List.of("created:Risk “Vendor API late” (3x4)", "probability:4", "status:Realised",
                "created:Issue realised from risk R-" + risk.id() + " (was 4x4)"), history);
        assertThrows(ValidationException.class, () -> risks.realise(risk.id()), "only once");
        assertThrows(ValidationException.class, () -> risks.realise(issue.id()), "issues are not realised");
        assertThrows(ValidationException.class, () -> risks.delete(risk.id()), "kept as the issue's history");

        workspace.commands().undo();
        assertEquals(RaidStatus.OPEN, risks.get(risk.id()).status());
        assertEquals(1, risks.rows(chk.id()).size(), "undo removes the issue");
        workspace.commands().redo();
        assertEquals(issue, risks.get(issue.id()), "redo brings the same issue back");
    }

    @Test
    void settingStatusRealisedRealisesTheRisk() {
        RaidItem risk = risks.create(chk.id(), input("Vendor API late", "3", "3"));
        risks.setStatus(risk.id(), RaidStatus.REALISED);
        assertEquals(2, risks.rows(chk.id()).size());
        assertTrue(risks.rows(chk.id()).stream().anyMatch(r -> r.item().type() == RaidType.ISSUE
                && Long.valueOf(risk.id()).equals(r.item().realisedFromId())));
    }

    // ---- triggers bound to the plan

    @Test
    void milestoneLaterThanFiresAndClearsAsThePlanMoves() {
        RaidItem item = risks.create(chk.id(), withTrigger(input("Beta misses the renewal", "3", "5"),
                TriggerKind.MILESTONE_LATER_THAN, beta.id(), LocalDate.of(2027, 1, 25), "", TODAY.plusDays(30)));
        assertFalse(row(item.id()).triggered());
        assertTrue(risks.triggeredForAgenda(chk.id()).isEmpty());

        plan.moveForecast(api.id(), LocalDate.of(2027, 1, 28));   // pushes Beta (FS) to Jan 28
        RaidRow fired = row(item.id());
        assertTrue(fired.triggered(), "beta pushed past Jan 25 by its predecessor");
        assertEquals("CHK-1 “Beta” is forecast for 2027-01-28, after 2027-01-25.", fired.triggeredBecause());
        assertEquals(List.of(item.id()), risks.triggeredForAgenda(chk.id()).stream().map(r -> r.item().id()).toList());

        workspace.commands().undo();
        assertFalse(row(item.id()).triggered(), "moving it back clears the trigger");
        plan.moveForecast(beta.id(), LocalDate.of(2027, 2, 1));
        assertTrue(row(item.id()).triggered());
        risks.setStatus(item.id(), RaidStatus.CLOSED);
        assertFalse(row(item.id()).triggered(), "closed items never trigger");
        assertTrue(risks.triggeredForAgenda(chk.id()).isEmpty());
    }

    @Test
    void dependencyNotDoneFiresAndClearsAsThePlanMovesAndTimePasses() {
        RaidItem item = risks.create(chk.id(), withTrigger(input("Payments API not ready for beta", "3", "4"),
                TriggerKind.DEPENDENCY_NOT_DONE, api.id(), null, "7", TODAY.plusDays(30)));
        // API Jan 10, Beta Jan 20: API must be done by Jan 13.
        assertFalse(row(item.id()).triggered());

        plan.moveForecast(api.id(), LocalDate.of(2027, 1, 15));  // beta is pushed to Jan 15 too: needed Jan 8
        RaidRow fired = row(item.id());
        assertTrue(fired.triggered());
        assertTrue(fired.triggeredBecause().contains("must be done by 2027-01-13")
                || fired.triggeredBecause().contains("must be done by 2027-01-08"), fired.triggeredBecause());

        workspace.commands().undo();
        assertFalse(row(item.id()).triggered(), "back to Jan 10: clear");

        plan.moveForecast(beta.id(), LocalDate.of(2027, 1, 15));  // successor pulled in by hand: needed Jan 8
        assertTrue(row(item.id()).triggered(), "the successor moved earlier");
        workspace.commands().undo();
        assertFalse(row(item.id()).triggered());

        clock.set(LocalDate.of(2027, 1, 14));                      // API still not done, needed by Jan 13
        assertTrue(row(item.id()).triggered(), "time passed and the dependency is not done");
        plan.update(api.id(), new MilestoneInput("Payments API", null, null, null, null, LocalDate.of(2027, 1, 10),
                LocalDate.of(2027, 1, 10), null, MilestoneStatus.DONE, ""));
        assertFalse(row(item.id()).triggered(), "done on Jan 10, in time");
    }

    @Test
    void reviewDatePassedFiresWithTimeAndClearsWhenTheReviewMoves() {
        RaidItem item = risks.create(chk.id(), withTrigger(input("Assumption: vendor keeps the price", "2", "3"),
                TriggerKind.REVIEW_OVERDUE, null, null, "", TODAY.plusDays(3)));
        assertFalse(row(item.id()).triggered());
        assertFalse(row(item.id()).reviewOverdue());

        clock.set(TODAY.plusDays(4));
        assertTrue(row(item.id()).triggered());
        assertTrue(row(item.id()).reviewOverdue());
        assertEquals("Review was due " + TODAY.plusDays(3) + ".", row(item.id()).triggeredBecause());

        risks.update(item.id(), withTrigger(input("Assumption: vendor keeps the price", "2", "3"),
                TriggerKind.REVIEW_OVERDUE, null, null, "", TODAY.plusDays(30)));
        assertFalse(row(item.id()).triggered(), "reviewed: the next review is in the future");
    }

    @Test
    void aTriggerWithoutItsMilestoneIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> risks.create(chk.id(),
                withTrigger(input("x", "3", "3"), TriggerKind.MILESTONE_LATER_THAN, null, null, "", TODAY)));
        assertTrue(e.getMessage().contains("Choose the milestone"), e.getMessage());
        assertTrue(e.getMessage().contains("Choose the date"), e.getMessage());
        assertThrows(ValidationException.class, () -> risks.create(chk.id(),
                withTrigger(input("x", "3", "3"), TriggerKind.DEPENDENCY_NOT_DONE, api.id(), null, "-1", TODAY)));
    }

    /** A clock tests can move. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
