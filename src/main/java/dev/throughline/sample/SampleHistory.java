package dev.throughline.sample;

import dev.throughline.program.Health;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RiskBands;
import dev.throughline.sample.SamplePortfolio.SampleMilestone;
import dev.throughline.sample.SamplePortfolio.SampleProgram;
import dev.throughline.sample.SamplePortfolio.SampleRaid;
import dev.throughline.sample.SamplePortfolio.SampleRaidThen;
import dev.throughline.sample.SamplePortfolio.SampleSnapshot;
import dev.throughline.snapshot.FrozenMilestone;
import dev.throughline.snapshot.FrozenRisk;
import dev.throughline.snapshot.HealthRules;
import dev.throughline.snapshot.Snapshot;
import dev.throughline.snapshot.SnapshotPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the frozen snapshots of a sample program's past from its plan of today and what the sample
 * says was different then (earlier forecasts, scores and statuses), with the health the rules
 * suggested on that day. Pure: ids and names are looked up through the functions given.
 */
final class SampleHistory {

    private final Function<String, Long> ids;
    private final Function<String, String> personName;

    /** {@code ids} maps a load key ("milestone:KEY/ref") to its id; {@code personName} a person ref to a name. */
    SampleHistory(Function<String, Long> ids, Function<String, String> personName) {
        this.ids = ids;
        this.personName = personName;
    }

    Snapshot snapshot(long id, SampleProgram program, long programId, SampleSnapshot then) {
        Instant takenAt = Instant.parse(then.takenAt());
        LocalDate day = takenAt.atOffset(ZoneOffset.UTC).toLocalDate();
        List<FrozenMilestone> milestones = new ArrayList<>();
        for (SampleMilestone m : program.milestones()) {
            milestones.add(milestone(program, m, then, day));
        }
        List<FrozenRisk> risks = new ArrayList<>();
        for (SampleRaid r : program.raid() == null ? List.<SampleRaid>of() : program.raid()) {
            if (then.absent() == null || !then.absent().contains(r.ref())) {
                risks.add(risk(program, r, then.raid() == null ? null : then.raid().get(r.ref())));
            }
        }
        SnapshotPayload payload = new SnapshotPayload(SnapshotPayload.CURRENT_VERSION, takenAt, program.key(),
                program.name(), milestones, risks, List.of());
        Health suggested = HealthRules.suggest(milestones, risks, day).health();
        Health chosen = then.health() == null ? suggested : Health.valueOf(then.health().toUpperCase(Locale.ROOT));
        if (chosen != suggested && (then.reason() == null || then.reason().isBlank())) {
            throw new IllegalStateException("The sample snapshot of " + program.key() + " on " + day + " chooses "
                    + chosen + " over the suggested " + suggested + " without a reason.");
        }
        return new Snapshot(id, programId, takenAt, chosen, suggested, chosen == suggested ? "" : then.reason(),
                then.summary(), then.accomplishments(), then.nextSteps(), then.asks(), payload);
    }

    private FrozenMilestone milestone(SampleProgram program, SampleMilestone m, SampleSnapshot then, LocalDate day) {
        LocalDate baseline = date(m.baseline());
        LocalDate actual = date(m.actual());
        String status = m.status().toUpperCase(Locale.ROOT);
        LocalDate forecast = then.forecasts() != null && then.forecasts().containsKey(m.ref())
                ? LocalDate.parse(then.forecasts().get(m.ref())) : date(m.forecast());
        if (actual != null && actual.isAfter(day)) {
            actual = null;
            status = "IN_PROGRESS";
        }
        Integer variance = baseline == null || forecast == null ? null : (int) ChronoUnit.DAYS.between(baseline, forecast);
        return new FrozenMilestone(ids.apply("milestone:" + program.key() + "/" + m.ref()), m.title(), m.workstream(),
                m.owner() == null ? "" : personName.apply(m.owner()), status, baseline, forecast, actual,
                date(m.deadline()), variance);
    }

    private FrozenRisk risk(SampleProgram program, SampleRaid r, SampleRaidThen then) {
        long id = ids.apply("raid:" + program.key() + "/" + r.ref());
        int probability = then != null && then.probability() != null ? then.probability() : r.probability();
        int impact = then != null && then.impact() != null ? then.impact() : r.impact();
        RaidStatus status = RaidStatus.valueOf((then != null && then.status() != null ? then.status() : r.status())
                .toUpperCase(Locale.ROOT));
        int score = RiskBands.score(probability, impact);
        String type = r.type().toUpperCase(Locale.ROOT);
        return new FrozenRisk(id, type.charAt(0) + "-" + id, type, r.title(), personName.apply(r.owner()), probability,
                impact, score, RiskBands.band(score).name(), status.name(), status.isActive(), false, "");
    }

    static List<SampleSnapshot> of(SampleProgram program) {
        return program.snapshots() == null ? List.of() : program.snapshots();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    static Map<String, String> names(SamplePortfolio sample) {
        Map<String, String> out = new java.util.HashMap<>();
        sample.people().forEach(p -> out.put(p.ref(), p.name()));
        return out;
    }
}
