package dev.throughline.snapshot;

import dev.throughline.edit.CommandStack;
import dev.throughline.meeting.ActionRow;
import dev.throughline.meeting.DecisionLogService;
import dev.throughline.meeting.DecisionRow;
import dev.throughline.meeting.DecisionStatus;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.milestone.MilestoneService;
import dev.throughline.program.Health;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramService;
import dev.throughline.raci.RaciRules;
import dev.throughline.raci.RaciService;
import dev.throughline.risk.RaidRow;
import dev.throughline.risk.RiskService;
import dev.throughline.store.Store;
import dev.throughline.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Status snapshots: freezing the program as it is now (milestones, RAID items, RACI problems), the
 * suggested health, the draft pre-filled from what changed since the last snapshot, and taking a
 * snapshot as one undoable command. Snapshots are never edited. Blocking: call off the FX thread.
 */
public final class SnapshotService {

    /** Milestones forecast within this many days of today pre-fill "next steps". */
    public static final int NEXT_STEPS_DAYS = 14;

    /** Actions closed within this many days of the snapshot are frozen beside the open ones. */
    public static final int RECENTLY_CLOSED_DAYS = 14;

    private final Store store;
    private final CommandStack commands;
    private final Clock clock;
    private final ProgramService programs;
    private final MilestoneService milestones;
    private final RiskService risks;
    private final RaciService raci;
    private final DecisionLogService decisionLog;
    private final SnapshotRepository snapshots = new SnapshotRepository();

