package dev.throughline.attention;

import dev.throughline.intake.IntakeService;
import dev.throughline.meeting.DecisionLogService;
import dev.throughline.milestone.MilestoneService;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramService;
import dev.throughline.program.ProgramStatus;
import dev.throughline.raci.RaciRules;
import dev.throughline.raci.RaciService;
import dev.throughline.risk.RiskService;
import dev.throughline.snapshot.SnapshotService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reads the portfolio once and runs the attention rules over it. Read-only. Blocking: call off the FX thread. */
public final class AttentionService {

    private final Clock clock;
    private final ProgramService programs;
    private final MilestoneService milestones;
    private final RiskService risks;
    private final RaciService raci;
    private final SnapshotService snapshots;
    private final IntakeService intake;
    private final DecisionLogService decisionLog;
    private final List<AttentionRule> rules;

    public AttentionService(Clock clock, ProgramService programs, MilestoneService milestones, RiskService risks,
                            RaciService raci, SnapshotService snapshots, IntakeService intake, DecisionLogService decisionLog,
                            List<AttentionRule> rules) {
        this.clock = clock;
        this.programs = programs;
        this.milestones = milestones;
        this.risks = risks;
        this.raci = raci;
        this.snapshots = snapshots;
        this.intake = intake;
        this.decisionLog = decisionLog;
        this.rules = List.copyOf(rules);
    }

    public LocalDate today() {
        return intake.today();
    }

    public PortfolioFacts facts() {
        List<Program> running = programs.all().stream().filter(p -> !p.archived()
                && p.status() != ProgramStatus.DONE && p.status() != ProgramStatus.CANCELLED).toList();
        Map<Long, List<RaciRules.RowProblem>> problems = raci.problemsByProgram();
        Map<Long, java.time.Instant> last = snapshots.latestTimes();
        return new PortfolioFacts(risks.today(), clock.instant(), running, milestones.portfolioRows(),
                risks.portfolioRows(), problems, last, intake.rows(), decisionLog.openActionsAcrossPrograms(),
                programs.healthOfEach());
    }

    /** What needs attention now, in the home screen's order. */
    public List<AttentionItem> items() {
        return AttentionRules.run(rules, facts());
    }
}
