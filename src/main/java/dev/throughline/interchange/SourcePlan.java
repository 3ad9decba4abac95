package dev.throughline.interchange;

import dev.throughline.validation.TextRule;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as a file holds it (its text through the edge rule, {@link TextRule}), before it is matched to the workspace: tasks in outline order, links
 * between them and resources. Read by {@link ProjectFileReader} (MPXJ) or {@link CsvMilestones}.
 */
public record SourcePlan(String fileName, String format, String title, String manager, List<SourceTask> tasks,
                         List<SourceLink> links, List<SourceResource> resources, List<SourceRaid> raid) {

    public SourcePlan {
        title = TextRule.clean(title);
        manager = TextRule.clean(manager);
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        resources = List.copyOf(resources);
        raid = List.copyOf(raid);
    }

    /** What a task is in its file; the user chooses which kinds become milestones. */
    public enum TaskKind {
        MILESTONE("Milestones and zero-duration tasks"),
        SUMMARY("Summary tasks (at their finish)"),
        TASK("Every other task (at its finish, with its start as work window)");

        private final String label;

        TaskKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * {@code ref} is unique in the file; {@code parentRef} is null at the top level; {@code where} says
     * where the task sits in the file for messages ("task 12", "line 37").
     */
    public record SourceTask(String ref, String name, int outlineLevel, String parentRef, TaskKind kind,
                             LocalDate start, LocalDate finish, LocalDate baselineFinish, LocalDate deadline,
                             LocalDate actualFinish, int percentComplete, String notes, List<String> resourceRefs,
                             String workstream, String where) {

        public SourceTask {
            name = TextRule.clean(name);
            notes = TextRule.clean(notes);
            workstream = TextRule.clean(workstream);
            resourceRefs = List.copyOf(resourceRefs);
        }
    }

    /** Successor waits on predecessor; type is FS/SS/FF/SF; lag in whole days (may be negative). */
    public record SourceLink(String predecessorRef, String successorRef, String type, int lagDays) {
    }

    /**
     * {@code work} is false for material and cost resources, which are not people. The directory
     * fields (role, function, zone, hours, handles) are blank when the file does not say.
     */
    public record SourceResource(String ref, String name, String email, boolean work, String role, String function,
                                 String zone, String workStart, String workEnd, String slack, String gitlab,
                                 String where) {

        public SourceResource {
            name = TextRule.clean(name);
            email = TextRule.clean(email);
            role = TextRule.clean(role);
            function = TextRule.clean(function);
            zone = TextRule.clean(zone);
            workStart = TextRule.clean(workStart);
            workEnd = TextRule.clean(workEnd);
            slack = TextRule.clean(slack);
            gitlab = TextRule.clean(gitlab);
        }

        public static SourceResource of(String ref, String name, String email, boolean work) {
            return new SourceResource(ref, name, email, work, "", "", "", "", "", "", "", "resource " + ref);
        }
    }

    /** A RAID row of a CSV file, text as written; {@code owner} is a person's name or email. */
    public record SourceRaid(String type, String title, String probability, String impact, String owner,
                             String status, java.time.LocalDate review, String mitigation, String where) {

        public SourceRaid {
            type = TextRule.clean(type);
            title = TextRule.clean(title);
            probability = TextRule.clean(probability);
            impact = TextRule.clean(impact);
            owner = TextRule.clean(owner);
            status = TextRule.clean(status);
            mitigation = TextRule.clean(mitigation);
        }
    }
}
