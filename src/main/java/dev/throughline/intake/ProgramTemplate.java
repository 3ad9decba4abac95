package dev.throughline.intake;

import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.program.Health;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.raci.RaciRole;
import dev.throughline.risk.Proximity;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import dev.throughline.risk.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The program an accepted request starts as: objective from the desired outcome, a workstream per function
 * involved (plus program management), a milestone skeleton ending on the desired date (or twelve weeks out),
 * a RACI skeleton (the TPgM owns the plan, the requester is Informed everywhere, the other rows wait for an
 * owner), a weekly sync, and starter risks. Pure: {@link ProgramFromIntakeCommand} writes it.
 */
public final class ProgramTemplate {

    public static final String PROGRAM_WORKSTREAM = "Program management";
    public static final int DEFAULT_WEEKS = 12;
    static final String SYNC_ZONE = "America/Los_Angeles";

    public record PlannedMilestone(String title, String workstream, LocalDate forecast) {
    }

    /** A RACI row: {@code roles} maps person id to the letters they hold. */
    public record PlannedDeliverable(String title, String workstream, Map<Long, List<RaciRole>> roles) {
    }

    public record PlannedRisk(String title, String cause, String event, String effect, int probability, int impact,
                              Response response, String mitigation, Proximity proximity, LocalDate review) {
        public RaidType type() {
            return RaidType.RISK;
        }

        public RaidStatus status() {
            return RaidStatus.OPEN;
        }
    }

    /** The weekly sync: title, RRULE, first date, local start time in {@link #SYNC_ZONE}, attendees. */
    public record PlannedSync(String title, String rrule, LocalDate first, String time, int minutes, List<Long> attendees) {
    }

    public record Plan(ProgramInput program, String objective, List<String> workstreams,
                       List<PlannedMilestone> milestones, List<Long> members, List<PlannedDeliverable> deliverables,
                       PlannedSync sync, List<PlannedRisk> risks) {
    }

    private ProgramTemplate() {
    }

