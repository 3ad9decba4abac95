package dev.throughline.interchange;

import dev.throughline.milestone.DependencyType;
import dev.throughline.milestone.Milestone;
import dev.throughline.people.Person;
import dev.throughline.program.Program;
import dev.throughline.risk.RaidItem;
import java.util.List;
import java.util.Map;

/**
 * What an import will do, shown before anything is written: one line per thing found in the file
 * (created, matched or skipped, and why), the problems that block it, and the rows to write. Rows
 * refer to each other by ref; {@link #existing} maps refs of matched things to their ids.
 */
public record ImportPlan(String fileName, String format, String programLabel, List<Line> lines, List<String> blockers,
                         Writes writes, Map<String, Long> existing) {

    public enum Action { CREATE, MATCH, SKIP }

    public enum Kind { PROGRAM, PERSON, WORKSTREAM, MILESTONE, DEPENDENCY, RAID_ITEM }

    public record Line(Action action, Kind kind, String name, String why) {
    }

    /** Ref of the program the import writes into (new or existing). */
    public static final String PROGRAM_REF = "program";

    public record NewPerson(String ref, Person person) {
    }

    /** The program's TPgM is {@code tpgmRef} (an existing or a new person). */
    public record NewProgram(Program program, String tpgmRef) {
    }

    public record NewWorkstream(String ref, int position, String name) {
    }

    /** The milestone's ids (own, program, workstream, owner) are filled in when written. */
    public record NewMilestone(String ref, String workstreamRef, String ownerRef, Milestone milestone) {
    }

    public record NewDependency(String predecessorRef, String successorRef, DependencyType type, int lagDays) {
    }

    public record NewRaidItem(String ownerRef, RaidItem item) {
    }

    public record Writes(NewProgram program, List<NewPerson> people, List<NewWorkstream> workstreams,
                         List<NewMilestone> milestones, List<NewDependency> dependencies, List<NewRaidItem> raid) {

        public Writes {
            people = List.copyOf(people);
            workstreams = List.copyOf(workstreams);
            milestones = List.copyOf(milestones);
            dependencies = List.copyOf(dependencies);
            raid = List.copyOf(raid);
        }

        public boolean isEmpty() {
            return program == null && people.isEmpty() && workstreams.isEmpty() && milestones.isEmpty()
                    && dependencies.isEmpty() && raid.isEmpty();
        }
    }

    public ImportPlan {
        lines = List.copyOf(lines);
        blockers = List.copyOf(blockers);
        existing = Map.copyOf(existing);
    }

    public boolean canImport() {
        return blockers.isEmpty() && !writes.isEmpty();
    }

    public long count(Action action, Kind kind) {
        return lines.stream().filter(l -> l.action() == action && l.kind() == kind).count();
    }

    public long count(Action action) {
        return lines.stream().filter(l -> l.action() == action).count();
    }

    /** "Creates 12 milestones, 3 workstreams, 4 people; matches 2 people; skips 5." */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Creates ").append(counts(Action.CREATE));
        String matched = counts(Action.MATCH);
        if (!matched.equals("nothing")) {
            out.append("; matches ").append(matched);
        }
        long skipped = count(Action.SKIP);
        if (skipped > 0) {
            out.append("; skips ").append(skipped);
        }
        return out.append('.').toString();
    }

    private String counts(Action action) {
        StringBuilder out = new StringBuilder();
        for (Kind kind : Kind.values()) {
            long n = count(action, kind);
            if (n > 0) {
                out.append(out.isEmpty() ? "" : ", ").append(n).append(' ').append(noun(kind, n));
            }
        }
        return out.isEmpty() ? "nothing" : out.toString();
    }

    static String noun(Kind kind, long n) {
        String one = switch (kind) {
            case PROGRAM -> "program";
            case PERSON -> "person";
            case WORKSTREAM -> "workstream";
            case MILESTONE -> "milestone";
            case DEPENDENCY -> "dependency";
            case RAID_ITEM -> "RAID item";
        };
        if (n == 1) {
            return one;
        }
        return switch (kind) {
            case PERSON -> "people";
            case DEPENDENCY -> "dependencies";
            default -> one + "s";
        };
    }
}
