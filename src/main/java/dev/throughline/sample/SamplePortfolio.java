package dev.throughline.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sample portfolio shipped in resources/sample/portfolio.json, as plain data. */
public record SamplePortfolio(List<SamplePerson> people, List<SampleProgram> programs,
                              List<SampleDependency> dependencies, String baselineName, List<SampleIntake> intake) {

    /**
     * An intake request. Open ones give {@code workingHoursAgo} (received that much team working time before
     * the sample is loaded, so the response clock shows every state); answered ones give fixed instants.
     * {@code program} is the key of the sample program an accepted request became.
     */
    public record SampleIntake(String requester, String initiative, String problem, String outcome, String complexity,
                               List<String> functions, String otherFunctions, String criticality, String desired,
                               List<String> links, String channel, Integer workingHoursAgo, String received,
                               String firstResponse, String status, String note, String program) {
    }

    public record SamplePerson(String ref, String name, String role, String function, String email, String slack,
                               String gitlab, String zone, String workStart, String workEnd) {
    }

    public record SampleProgram(String key, String name, String objective, String status, String health,
                                String healthReason, String tpgm, String sponsor, String start, String target,
                                String priority, String channel, List<String> links,
                                List<SampleObjective> objectives, List<String> workstreams,
                                List<SampleMilestone> milestones, SampleRaci raci,
                                List<SampleRaid> raid, List<SampleSync> syncs, List<SampleSnapshot> snapshots) {
    }

    /**
     * A status snapshot of the program's past. Its frozen plan is today's plan as it stood then:
     * {@code forecasts} gives the forecast a milestone had (by ref; others as today), a milestone done
     * after {@code takenAt} was still open, {@code raid} overrides an item's probability, impact or
     * status (by ref), and items in {@code absent} did not exist yet. {@code health} is null for the
     * suggested one; a different one needs {@code reason}.
     */
    public record SampleSnapshot(String takenAt, String health, String reason, String summary,
                                 String accomplishments, String nextSteps, String asks,
                                 java.util.Map<String, String> forecasts, java.util.Map<String, SampleRaidThen> raid,
                                 List<String> absent) {
    }

    /** A RAID item's state in an earlier snapshot; null fields are as today. */
    public record SampleRaidThen(Integer probability, Integer impact, String status) {
    }

    /** A recurring sync: RFC 5545 rule, first date, local start time in {@code zone}, attendees by ref. */
    public record SampleSync(String title, String rrule, String first, String time, String zone, int minutes,
                             boolean asyncFirst, List<String> skipped, List<String> attendees, List<SampleHeld> held) {
    }

    /** A sync that already ran: who came, each agenda item with seconds spent and outcome, decisions, actions. */
    public record SampleHeld(String date, List<String> present, String notes, List<SampleItem> items,
                             List<SampleDecision> decisions, List<SampleAction> actions) {
    }

    /** {@code state}: done, carried, async or dropped; "Carried over" items came from the sync before. */
    public record SampleItem(String section, String text, int minutes, int spent, String state, String outcome) {
    }

    /** {@code supersedes}: the title of an earlier decision of the same program. */
    public record SampleDecision(String title, String rationale, String status, String supersedes) {
    }

    /** {@code owner}: a person ref; {@code status}: open, done or dropped. */
    public record SampleAction(String title, String owner, String due, String status) {
    }

    /** Columns by person ref; each deliverable's roles map a person ref to "R", "A", "A/R", "C" or "I". */
    public record SampleRaci(List<String> members, List<SampleDeliverable> deliverables) {
    }

    /** {@code milestone} (optional) is the ref of a milestone of the same program. */
    public record SampleDeliverable(String title, String workstream, String milestone,
                                    java.util.LinkedHashMap<String, String> roles) {
    }

    public record SampleMilestone(String ref, String title, String workstream, String owner, String start,
                                  String baseline, String forecast, String actual, String deadline, String status,
                                  String notes) {
    }

    /**
     * A RAID item. {@code owner} is a person ref; {@code milestones} and a trigger's {@code milestone} are
     * "KEY/ref" (any program); {@code realisedFrom} is the ref of an earlier item of the same program.
     */
    public record SampleRaid(String ref, String type, String title, String cause, String event, String effect,
                             int probability, int impact, Integer residualProbability, Integer residualImpact,
                             String owner, String response, String mitigation, SampleTrigger trigger, String proximity,
                             String review, String status, List<String> milestones, String realisedFrom) {
    }

    /** {@code kind} is a TriggerKind name; {@code date} for milestone_later_than, {@code days} for dependency_not_done. */
    public record SampleTrigger(String kind, String milestone, String date, Integer days) {
    }

    /** {@code from} and {@code to} are "KEY/ref"; {@code from} is the predecessor. */
    public record SampleDependency(String from, String to, String type, int lag) {
    }

    public record SampleObjective(String text, String measure, String target, String current) {
    }

    private static final String RESOURCE = "/sample/portfolio.json";

    public static SamplePortfolio load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = SamplePortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample portfolio is missing from this build (" + RESOURCE + ").");
            }
            return mapper.readValue(in, SamplePortfolio.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample portfolio cannot be read", e);
        }
    }
}
