package dev.throughline.bench;

import dev.throughline.milestone.Baseline;
import dev.throughline.milestone.BaselineRepository;
import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.DependencyRepository;
import dev.throughline.milestone.DependencyType;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneRepository;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.milestone.Workstream;
import dev.throughline.milestone.WorkstreamRepository;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonRepository;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramRepository;
import dev.throughline.program.ProgramStatus;
import dev.throughline.risk.Proximity;
import dev.throughline.risk.RaidItem;
import dev.throughline.risk.RaidRepository;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import dev.throughline.risk.Response;
import dev.throughline.risk.TriggerRule;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Bulk-writes a generated plan through the repositories, inside the generator's one transaction. */
final class GeneratedPlanRepository {

    private static final String[] FIRST = {"Maya", "Devin", "Priya", "Elena", "Marcus", "Sana", "Tom", "Arjun", "Hannah",
            "Jürgen", "Kate", "Luis", "Nina", "Omar", "Rachel", "Ben", "Aiko", "Femi", "Lars", "Chloé"};
    private static final String[] LAST = {"Okafor", "Castillo", "Raman", "Brooks", "Lee", "Qureshi", "Whitaker", "Mehta",
            "Kim", "Hoffmann", "Donnelly", "Ortega", "Petrov", "Haddad", "Stein", "Carter", "Sato", "Adeyemi", "Berg"};
    private static final String[] ZONES = {"America/Los_Angeles", "America/Los_Angeles", "America/Los_Angeles",
            "America/New_York", "Europe/Berlin", "Europe/Dublin", "Asia/Kolkata", "Australia/Sydney"};
    private static final String[] STREAMS = {"Discovery & design", "Backend", "Web client", "Mobile", "Data & ML",
            "Compliance", "Launch (GTM)"};
    private static final String[] NOUNS = {"API", "design review", "beta", "migration", "pen test", "pilot",
            "enablement", "GA", "load test", "privacy review", "pricing", "docs", "rollout wave", "contract"};
    private static final String[] VERBS = {"signed off", "complete", "to 5% of traffic", "passed", "shipped",
            "approved", "live", "ready"};

    private GeneratedPlanRepository() {
    }

