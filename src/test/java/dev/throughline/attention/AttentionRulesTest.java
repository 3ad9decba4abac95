package dev.throughline.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.intake.Complexity;
import dev.throughline.intake.Criticality;
import dev.throughline.intake.IntakeRequest;
import dev.throughline.intake.IntakeRow;
import dev.throughline.intake.IntakeStatus;
import dev.throughline.intake.ResponseClock;
import dev.throughline.meeting.ActionItem;
import dev.throughline.meeting.ActionRow;
import dev.throughline.meeting.ActionStatus;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramStatus;
import dev.throughline.raci.RaciRules;
import dev.throughline.risk.Proximity;
import dev.throughline.risk.RaidItem;
import dev.throughline.risk.RaidRow;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each attention rule on hand-made facts: what it flags, how urgent, where the click goes, and what it leaves alone. */
class AttentionRulesTest {

    /** Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T18:00:00Z");

    private static Program program(long id, String key, ProgramStatus status, Health health, String reason) {
        return new Program(id, key, key + " program", "", status, health, reason, 1, null, null, null, Priority.P1, "",
                List.of(), false);
    }

    private static final Program CHK = program(1, "CHK-12", ProgramStatus.ACTIVE, Health.OFF_TRACK, "Vendor slipped");
    private static final Program SSO = program(2, "SSO-7", ProgramStatus.ACTIVE, Health.AT_RISK, "SCIM late");
    private static final Program MOB = program(3, "MOB-3", ProgramStatus.PLANNED, Health.ON_TRACK, "");

    private static MilestoneRow milestone(Program p, String title, LocalDate baseline, LocalDate forecast,
                                          LocalDate deadline, MilestoneStatus status) {
        Milestone m = new Milestone(title.hashCode(), p.id(), null, title, null, null, baseline, forecast,
                status == MilestoneStatus.DONE ? forecast : null, deadline, status, "");
        return new MilestoneRow(m, p.key(), "", "Ben Carter", baseline, m.varianceDays(), "");
    }

    private static RaidRow raid(Program p, long id, int probability, int impact, String triggered, LocalDate review) {
        RaidItem item = new RaidItem(id, p.id(), RaidType.RISK, "Risk " + id, "", "", "", probability, impact, null, null,
                null, null, "", null, Proximity.LATER, review, RaidStatus.OPEN, null);
        return new RaidRow(item, p.key(), "Maya Okafor", List.of(), List.of(), "", triggered,
                item.reviewOverdue(TODAY));
    }

    private static IntakeRow intake(long id, IntakeStatus status, Instant received, Instant answered) {
        IntakeRequest r = new IntakeRequest(id, 1, "Request " + id, "p", "", Complexity.LOW, Set.of(), "x",
                Criticality.LOW, null, List.of(), "", "", received, answered, status, "", null);
        return new IntakeRow(r, "Elena Brooks", "", ResponseClock.team().read(received, answered, NOW));
    }

    private static PortfolioFacts facts(List<Program> programs, Map<Long, List<MilestoneRow>> milestones,
                                        List<RaidRow> raid, Map<Long, List<RaciRules.RowProblem>> raci,
                                        Map<Long, Instant> snapshots, List<IntakeRow> intake) {
        return new PortfolioFacts(TODAY, NOW, programs, milestones, raid, raci, snapshots, intake, List.of());
    }

    private static ActionRow action(Program p, long id, String title, LocalDate due, ActionStatus status) {
        return new ActionRow(new ActionItem(id, p.id(), null, title, 7L, due, TODAY.minusDays(30), status,
                status == ActionStatus.OPEN ? null : TODAY), p.key(), "Arjun Mehta");
    }

    @Test
    void overdueActionsOfRunningProgramsAreListedAndAWeekLateIsUrgent() {
        Program archivedOrDone = program(4, "OLD-1", ProgramStatus.DONE, Health.ON_TRACK, "");
        List<ActionRow> actions = List.of(
                action(CHK, 1, "Send the vendor the revised SOW", TODAY.minusDays(9), ActionStatus.OPEN),
                action(SSO, 2, "Book the Okta test tenant", TODAY.minusDays(1), ActionStatus.OPEN),
                action(SSO, 3, "Due today is not late", TODAY, ActionStatus.OPEN),
                action(SSO, 4, "Closed late is settled", TODAY.minusDays(5), ActionStatus.DONE),
                action(archivedOrDone, 5, "Program no longer running", TODAY.minusDays(20), ActionStatus.OPEN));
        // The service hands the rule only running programs; OLD-1 is absent from them as it would be.
        PortfolioFacts facts = new PortfolioFacts(TODAY, NOW, List.of(CHK, SSO), Map.of(), List.of(), Map.of(), Map.of(),
                List.of(), actions);
        List<AttentionItem> items = new OverdueActionRule().check(facts);
        assertEquals(List.of("Send the vendor the revised SOW", "Book the Okta test tenant"),
                items.stream().map(AttentionItem::title).toList());
        assertEquals(AttentionItem.Severity.URGENT, items.get(0).severity());
        assertEquals(AttentionItem.Severity.SOON, items.get(1).severity());
        assertEquals("Arjun Mehta · due 2026-12-01, 1 day overdue", items.get(1).detail());
        assertEquals(AttentionItem.Target.DECISIONS, items.get(0).target());
        assertEquals(AttentionItem.Kind.ACTION_OVERDUE, items.get(0).kind());
    }

    private static PortfolioFacts programsOnly(Program... programs) {
        return facts(List.of(programs), Map.of(), List.of(), Map.of(), Map.of(), List.of());
    }

    @Test
    void programHealthFlagsOffTrackAsUrgentAndAtRiskAsSoonWithTheirReasons() {
        List<AttentionItem> items = new ProgramHealthRule().check(programsOnly(CHK, SSO, MOB));
        assertEquals(2, items.size());
        assertEquals(AttentionItem.Severity.URGENT, items.get(0).severity());
        assertEquals("Vendor slipped (set on the program)", items.get(0).detail());
        assertEquals(AttentionItem.Severity.SOON, items.get(1).severity());
        assertEquals("SSO-7 · SSO-7 program is at risk", items.get(1).where());
        assertEquals(AttentionItem.Target.OVERVIEW, items.get(1).target());
    }

    @Test
    void slippingMilestonesArePastDatesDeadlinesAndBaselineSlipsButNotSettledOnes() {
        Map<Long, List<MilestoneRow>> plan = Map.of(1L, List.of(
                milestone(CHK, "Went by", null, TODAY.minusDays(1), null, MilestoneStatus.IN_PROGRESS),
                milestone(CHK, "Past deadline", null, TODAY.plusDays(20), TODAY.plusDays(10), MilestoneStatus.PLANNED),
                milestone(CHK, "Slipped", TODAY.plusDays(20), TODAY.plusDays(25), null, MilestoneStatus.PLANNED),
                milestone(CHK, "On plan", TODAY.plusDays(20), TODAY.plusDays(20), null, MilestoneStatus.PLANNED),
                milestone(CHK, "Done late", TODAY.minusDays(30), TODAY.minusDays(3), null, MilestoneStatus.DONE)));
        List<AttentionItem> items = new MilestoneSlippingRule().check(facts(List.of(CHK), plan, List.of(), Map.of(),
                Map.of(), List.of()));
        assertEquals(List.of("Went by", "Past deadline", "Slipped"), items.stream().map(AttentionItem::title).toList());
        assertEquals("forecast 2026-12-01 has passed without an actual date (owner Ben Carter)", items.get(0).detail());
        assertEquals(AttentionItem.Severity.URGENT, items.get(1).severity());
        assertEquals("forecast 2026-12-27 is 5 days after the baseline 2026-12-22 (owner Ben Carter)",
                items.get(2).detail());
        assertEquals(AttentionItem.Severity.SOON, items.get(2).severity());
        assertEquals(AttentionItem.Target.MILESTONES, items.get(2).target());
    }

    @Test
    void milestonesDueInTheComingSevenDaysAreListedAndTodayIsUrgent() {
        Map<Long, List<MilestoneRow>> plan = Map.of(2L, List.of(
                milestone(SSO, "Today", null, TODAY, null, MilestoneStatus.PLANNED),
                milestone(SSO, "Friday", null, LocalDate.of(2026, 12, 4), null, MilestoneStatus.IN_PROGRESS),
                milestone(SSO, "Next Tuesday", null, LocalDate.of(2026, 12, 8), null, MilestoneStatus.PLANNED),
                milestone(SSO, "Next Wednesday", null, LocalDate.of(2026, 12, 9), null, MilestoneStatus.PLANNED),
                milestone(SSO, "Already done", null, TODAY, null, MilestoneStatus.DONE)));
        List<AttentionItem> items = new MilestoneDueRule().check(facts(List.of(SSO), plan, List.of(), Map.of(),
                Map.of(), List.of()));
        assertEquals(List.of("Today", "Friday", "Next Tuesday"), items.stream().map(AttentionItem::title).toList());
        assertEquals(AttentionItem.Severity.URGENT, items.get(0).severity());
        assertEquals("due Friday 2026-12-04, owner Ben Carter", items.get(1).detail());
        assertEquals(AttentionItem.Target.MILESTONES, items.get(1).target());
    }

    @Test
    void triggeredRisksAreUrgentWhenRedAndOverdueReviewsAreWatched() {
        List<RaidRow> raid = List.of(raid(SSO, 1, 4, 5, "SCIM GA forecast after 2026-12-01", null),
                raid(SSO, 2, 2, 3, "dependency not done", null),
                raid(SSO, 3, 2, 2, "", TODAY.minusDays(2)),
                raid(SSO, 4, 2, 2, "", TODAY));
        PortfolioFacts facts = facts(List.of(SSO), Map.of(), raid, Map.of(), Map.of(), List.of());
        List<AttentionItem> triggered = new TriggeredRiskRule().check(facts);
        assertEquals(2, triggered.size());
        assertEquals(AttentionItem.Severity.URGENT, triggered.get(0).severity());
        assertEquals("triggered: SCIM GA forecast after 2026-12-01 (score 20)", triggered.get(0).detail());
        assertEquals(AttentionItem.Severity.SOON, triggered.get(1).severity());
        assertEquals(AttentionItem.Target.RAID, triggered.get(1).target());
        List<AttentionItem> reviews = new OverdueReviewRule().check(facts);
        assertEquals(List.of("R-3 Risk 3"), reviews.stream().map(AttentionItem::title).toList());
        assertEquals("review was due 2026-11-30 (owner Maya Okafor)", reviews.get(0).detail());
    }

    @Test
    void aReviewAlreadyListedAsATriggeredReviewTriggerIsNotListedTwice() {
        RaidItem item = new RaidItem(5, SSO.id(), RaidType.RISK, "Vendor", "", "", "", 3, 3, null, null, null, null, "",
                dev.throughline.risk.TriggerRule.reviewOverdue(), Proximity.LATER, TODAY.minusDays(3), RaidStatus.OPEN,
                null);
        RaidRow row = new RaidRow(item, SSO.key(), "", List.of(), List.of(), "Review date passed",
                "Review was due 2026-11-29.", true);
        PortfolioFacts facts = facts(List.of(SSO), Map.of(), List.of(row), Map.of(), Map.of(), List.of());
        assertEquals(1, new TriggeredRiskRule().check(facts).size());
        assertEquals(List.of(), new OverdueReviewRule().check(facts));
    }

    @Test
    void risksOfProgramsNoLongerRunningAreLeftOut() {
        List<RaidRow> raid = List.of(raid(SSO, 1, 4, 5, "held", TODAY.minusDays(9)));
        PortfolioFacts facts = facts(List.of(CHK), Map.of(), raid, Map.of(), Map.of(), List.of());
        assertEquals(List.of(), new TriggeredRiskRule().check(facts));
        assertEquals(List.of(), new OverdueReviewRule().check(facts));
    }

    @Test
    void activeProgramsWithoutASnapshotThisWeekAreFlaggedPlannedOnesAreNot() {
        Program fresh = program(4, "NEW-1", ProgramStatus.ACTIVE, Health.ON_TRACK, "");
        Map<Long, Instant> snapshots = Map.of(1L, NOW.minusSeconds(8 * 86_400), 4L, NOW.minusSeconds(6 * 86_400));
        List<AttentionItem> items = new StaleSnapshotRule().check(facts(List.of(CHK, SSO, MOB, fresh), Map.of(),
                List.of(), Map.of(), snapshots, List.of()));
        assertEquals(List.of("CHK-12", "SSO-7"), items.stream().map(AttentionItem::programKey).toList());
        assertEquals("last snapshot 8 days ago (2026-11-24); take this week's snapshot", items.get(0).detail());
        assertEquals("no status snapshot has been taken yet; take this week's snapshot", items.get(1).detail());
    }

    @Test
    void intakeRequestsNearOrPastTheGoalWithoutAnAnswerStandOut() {
        // NOW is Wednesday 10:00 Pacific.
        List<IntakeRow> intake = List.of(
                intake(1, IntakeStatus.NEW, Instant.parse("2026-11-26T22:00:00Z"), null),   // Thu 14:00: 28h used
                intake(2, IntakeStatus.NEW, Instant.parse("2026-11-27T22:00:00Z"), null),   // Fri 14:00: 20h used
                intake(3, IntakeStatus.NEW, Instant.parse("2026-12-02T16:30:00Z"), null),   // today: plenty left
                intake(4, IntakeStatus.NEEDS_INFO, Instant.parse("2026-11-20T17:00:00Z"),
                        Instant.parse("2026-11-20T18:00:00Z")));                            // answered
        List<AttentionItem> items = new IntakeResponseRule().check(facts(List.of(), Map.of(), List.of(), Map.of(),
                Map.of(), intake));
        assertEquals(List.of("IR-1", "IR-2"), items.stream().map(AttentionItem::programKey).toList());
        assertEquals(AttentionItem.Severity.URGENT, items.get(0).severity());
        assertEquals("from Elena Brooks: 4h 00m past the goal to a first answer", items.get(0).detail());
        assertEquals("from Elena Brooks: 4h 00m left to a first answer", items.get(1).detail());
        assertEquals(AttentionItem.Target.INTAKE, items.get(1).target());
        assertEquals(2L, items.get(1).intakeId());
    }

    @Test
    void raciProblemsGiveOneItemPerProgramSummingItsBrokenRules() {
        Map<Long, List<RaciRules.RowProblem>> raci = Map.of(2L, List.of(
                new RaciRules.RowProblem(1, "SCIM API", RaciRules.Kind.NO_ACCOUNTABLE, ""),
                new RaciRules.RowProblem(2, "Admin UI", RaciRules.Kind.NO_ACCOUNTABLE, ""),
                new RaciRules.RowProblem(2, "Admin UI", RaciRules.Kind.NO_RESPONSIBLE, "")));
        List<AttentionItem> items = new RaciProblemRule().check(facts(List.of(CHK, SSO), Map.of(), List.of(), raci,
                Map.of(), List.of()));
        assertEquals(1, items.size());
        assertEquals("2 deliverables have no Accountable; 1 deliverable has no Responsible", items.get(0).detail());
        assertEquals(AttentionItem.Target.RACI, items.get(0).target());
    }

    @Test
    void theDigestGroupsByKindAndEscapesUserText() {
        List<AttentionItem> items = AttentionRules.run(AttentionRules.standard(),
                facts(List.of(program(9, "X-1", ProgramStatus.ACTIVE, Health.OFF_TRACK, "*all* [broken](http://x)")),
                        Map.of(), List.of(), Map.of(), Map.of(9L, NOW), List.of()));
        String md = AttentionDigest.markdown(items, TODAY);
        assertEquals("# Needs attention — 2026-12-02\n\n1 item, 1 urgent.\n\n## Programs off track or at risk (1)\n\n"
                + "- **Urgent** **X-1** X-1 program is off track — \\*all\\* \\[broken\\](http://x)"
                + " (set on the program)\n", md);
        assertTrue(AttentionDigest.markdown(List.of(), TODAY).endsWith("Nothing needs attention today.\n"));
    }
}
