package dev.throughline.bench;

import dev.throughline.meeting.AgendaSection;
import dev.throughline.meeting.MeetingRepository;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.milestone.Milestone;
import dev.throughline.program.Health;
import dev.throughline.snapshot.FrozenMilestone;
import dev.throughline.snapshot.Snapshot;
import dev.throughline.snapshot.SnapshotPayload;
import dev.throughline.snapshot.SnapshotRepository;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A year of a generated program's life: its sync series and its weekly status snapshots. */
final class GeneratedHistory {

    /** The generated year ends on this Friday, so every run writes the same history. */
    static final LocalDate LAST_REPORT = LocalDate.of(2026, 11, 20);
    private static final String[] RULES = {"FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO",
            "FREQ=MONTHLY;BYDAY=1WE"};
    private static final String[] TITLES = {"Weekly cross-functional sync", "Engineering sync", "Launch readiness"};

    private GeneratedHistory() {
    }

    static int writeSyncs(Sql sql, Random random, long programId, long tpgm, List<Long> people, int count)
            throws SQLException {
        MeetingRepository meetings = new MeetingRepository();
        for (int i = 0; i < count; i++) {
            List<Long> attendees = new ArrayList<>(List.of(tpgm));
            for (int a = 0; a < 4 + random.nextInt(5); a++) {
                Long person = people.get(random.nextInt(people.size()));
                if (!attendees.contains(person)) {
                    attendees.add(person);
                }
            }
            LocalDate first = LAST_REPORT.minusYears(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            meetings.insert(sql, new MeetingSeries(0, programId, TITLES[i % TITLES.length], RULES[i % RULES.length],
                    first, LocalTime.of(9 + random.nextInt(5), random.nextBoolean() ? 0 : 30), 30,
                    ZoneId.of("America/Los_Angeles"), random.nextInt(3) == 0, List.of(first.plusWeeks(random.nextInt(40))),
                    attendees, AgendaSection.defaults()));
        }
        return count;
    }

    /**
     * Weekly snapshots ending on {@link #LAST_REPORT}: each milestone's forecast starts at its baseline
     * and reaches today's forecast by the last week, so slips accumulate the way real plans drift.
     */
    static int writeSnapshots(Sql sql, Random random, long programId, String key, String name,
                              List<Milestone> milestones, int weeks) throws SQLException {
        SnapshotRepository snapshots = new SnapshotRepository();
        Health health = Health.ON_TRACK;
        for (int w = 0; w < weeks; w++) {
            LocalDate day = LAST_REPORT.minusWeeks(weeks - 1L - w);
            double progress = weeks == 1 ? 1 : (double) w / (weeks - 1);
            List<FrozenMilestone> frozen = new ArrayList<>(milestones.size());
            for (Milestone m : milestones) {
                long slip = ChronoUnit.DAYS.between(m.baseline(), m.forecast());
                LocalDate forecast = m.baseline().plusDays(Math.round(slip * progress));
                frozen.add(new FrozenMilestone(m.id(), m.title(), "", "", forecast.isBefore(day) ? "DONE" : "PLANNED",
                        m.baseline(), forecast, forecast.isBefore(day) ? forecast : null, m.deadline(),
                        (int) ChronoUnit.DAYS.between(m.baseline(), forecast)));
            }
            Health suggested = Health.values()[Math.min(2, (int) frozen.stream().filter(f -> f.varianceDays() > 7).count() / 4)];
            health = random.nextInt(5) == 0 ? Health.values()[random.nextInt(3)] : suggested;
            snapshots.insert(sql, new Snapshot(0, programId, day.atTime(16, 0).toInstant(ZoneOffset.UTC), health, suggested,
                    health == suggested ? "" : "Generated override", "Week " + (w + 1) + " of the year.",
                    "Generated accomplishments", "Generated next steps", "",
                    new SnapshotPayload(SnapshotPayload.CURRENT_VERSION, day.atTime(16, 0).toInstant(ZoneOffset.UTC), key,
                            name, frozen, List.of(), List.of())));
        }
        return weeks;
    }
}