    static WorkspaceGenerator.Written generate(Sql sql, WorkspaceGenerator.Scale scale) throws SQLException {
        Random random = new Random(scale.seed());
        PersonRepository peopleRepo = new PersonRepository();
        List<Long> people = new ArrayList<>();
        Function[] functions = Function.values();
        for (int i = 0; i < scale.people(); i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length] + " " + (i + 1);
            Function function = i % 10 == 0 ? Function.PM : functions[random.nextInt(functions.length)];
            people.add(peopleRepo.insert(sql, new Person(0, name, function == Function.PM ? "TPgM" : function.label(),
                    function, "person" + (i + 1) + "@example.com", "@p" + (i + 1), "p" + (i + 1),
                    ZoneId.of(ZONES[random.nextInt(ZONES.length)]), LocalTime.of(8, 0), LocalTime.of(16, 0))));
        }
        ProgramRepository programRepo = new ProgramRepository();
        WorkstreamRepository streamRepo = new WorkstreamRepository();
        MilestoneRepository milestoneRepo = new MilestoneRepository();
        DependencyRepository dependencyRepo = new DependencyRepository();
        BaselineRepository baselineRepo = new BaselineRepository();
        int perProgram = Math.max(1, scale.milestones() / scale.programs());
        int dependencies = 0;
        List<Milestone> previousProgram = List.of();
        int milestoneCount = 0;
        int raidItems = 0;
        int series = 0;
        int snapshots = 0;
        for (int p = 0; p < scale.programs(); p++) {
            LocalDate start = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(700));
            LocalDate target = start.plusDays(perProgram * 4L + 60);
            long tpgm = people.get((p * 10) % people.size());
            long programId = programRepo.insert(sql, new Program(0, "GEN" + (p + 1) + "-" + (p + 1),
                    "Generated program " + (p + 1), "Benchmark program", ProgramStatus.ACTIVE,
                    Health.values()[random.nextInt(3)], "Generated", tpgm, null, start, target,
                    Priority.values()[random.nextInt(4)], "#gen-" + (p + 1), List.of(), false));
            List<Long> streams = new ArrayList<>();
            int streamCount = 4 + random.nextInt(3);
            for (int s = 0; s < streamCount; s++) {
                streams.add(streamRepo.insert(sql, new Workstream(0, programId, s + 1, STREAMS[s % STREAMS.length])));
            }
            long baselineId = baselineRepo.insert(sql, new Baseline(0, programId, "Plan of record", Instant.parse("2025-01-01T00:00:00Z")));
            List<Milestone> milestones = new ArrayList<>();
            LocalDate cursor = start;
            for (int m = 0; m < perProgram; m++) {
                cursor = cursor.plusDays(inChain(p, m) ? 2 : 1 + random.nextInt(6));
                LocalDate forecast = cursor;
                int slip = random.nextInt(10) == 0 ? random.nextInt(20) : 0;
                LocalDate baseline = forecast.minusDays(slip);
                Milestone milestone = new Milestone(0, programId, streams.get(random.nextInt(streams.size())),
                        NOUNS[random.nextInt(NOUNS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " #" + (m + 1),
                        people.get(random.nextInt(people.size())), !inChain(p, m) && random.nextBoolean() ? forecast.minusDays(10) : null,
                        baseline, forecast, null, random.nextInt(40) == 0 ? forecast.plusDays(5) : null,
                        MilestoneStatus.PLANNED, "");
                milestone = milestone.withId(milestoneRepo.insert(sql, milestone));
                baselineRepo.insertDate(sql, baselineId, milestone.id(), baseline);
                if (m > 0) {
                    // Forecasts only grow within a program, so FF from an earlier milestone always holds; in the
                    // chain the 2-day lag is binding, so moving its head moves every link.
                    Milestone previous = milestones.get(inChain(p, m) ? m - 1 : random.nextInt(m));
                    dependencyRepo.insert(sql, new Dependency(0, previous.id(), milestone.id(), DependencyType.FF,
                            inChain(p, m) ? 2 : 0));
                    dependencies++;
                }
                if (!previousProgram.isEmpty() && random.nextInt(50) == 0) {
                    Milestone other = previousProgram.get(random.nextInt(previousProgram.size()));
                    if (!other.forecast().isAfter(forecast)) {
                        dependencyRepo.insert(sql, new Dependency(0, other.id(), milestone.id(), DependencyType.FF, 0));
                        dependencies++;
                    }
                }
                milestones.add(milestone);
                milestoneCount++;
            }
            previousProgram = milestones;
            raidItems += writeRaid(sql, random, programId, milestones, people,
                    share(scale.raidItems(), scale.programs(), p));
            series += GeneratedHistoryRepository.writeSyncs(sql, random, programId, tpgm, people,
                    share(scale.meetingSeries(), scale.programs(), p));
            snapshots += GeneratedHistoryRepository.writeSnapshots(sql, random, programId, "GEN" + (p + 1) + "-" + (p + 1),
                    "Generated program " + (p + 1), milestones, scale.snapshotsPerProgram());
        }
        return new WorkspaceGenerator.Written(people.size(), scale.programs(), milestoneCount, dependencies, raidItems,
                series, snapshots);
    }

    /** Program {@code index}'s even share of {@code total}. */
    private static int share(int total, int programs, int index) {
        return total / programs + (index < total % programs ? 1 : 0);
    }

    private static final String[] RISKS = {"vendor API slips", "security review finds a blocker", "key engineer leaves",
            "legal sign-off is late", "load test misses the target", "pricing decision is reopened", "data migration fails"};

    /** RAID items with scores spread over the heat map, some tied to a milestone by a trigger. */
    private static int writeRaid(Sql sql, Random random, long programId, List<Milestone> milestones, List<Long> people,
                                 int count) throws SQLException {
        RaidRepository raid = new RaidRepository();
        RaidType[] types = RaidType.values();
        for (int i = 0; i < count; i++) {
            Milestone target = milestones.get(random.nextInt(milestones.size()));
            TriggerRule trigger = random.nextInt(4) == 0
                    ? TriggerRule.milestoneLaterThan(target.id(), target.forecast().plusDays(random.nextInt(20) - 10)) : null;
            int probability = 1 + random.nextInt(5);
            int impact = 1 + random.nextInt(5);
            raid.insert(sql, new RaidItem(0, programId, types[random.nextInt(types.length)],
                    "Risk that the " + RISKS[random.nextInt(RISKS.length)] + " #" + (i + 1), "Generated cause",
                    "Generated event", "Generated effect", probability, impact, Math.max(1, probability - 1),
                    Math.max(1, impact - 1), people.get(random.nextInt(people.size())), Response.REDUCE, "Generated mitigation",
                    trigger, Proximity.values()[random.nextInt(Proximity.values().length)],
                    target.forecast().minusDays(random.nextInt(30)), random.nextInt(5) == 0 ? RaidStatus.CLOSED : RaidStatus.OPEN,
                    null));
        }
        return count;
    }

    private static boolean inChain(int program, int milestone) {
        return program == 0 && milestone <= WorkspaceGenerator.CHAIN;
    }
}
