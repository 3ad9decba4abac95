package dev.throughline.attention;

import dev.throughline.intake.IntakeRow;
import dev.throughline.meeting.ActionRow;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramHealth;
import dev.throughline.raci.RaciRules;
import dev.throughline.risk.RaidRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the attention rules look at, read once: the running programs (not archived, not done or
 * cancelled), their milestones, RAID rows, RACI problems, newest snapshot time and open action items, and
 * the intake list.
 */
public record PortfolioFacts(LocalDate today, Instant now, List<Program> programs,
                             Map<Long, List<MilestoneRow>> milestones, List<RaidRow> raid,
                             Map<Long, List<RaciRules.RowProblem>> raciProblems, Map<Long, Instant> lastSnapshot,
                             List<IntakeRow> intake, List<ActionRow> openActions, Map<Long, ProgramHealth> health) {

    public PortfolioFacts(LocalDate today, Instant now, List<Program> programs, Map<Long, List<MilestoneRow>> milestones,
                          List<RaidRow> raid, Map<Long, List<RaciRules.RowProblem>> raciProblems,
                          Map<Long, Instant> lastSnapshot, List<IntakeRow> intake, List<ActionRow> openActions) {
        this(today, now, programs, milestones, raid, raciProblems, lastSnapshot, intake, openActions, Map.of());
    }

    /** The program's one current health (its latest snapshot's or a newer edit's); its own when not read. */
    public ProgramHealth healthOf(Program p) {
        ProgramHealth current = health.get(p.id());
        return current != null ? current : ProgramHealth.of(ProgramHealth.Facts.withoutSnapshot(p.health(),
                p.healthReason(), null));
    }

    public List<MilestoneRow> milestonesOf(long programId) {
        return milestones.getOrDefault(programId, List.of());
    }

    public Optional<Program> program(long id) {
        return programs.stream().filter(p -> p.id() == id).findFirst();
    }
}
