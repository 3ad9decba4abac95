package dev.throughline.bench;

import dev.throughline.meeting.ActionItem;
import dev.throughline.meeting.ActionItemRepository;
import dev.throughline.meeting.ActionStatus;
import dev.throughline.meeting.AgendaSection;
import dev.throughline.meeting.Decision;
import dev.throughline.meeting.DecisionRepository;
import dev.throughline.meeting.DecisionStatus;
import dev.throughline.meeting.MeetingRepository;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.meeting.OccurrenceRecord;
import dev.throughline.meeting.OccurrenceRepository;
import dev.throughline.meeting.OccurrenceState;
import dev.throughline.meeting.Recurrence;
import dev.throughline.milestone.Milestone;
import dev.throughline.program.Health;
import dev.throughline.snapshot.FrozenMilestone;
import dev.throughline.snapshot.Snapshot;
import dev.throughline.snapshot.SnapshotPayload;
import dev.throughline.snapshot.SnapshotRepository;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A year of a generated program's life: its sync series with every past occurrence, and its weekly status snapshots. */
final class GeneratedHistoryRepository {

    /** The generated year ends on this Friday, so every run writes the same history. */
    static final LocalDate LAST_REPORT = LocalDate.of(2026, 11, 20);
    /** Two years of syncs from a year ago: every series ends (the app refuses endless ones). */
    private static final String[] RULES = {"FREQ=WEEKLY;BYDAY=TU;COUNT=104", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO;COUNT=52",
            "FREQ=MONTHLY;BYDAY=1WE;COUNT=24"};
    private static final String[] TITLES = {"Weekly cross-functional sync", "Engineering sync", "Launch readiness"};

    private GeneratedHistoryRepository() {
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
            MeetingSeries series = new MeetingSeries(0, programId, TITLES[i % TITLES.length], RULES[i % RULES.length],
                    first, LocalTime.of(9 + random.nextInt(5), random.nextBoolean() ? 0 : 30), 30,
                    ZoneId.of("America/Los_Angeles"), random.nextInt(3) == 0, List.of(first.plusWeeks(random.nextInt(40))),
                    attendees, AgendaSection.defaults());
            series = series.withId(meetings.insert(sql, series));
            writePastOccurrences(sql, random, series);
        }
        return count;
    }

    /** Every occurrence up to {@link #LAST_REPORT} happened: minutes, an action each, a decision now and then. */
    private static void writePastOccurrences(Sql sql, Random random, MeetingSeries series) throws SQLException {
        OccurrenceRepository occurrences = new OccurrenceRepository();
        ActionItemRepository actions = new ActionItemRepository();
        DecisionRepository decisions = new DecisionRepository();
        int n = 0;
        for (ZonedDateTime start : Recurrence.expand(series, series.firstDate(), LAST_REPORT, Recurrence.MAX_OCCURRENCES)) {
            LocalDate day = start.toLocalDate();
            Instant at = start.toInstant();
            long occurrence = occurrences.insert(sql, new OccurrenceRecord(0, series.id(), day, at, OccurrenceState.ENDED, at,
                    at.plusSeconds(60L * (25 + random.nextInt(10))), null, null, "Generated notes",
                    "# " + series.title() + " — " + day + "\n\nGenerated minutes."));
            Long owner = series.attendeeIds().get(random.nextInt(series.attendeeIds().size()));
            boolean longAgo = day.isBefore(LAST_REPORT.minusWeeks(3));
            actions.insert(sql, new ActionItem(0, series.programId(), occurrence, "Follow up #" + (++n) + " from " + day, owner,
                    day.plusDays(7), day, longAgo || random.nextBoolean() ? ActionStatus.DONE : ActionStatus.OPEN,
                    longAgo ? day.plusDays(random.nextInt(10)) : null));
            if (random.nextInt(4) == 0) {
                decisions.insert(sql, new Decision(0, series.programId(), occurrence, "Decision #" + n + " of " + day,
                        "Generated rationale", day, DecisionStatus.DECIDED, null));
            }
        }
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