    public SnapshotService(Store store, CommandStack commands, Clock clock, ProgramService programs,
                           MilestoneService milestones, RiskService risks, RaciService raci,
                           DecisionLogService decisionLog) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
        this.programs = programs;
        this.milestones = milestones;
        this.risks = risks;
        this.raci = raci;
        this.decisionLog = decisionLog;
    }

    /** The program frozen as it is now, with the health the rules suggest for it. */
    public record Current(SnapshotPayload payload, HealthRules.Suggestion suggestion) {
    }

    /** What the Status tab shows before freezing: the current state, the previous snapshot and the draft. */
    public record Draft(Current current, Optional<Snapshot> previous, Optional<SnapshotDiff> diff,
                        SnapshotDraft narrative) {
    }

    // ---- queries

    /** When each program's newest snapshot was taken, for every program that has one (no payloads read). */
    public java.util.Map<Long, java.time.Instant> latestTimes() {
        return store.read(snapshots::latestTimes);
    }

    public List<Snapshot> history(long programId) {
        return store.read(sql -> snapshots.ofProgram(sql, programId));
    }

    public Snapshot get(long id) {
        return store.read(sql -> snapshots.find(sql, id))
                .orElseThrow(() -> new ValidationException("snapshot", "There is no snapshot " + id + "."));
    }

    /** Snapshot {@code id}, refused when it belongs to another program. */
    public Snapshot get(long programId, long id) {
        Snapshot s = get(id);
        if (s.programId() != programId) {
            throw new ValidationException("snapshot", "Snapshot " + id + " belongs to another program.");
        }
        return s;
    }

    /** The snapshot taken just before {@code snapshot} in its program's history. */
    public Optional<Snapshot> previous(Snapshot snapshot) {
        Snapshot before = null;
        for (Snapshot s : history(snapshot.programId())) {
            if (s.id() == snapshot.id()) {
                break;
            }
            before = s;
        }
        return Optional.ofNullable(before);
    }

    /** Every snapshot of the portfolio, newest first (no payloads). */
    public List<SnapshotEntry> portfolioHistory() {
        return store.read(snapshots::entries);
    }

    /** One row per program that is not archived, from its latest snapshot, read in one read transaction. */
    public PortfolioRollup rollup() {
        return store.readConsistent(() -> PortfolioRollup.of(programs.all().stream().filter(p -> !p.archived())
                .toList(), store.read(snapshots::latestOfEachProgram), programs.healthOfEach()));
    }

    public LocalDate today() {
        return today(Instant.now(clock));
    }

    public SnapshotDiff diff(long fromId, long toId) {
        Snapshot from = get(fromId);
        Snapshot to = get(toId);
        if (from.programId() != to.programId()) {
            throw new ValidationException("snapshot", "Snapshots " + fromId + " and " + toId
                    + " belong to different programs.");
        }
        return SnapshotDiff.between(from, to);
    }

    /** The program as it is now, read in one read transaction so a concurrent edit cannot mix two states. */
    public Current current(long programId) {
        return store.readConsistent(() -> freeze(programId));
    }

    private Current freeze(long programId) {
        Program program = programs.get(programId);
        Instant now = Instant.now(clock);
        List<FrozenMilestone> frozenMilestones = new ArrayList<>();
        for (MilestoneRow r : milestones.rows(programId, null)) {
            var m = r.milestone();
            frozenMilestones.add(new FrozenMilestone(m.id(), m.title(), r.workstream(), r.owner(), m.status().name(),
                    r.comparedBaseline(), m.forecast(), m.actual(), m.deadline(), r.varianceDays()));
        }
        List<FrozenRisk> frozenRisks = new ArrayList<>();
        for (RaidRow r : risks.rows(programId)) {
            var i = r.item();
            frozenRisks.add(new FrozenRisk(i.id(), i.ref(), i.type().name(), i.title(), r.owner(), i.probability(),
                    i.impact(), i.score(), i.band().name(), i.status().name(), i.status().isActive(), r.triggered(),
                    r.triggeredBecause()));
        }
        List<String> raciProblems = raci.matrix(programId).problems().stream().map(RaciRules.RowProblem::describe)
                .toList();
        LocalDate today = today(now);
        SnapshotPayload payload = new SnapshotPayload(SnapshotPayload.CURRENT_VERSION, now, program.key(),
                program.name(), frozenMilestones, frozenRisks, raciProblems, frozenDecisions(programId),
                frozenActions(programId, today));
        return new Current(payload, HealthRules.suggest(frozenMilestones, frozenRisks, payload.actions(), today));
    }

    /** Decisions that stand (decided, not superseded) and those still pending. */
    private List<FrozenDecision> frozenDecisions(long programId) {
        List<FrozenDecision> out = new ArrayList<>();
        for (DecisionRow r : decisionLog.decisions(programId)) {
            var d = r.decision();
            if (d.status() == DecisionStatus.PENDING || !r.superseded()) {
                out.add(new FrozenDecision(d.id(), d.title(), d.rationale(), d.decidedOn(),
                        r.meetingDate() == null ? "" : "sync of " + r.meetingDate(), d.status().name()));
            }
        }
        return out;
    }

    /** Every open action, and those closed in the last {@link #RECENTLY_CLOSED_DAYS} days. */
    private List<FrozenAction> frozenActions(long programId, LocalDate today) {
        List<FrozenAction> out = new ArrayList<>();
        for (ActionRow r : decisionLog.actions(programId)) {
            var a = r.item();
            boolean recentlyClosed = a.closedOn() != null && !a.closedOn().isBefore(today.minusDays(RECENTLY_CLOSED_DAYS));
            if (a.isOpen() || recentlyClosed) {
                out.add(new FrozenAction(a.id(), a.title(), r.owner(), a.due(), a.status().name()));
            }
        }
        return out;
    }

    /** The draft of the next snapshot, pre-filled from what changed since the previous one. */
    public Draft draft(long programId) {
        record Read(Current current, Optional<Snapshot> previous) {
        }
        Read read = store.readConsistent(() -> new Read(freeze(programId),
                store.read(sql -> snapshots.latest(sql, programId))));
        Current current = read.current();
        Optional<Snapshot> previous = read.previous();
        Health suggested = current.suggestion().health();
        Optional<SnapshotDiff> diff = previous.map(p -> SnapshotDiff.between(p.health(), p.payload(), suggested,
                current.payload()));
        return new Draft(current, previous, diff, prefill(current, previous, diff));
    }

    static SnapshotDraft prefill(Current current, Optional<Snapshot> previous, Optional<SnapshotDiff> diff) {
        SnapshotPayload payload = current.payload();
        List<String> summary = new ArrayList<>();
        List<String> done = new ArrayList<>();
        if (diff.isEmpty()) {
            summary.add("First status snapshot of " + payload.programKey() + ".");
        } else {
            SnapshotDiff d = diff.get();
            SnapshotDiff changes = new SnapshotDiff(d.healthBefore(), d.healthAfter(), d.milestones().stream()
                    .filter(c -> c.kind() != SnapshotDiff.Kind.COMPLETED).toList(), d.newRisks(), List.of(),
                    d.rescored(), d.decided(), d.openedActions(), d.closedActions(), d.newlyOverdue());
            SnapshotDiff finished = new SnapshotDiff(d.healthAfter(), d.healthAfter(), d.milestones().stream()
                    .filter(c -> c.kind() == SnapshotDiff.Kind.COMPLETED).toList(), List.of(), d.closedRisks(),
                    List.of());
            changes.sentences().forEach(s -> summary.add("- " + s));
            finished.sentences().forEach(s -> done.add("- " + s));
            if (summary.isEmpty()) {
                summary.add("No change in the plan since " + previous.get().takenAt().atOffset(ZoneOffset.UTC)
                        .toLocalDate() + ".");
            }
        }
        LocalDate today = today(payload.takenAt());
        List<String> next = payload.milestones().stream()
                .filter(m -> !m.settled() && m.forecast() != null
                        && !m.forecast().isAfter(today.plusDays(NEXT_STEPS_DAYS)))
                .sorted(java.util.Comparator.comparing(FrozenMilestone::forecast))
                .map(m -> "- " + m.title() + " (forecast " + m.forecast() + ")").toList();
        return new SnapshotDraft(current.suggestion().health(), "", String.join("\n", summary), String.join("\n", done),
                String.join("\n", next), previous.map(Snapshot::asks).orElse(""));
    }

    // ---- edits

    /**
     * Freezes the program as it is now with the narrative; one undo step. A chosen health other than
     * the suggested one needs a reason. Returns the stored snapshot.
     */
    public Snapshot take(long programId, SnapshotDraft draft) {
        Current current = current(programId);
        Health suggested = current.suggestion().health();
        Health chosen = draft.health() == null ? suggested : draft.health();
        Optional<String> problem = reasonProblem(chosen, suggested, draft.reason());
        if (problem.isPresent()) {
            throw new ValidationException("reason", problem.get());
        }
        Snapshot snapshot = new Snapshot(0, programId, current.payload().takenAt(), chosen, suggested,
                draft.reason().strip(), draft.summary(), draft.accomplishments(), draft.nextSteps(), draft.asks(),
                current.payload());
        return commands.execute(new TakeSnapshotCommand(snapshot)).stored();
    }

    /** Live validation of the override reason: empty when acceptable. */
    public static Optional<String> reasonProblem(Health chosen, Health suggested, String reason) {
        if (chosen != null && suggested != null && chosen != suggested && (reason == null || reason.isBlank())) {
            return Optional.of("Health " + chosen.label().toLowerCase(java.util.Locale.ROOT) + " differs from the suggested "
                    + suggested.label().toLowerCase(java.util.Locale.ROOT) + ": say why.");
        }
        return Optional.empty();
    }

    private static LocalDate today(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
