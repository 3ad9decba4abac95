package dev.throughline.interchange;

import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Person;
import dev.throughline.store.OutputTarget;
import dev.throughline.text.SharedText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.RelationType;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIWriter;

/**
 * A program as MS Project XML (MSPDI) through MPXJ's writer: a standard working calendar, one summary
 * task per workstream, each milestone a task (zero duration without a work window), owners as
 * resources, dependencies with their type and lag in days. Dependencies on other programs are left out.
 */
public final class MspdiExport {

    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(17, 0);

    private MspdiExport() {
    }

    public static void write(ProgramData data, OutputTarget out) {
        ProjectFile project = toProject(data);
        out.write(stream -> new MSPDIWriter().write(project, stream));
    }

    public static ProjectFile toProject(ProgramData data) {
        ProjectFile project = new ProjectFile();
        ProjectCalendar calendar = project.addDefaultBaseCalendar();
        project.setDefaultCalendar(calendar);
        var properties = project.getProjectProperties();
        properties.setProjectTitle(xml(data.program().name()));
        properties.setName(xml(data.program().key()));
        properties.setManager(xml(data.personName(data.program().tpgmId())));
        properties.setDefaultStartTime(DAY_START);
        properties.setDefaultEndTime(DAY_END);
        LocalDate start = data.program().start() != null ? data.program().start()
                : data.milestones().stream().map(Milestone::effectiveStart).min(Comparator.naturalOrder()).orElse(LocalDate.now());
        properties.setStartDate(start.atTime(DAY_START));

        Map<Long, Resource> resources = new HashMap<>();
        for (Milestone m : data.milestones()) {
            if (m.ownerId() != null && !resources.containsKey(m.ownerId())) {
                Person person = data.people().get(m.ownerId());
                if (person != null) {
                    Resource resource = project.addResource();
                    resource.setName(xml(person.name()));
                    if (!person.email().isBlank()) {
                        resource.setEmailAddress(xml(person.email()));
                    }
                    resources.put(person.id(), resource);
                }
            }
        }
        // MSPDI keeps the outline as task order plus outline level: each summary is followed by its children.
        Map<Long, List<Milestone>> byStream = new HashMap<>();
        for (Milestone m : data.milestones()) {
            byStream.computeIfAbsent(m.workstreamId(), k -> new java.util.ArrayList<>()).add(m);
        }
        Map<Long, Task> tasks = new HashMap<>();
        for (Workstream w : data.workstreams()) {
            Task summary = project.addTask();
            summary.setName(xml(w.name()));
            List<Milestone> children = byStream.getOrDefault(w.id(), List.of());
            for (Milestone m : children) {
                tasks.put(m.id(), milestoneTask(summary.addTask(), m, calendar, resources));
            }
            if (children.isEmpty()) {
                summary.setStart(start.atTime(DAY_START));
                summary.setFinish(start.atTime(DAY_START));
                summary.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
            } else {
                summary.setSummary(true);
                spanChildren(summary, calendar);
            }
        }
        for (Milestone m : byStream.getOrDefault(null, List.of())) {
            tasks.put(m.id(), milestoneTask(project.addTask(), m, calendar, resources));
        }
        for (Dependency d : data.dependencies()) {
            Task predecessor = tasks.get(d.predecessorId());
            Task successor = tasks.get(d.successorId());
            if (predecessor != null && successor != null) {
                successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(type(d))
                        .lag(Duration.getInstance(d.lagDays(), TimeUnit.DAYS)));
            }
        }
        return project;
    }

    private static Task milestoneTask(Task task, Milestone m, ProjectCalendar calendar, Map<Long, Resource> resources) {
        fill(task, m, calendar);
        Resource owner = m.ownerId() == null ? null : resources.get(m.ownerId());
        if (owner != null) {
            task.addResourceAssignment(owner);
        }
        return task;
    }

    private static void fill(Task task, Milestone m, ProjectCalendar calendar) {
        task.setName(xml(m.title()));
        boolean window = m.start() != null && m.start().isBefore(m.forecast());
        if (window) {
            LocalDateTime from = m.start().atTime(DAY_START);
            LocalDateTime to = m.forecast().atTime(DAY_END);
            task.setStart(from);
            task.setFinish(to);
            task.setDuration(calendar.getDuration(from, to));
        } else {
            task.setStart(m.forecast().atTime(DAY_START));
            task.setFinish(m.forecast().atTime(DAY_START));
            task.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
            task.setMilestone(true);
        }
        if (m.baseline() != null) {
            task.setBaselineFinish(m.baseline().atTime(window ? DAY_END : DAY_START));
        }
        if (m.deadline() != null) {
            task.setDeadline(m.deadline().atTime(DAY_END));
        }
        if (m.status() == MilestoneStatus.DONE) {
            task.setPercentageComplete(100);
            LocalDate actual = m.actual() == null ? m.forecast() : m.actual();
            task.setActualStart((window ? m.start() : actual).atTime(DAY_START));
            task.setActualFinish(actual.atTime(window ? DAY_END : DAY_START));
        } else if (m.status() == MilestoneStatus.IN_PROGRESS) {
            task.setPercentageComplete(50);
        } else {
            task.setPercentageComplete(0);
        }
        if (!m.notes().isBlank()) {
            task.setNotes(xml(m.notes()));
        }
    }

    private static void spanChildren(Task summary, ProjectCalendar calendar) {
        List<Task> children = summary.getChildTasks();
        if (children.isEmpty()) {
            return;
        }
        LocalDateTime from = children.stream().map(Task::getStart).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime to = children.stream().map(Task::getFinish).max(Comparator.naturalOrder()).orElseThrow();
        summary.setStart(from);
        summary.setFinish(to);
        summary.setDuration(calendar.getDuration(from, to));
    }

    /** What XML 1.0 can hold of user text, without bidi controls: stored text from before the edge rule too. */
    private static String xml(String text) {
        return SharedText.xml(text);
    }

    private static RelationType type(Dependency d) {
        return switch (d.type()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }

}
