package dev.throughline.interchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.RelationType;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceType;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;

/**
 * The engineering plan behind the committed sample files (plan.xml, plan.planner.xml, plan.mpx):
 *
 * <pre>
 * Backend (summary)      API design 2026-01-05..01-09 (Ana), API ready 01-12 milestone (Ana)
 * Frontend (summary)     UI build 01-14..01-27 (Bo), UI done 01-28 milestone (Bo, deadline 01-30)
 * Launch 02-02 milestone (top level, no workstream)
 * API ready -> UI done FS +2d; API design -> UI build SS -1d; UI done -> Launch FF +3d
 * Resources: Ana Lima (ana@example.com), Bo Chen (bo@example.com), Concrete (material)
 * Manager: Maya Okafor
 * </pre>
 */
public final class SamplePlans {

    static final LocalDate D = LocalDate.of(2026, 1, 5);

    private SamplePlans() {
    }

    static ProjectFile engineeringPlan() {
        ProjectFile project = new ProjectFile();
        ProjectCalendar calendar = project.addDefaultBaseCalendar();
        project.setDefaultCalendar(calendar);
        project.getProjectProperties().setProjectTitle("Checkout redesign");
        project.getProjectProperties().setManager("Maya Okafor");
        project.getProjectProperties().setStartDate(at(D, 8));

        Resource ana = resource(project, "Ana Lima", "ana@example.com", ResourceType.WORK);
        Resource bo = resource(project, "Bo Chen", "bo@example.com", ResourceType.WORK);
        resource(project, "Concrete", null, ResourceType.MATERIAL);

        Task backend = summary(project, "Backend");
        Task design = task(backend, "API design", D, D.plusDays(4), calendar);
        Task apiReady = milestone(backend, "API ready", D.plusDays(7));
        Task frontend = summary(project, "Frontend");
        Task build = task(frontend, "UI build", D.plusDays(9), D.plusDays(22), calendar);
        Task uiDone = milestone(frontend, "UI done", D.plusDays(23));
        uiDone.setDeadline(at(D.plusDays(25), 17));
        Task launch = milestone(project.addTask(), "Launch", D.plusDays(28));
        design.addResourceAssignment(ana);
        apiReady.addResourceAssignment(ana);
        build.addResourceAssignment(bo);
        uiDone.addResourceAssignment(bo);
        span(backend, calendar);
        span(frontend, calendar);
        link(apiReady, uiDone, RelationType.FINISH_START, 2);
        link(design, build, RelationType.START_START, -1);
        link(uiDone, launch, RelationType.FINISH_FINISH, 3);
        return project;
    }

    /** {@code count} tasks in summaries of 50, every tenth a milestone, each linked FS +1d to the one before. */
    public static ProjectFile largePlan(int count) {
        ProjectFile project = new ProjectFile();
        ProjectCalendar calendar = project.addDefaultBaseCalendar();
        project.setDefaultCalendar(calendar);
        project.getProjectProperties().setProjectTitle("Large plan");
        project.getProjectProperties().setManager("Maya Okafor");
        Task summary = null;
        Task previous = null;
        for (int i = 0; i < count; i++) {
            if (i % 50 == 0) {
                summary = summary(project, "Stream " + (i / 50 + 1));
            }
            LocalDate day = D.plusDays(i / 5);
            Task task = i % 10 == 9 ? milestone(summary, "Milestone " + i, day)
                    : task(summary, "Task " + i, day, day.plusDays(2), calendar);
            if (previous != null) {
                link(previous, task, RelationType.FINISH_START, 1);
            }
            previous = task;
        }
        for (Task s : project.getChildTasks()) {
            span(s, calendar);
        }
        return project;
    }

    private static Resource resource(ProjectFile project, String name, String email, ResourceType type) {
        Resource r = project.addResource();
        r.setName(name);
        r.setType(type);
        if (email != null) {
            r.setEmailAddress(email);
        }
        return r;
    }

    private static Task summary(ProjectFile project, String name) {
        Task t = project.addTask();
        t.setName(name);
        t.setSummary(true);
        return t;
    }

    private static Task task(Task parent, String name, LocalDate start, LocalDate finish, ProjectCalendar calendar) {
        Task t = parent.addTask();
        t.setName(name);
        t.setStart(at(start, 8));
        t.setFinish(at(finish, 17));
        t.setDuration(calendar.getDuration(t.getStart(), t.getFinish()));
        t.setPercentageComplete(0);
        return t;
    }

    private static Task milestone(Task parent, String name, LocalDate day) {
        Task t = parent.getName() == null && parent.getChildTasks().isEmpty() && !parent.getSummary() ? parent : parent.addTask();
        t.setName(name);
        t.setStart(at(day, 8));
        t.setFinish(at(day, 8));
        t.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
        t.setMilestone(true);
        t.setPercentageComplete(0);
        return t;
    }

    private static void span(Task summary, ProjectCalendar calendar) {
        LocalDateTime from = summary.getChildTasks().stream().map(Task::getStart).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime to = summary.getChildTasks().stream().map(Task::getFinish).max(LocalDateTime::compareTo).orElseThrow();
        summary.setStart(from);
        summary.setFinish(to);
        summary.setDuration(calendar.getDuration(from, to));
    }

    private static void link(Task predecessor, Task successor, RelationType type, int lagDays) {
        successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(type)
                .lag(Duration.getInstance(lagDays, TimeUnit.DAYS)));
    }

    static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }
}
