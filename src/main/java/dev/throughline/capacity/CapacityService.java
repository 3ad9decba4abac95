package dev.throughline.capacity;

import dev.throughline.intake.Criticality;
import dev.throughline.meeting.MeetingService;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.milestone.MilestoneRow;
import dev.throughline.milestone.MilestoneService;
import dev.throughline.people.PeopleService;
import dev.throughline.people.Person;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramService;
import dev.throughline.program.ProgramStatus;
import dev.throughline.raci.PersonLoad;
import dev.throughline.raci.RaciService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team's bandwidth, read from the plan: running programs (planned or active, not archived) per TPgM,
 * the syncs they attend per week (occurrences in the next four weeks, divided by four), and their A/R
 * load from the RACI. Read-only. Blocking: call off the FX thread.
 */
public final class CapacityService {

    static final int SYNC_WEEKS = 4;

    private final PeopleService people;
    private final ProgramService programs;
    private final MilestoneService milestones;
    private final MeetingService meetings;
    private final RaciService raci;

    public CapacityService(PeopleService people, ProgramService programs, MilestoneService milestones,
                           MeetingService meetings, RaciService raci) {
        this.people = people;
        this.programs = programs;
        this.milestones = milestones;
        this.meetings = meetings;
        this.raci = raci;
    }

    /** A TPgM: someone whose role says TPgM, or who runs a program that is not archived. */
    public List<Capacity.Row> rows() {
        List<Program> all = programs.all();
        Map<Long, List<MilestoneRow>> plan = milestones.portfolioRows();
        Map<Long, Integer> ar = new HashMap<>();
        for (PersonLoad.Row row : raci.load()) {
            ar.put(row.personId(), row.deliverables());
        }
        Map<Long, List<Capacity.ProgramLoad>> running = new LinkedHashMap<>();
        Map<Long, Double> syncs = new HashMap<>();
        LocalDate today = meetings.today();
        for (Program p : all) {
            if (p.archived() || !(p.status() == ProgramStatus.ACTIVE || p.status() == ProgramStatus.PLANNED)) {
                continue;
            }
            int open = (int) plan.getOrDefault(p.id(), List.of()).stream()
                    .filter(r -> !r.milestone().status().isSettled()).count();
            running.computeIfAbsent(p.tpgmId(), k -> new ArrayList<>()).add(new Capacity.ProgramLoad(p.id(), p.key(),
                    Capacity.Size.ofOpenMilestones(open), Criticality.of(p.priority())));
            for (MeetingSeries s : meetings.series(p.id())) {
                int count = meetings.occurrences(s, today, today.plusWeeks(SYNC_WEEKS).minusDays(1), 100).size();
                for (Long attendee : s.attendeeIds()) {
                    syncs.merge(attendee, count / (double) SYNC_WEEKS, Double::sum);
                }
            }
        }
        List<Capacity.Facts> facts = new ArrayList<>();
        for (Person person : people.all()) {
            boolean tpgm = person.role().toLowerCase(Locale.ROOT).contains("tpgm")
                    || all.stream().anyMatch(p -> !p.archived() && p.tpgmId() == person.id());
            if (tpgm) {
                facts.add(new Capacity.Facts(person.id(), person.name(), running.getOrDefault(person.id(), List.of()),
                        syncs.getOrDefault(person.id(), 0.0), ar.getOrDefault(person.id(), 0)));
            }
        }
        return Capacity.rows(facts);
    }

    public Capacity.Suggestion suggest(double weight) {
        return Capacity.suggest(rows(), weight);
    }
}