    /** The plan for {@code request} accepted on {@code today}, run by {@code tpgm}, asked for by {@code requester}. */
    public static Plan plan(IntakeRequest request, String typedKey, Person tpgm, Person requester, LocalDate today) {
        String key = dev.throughline.program.ProgramValidator.normalizeKey(typedKey);
        LocalDate start = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate target = request.desiredDate() != null && request.desiredDate().isAfter(start.plusWeeks(2))
                ? request.desiredDate() : start.plusWeeks(DEFAULT_WEEKS);
        String objective = !request.outcome().isBlank() ? request.outcome() : request.problem();
        ProgramInput program = new ProgramInput(key, request.initiative(), firstLine(objective), ProgramStatus.PLANNED,
                Health.ON_TRACK, "", tpgm.id(), requester.id(), start, target, request.criticality().priority(),
                request.channel(), String.join("\n", request.links()));

        List<String> workstreams = new ArrayList<>();
        workstreams.add(PROGRAM_WORKSTREAM);
        for (Function f : Function.values()) {
            if (request.functions().contains(f)) {
                workstreams.add(workstream(f));
            }
        }
        for (String other : request.otherFunctions().split("\\s*,\\s*")) {
            if (!other.isBlank() && workstreams.stream().noneMatch(w -> w.equalsIgnoreCase(other.strip()))) {
                workstreams.add(other.strip());
            }
        }

        long weeks = ChronoUnit.WEEKS.between(start, target);
        LocalDate planned = start.plusWeeks(Math.max(1, Math.min(3, weeks / 4)));
        LocalDate ready = target.minusWeeks(Math.max(1, Math.min(2, weeks / 6)));
        if (!ready.isAfter(planned)) {
            ready = planned.plusDays(Math.max(1, ChronoUnit.DAYS.between(planned, target) / 2));
        }
        List<PlannedMilestone> milestones = new ArrayList<>();
        milestones.add(new PlannedMilestone("Kickoff", PROGRAM_WORKSTREAM, start));
        milestones.add(new PlannedMilestone("Plan signed off", PROGRAM_WORKSTREAM, planned));
        for (String w : workstreams.subList(1, workstreams.size())) {
            milestones.add(new PlannedMilestone(w + " ready", w, ready));
        }
        milestones.add(new PlannedMilestone("Launch", PROGRAM_WORKSTREAM, target));

        List<Long> members = tpgm.id() == requester.id() ? List.of(tpgm.id()) : List.of(tpgm.id(), requester.id());
        List<PlannedDeliverable> deliverables = new ArrayList<>();
        Map<Long, List<RaciRole>> planRoles = new LinkedHashMap<>();
        planRoles.put(tpgm.id(), List.of(RaciRole.A, RaciRole.R));
        if (requester.id() != tpgm.id()) {
            planRoles.put(requester.id(), List.of(RaciRole.I));
        }
        deliverables.add(new PlannedDeliverable("Program plan and weekly status", PROGRAM_WORKSTREAM, planRoles));
        for (String w : workstreams.subList(1, workstreams.size())) {
            Map<Long, List<RaciRole>> roles = new LinkedHashMap<>();
            roles.put(requester.id(), List.of(RaciRole.I));
            deliverables.add(new PlannedDeliverable(w + " deliverables", w, roles));
        }

        LocalDate firstSync = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        // Every series ends (the app refuses endless rules): the weekly sync runs until the target date.
        PlannedSync sync = new PlannedSync(key + " weekly sync",
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=" + target.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), firstSync,
                "10:00", 30, members);

        LocalDate review = start.plusWeeks(2);
        List<PlannedRisk> risks = new ArrayList<>();
        risks.add(new PlannedRisk("Owners not yet named for every workstream",
                "The program starts from an intake request", "workstreams have no Accountable owner",
                "decisions stall and dates are not committed", 3, 3, Response.REDUCE,
                "Name an Accountable and a Responsible for each RACI row before the plan is signed off",
                Proximity.IMMINENT, review));
        if (request.functionCount() >= 3) {
            risks.add(new PlannedRisk("Cross-functional dependencies not yet mapped",
                    request.functionCount() + " functions are involved", "hand-offs between them are discovered late",
                    "the launch date slips", 3, 4, Response.REDUCE,
                    "Map dependencies between workstreams in the first two syncs", Proximity.THIS_QUARTER, review));
        }
        if (weeks < 8) {
            risks.add(new PlannedRisk("Desired date leaves little room", "The requester needs it by " + target,
                    "only " + weeks + " weeks are left for planning, building and launch", "scope or quality is cut",
                    4, 4, Response.ESCALATE, "Agree a minimum launch scope with the requester at kickoff",
                    Proximity.IMMINENT, start.plusWeeks(1)));
        } else {
            risks.add(new PlannedRisk("Scope grows before the plan is signed off", "Several teams join the effort",
                    "new asks arrive after kickoff", "the desired date moves", 3, 3, Response.REDUCE,
                    "Freeze scope at plan sign-off; later asks go through the requester", Proximity.THIS_QUARTER, review));
        }
        return new Plan(program, objective, List.copyOf(workstreams), List.copyOf(milestones), members,
                List.copyOf(deliverables), sync, List.copyOf(risks));
    }

    /** A key for the program: the initiative's initials (2-4 letters) and the request number, like POP-12. */
    public static String suggestKey(IntakeRequest request) {
        StringBuilder letters = new StringBuilder();
        for (String word : request.initiative().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && letters.length() < 4
                    && !List.of("a", "an", "the", "of", "for", "and", "to", "in", "on").contains(word.toLowerCase(Locale.ROOT))) {
                letters.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        while (letters.length() < 2) {
            letters.append('X');
        }
        return letters + "-" + request.id();
    }

    static String workstream(Function f) {
        return switch (f) {
            case PM -> "Product";
            case GTM -> "Go-to-market";
            default -> f.label();
        };
    }

    private static String firstLine(String text) {
        String line = text.strip().split("\\R", 2)[0];
        return line.length() > 400 ? line.substring(0, 400) : line;
    }
}
