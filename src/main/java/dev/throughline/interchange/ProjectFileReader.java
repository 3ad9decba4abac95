package dev.throughline.interchange;

import dev.throughline.interchange.SourcePlan.SourceLink;
import dev.throughline.interchange.SourcePlan.SourceResource;
import dev.throughline.interchange.SourcePlan.SourceTask;
import dev.throughline.interchange.SourcePlan.TaskKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.mpxj.Duration;
import net.sf.mpxj.MPXJException;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.ResourceType;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mpp.MPPReader;
import net.sf.mpxj.openplan.OpenPlanReader;
import net.sf.mpxj.reader.UniversalProjectReader;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads any project file MPXJ's universal reader opens (MSPDI XML, .mpp, GanttProject .gan, Planner
 * XML, MPX, Primavera XER/PMXML, ...) into a {@link SourcePlan}. XML goes through {@link XmlGuard}
 * first; every failure becomes one {@link ImportFileException} naming the file.
 */
public final class ProjectFileReader {

    private ProjectFileReader() {
    }

    public static SourcePlan read(Path file) {
        List<SourceLink> ganLinks = new ArrayList<>();
        ProjectFile project = readProject(file, ganLinks);
        return toSource(file, project, ganLinks);
    }

    /** MPXJ alone, after the XML guard: what the benchmark compares against. */
    public static ProjectFile readProject(Path file) {
        return readProject(file, new ArrayList<>());
    }

    private static ProjectFile readProject(Path file, List<SourceLink> ganLinks) {
        String name = file.getFileName().toString();
        try {
            ProjectFile project = switch (SourceFile.check(file)) {
                case ZIP -> readZip(file, ganLinks);
                case OLE -> readCompound(file);
                case SQLITE -> throw new ImportFileException(name, null, "is a SQLite database of another application,"
                        + " not a project plan Throughline can read");
                case OTHER_BINARY_ARCHIVE -> null;
                case THROUGHLINE_WORKSPACE, OTHER -> readPlain(file, ganLinks);
            };
            if (project == null) {
                throw new ImportFileException(name, null, NOT_A_PLAN);
            }
            return project;
        } catch (MPXJException | RuntimeException e) {
            if (e instanceof ImportFileException known) {
                throw known;
            }
            String where = where(e);
            throw new ImportFileException(name, where, (where == null ? "cannot be read as a project plan ("
                    : "not well-formed XML; is the file cut short? (") + reason(e) + ")", e);
        } catch (IOException e) {
            throw new ImportFileException(name, null, "cannot be read (" + e.getMessage() + ")", e);
        } catch (LinkageError e) {
            throw new ImportFileException(name, null, "this kind of file needs a reader this build leaves out (" + e.getMessage() + ")", e);
        }
    }

    private static final String NOT_A_PLAN = "not a project plan Throughline can read (MS Project .mpp or XML,"
            + " GanttProject .gan, Planner, MPX, Primavera XER/PMXML, or CSV)";

    /**
     * A file MPXJ reads in place. The kinds it would first copy or unpack into the shared temporary folder
     * (zip, OLE, SQLite, Access, programs) never get here: see {@link SourceFile.Kind}.
     */
    private static ProjectFile readPlain(Path file, List<SourceLink> ganLinks) throws MPXJException, IOException {
        if (XmlGuard.looksLikeXml(file)) {
            ganLinks.addAll(XmlGuard.check(file));
        }
        return new UniversalProjectReader().read(file.toFile());
    }

    /** An .mpp read where it is, read-only, rather than through the copy MPXJ would leave in the temporary folder. */
    private static ProjectFile readCompound(Path file) throws MPXJException, IOException {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            if (ole.getRoot().getEntryNames().contains("SourceInfo")) {
                return new OpenPlanReader().read(ole);
            }
            String format = MPPReader.getFileFormat(ole);
            return format != null && format.startsWith("MSProject") ? new MPPReader().read(ole) : null;
        }
    }

    /** A zipped plan: unpacked within limits into a private folder that is removed afterwards. */
    private static ProjectFile readZip(Path file, List<SourceLink> ganLinks) throws IOException {
        try (PrivateTemp temp = PrivateTemp.create()) {
            for (Path inside : ZipSource.unpack(file, temp.folder())) {
                List<SourceLink> links = new ArrayList<>();
                ProjectFile project = readInside(inside, links);
                if (project != null) {
                    ganLinks.addAll(links);
                    return project;
                }
            }
            return null;
        }
    }

    /** A file from a zip: plain files and .mpp only (no archive inside an archive); unreadable ones are passed over. */
    private static ProjectFile readInside(Path inside, List<SourceLink> ganLinks) {
        try {
            return switch (SourceFile.check(inside)) {
                case OLE -> readCompound(inside);
                case OTHER -> readPlain(inside, ganLinks);
                default -> null;
            };
        } catch (MPXJException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The line and column of the XML parser's complaint, when there is one in the cause chain. */
    static String where(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException sax && sax.getLineNumber() > 0) {
                return "line " + sax.getLineNumber() + ", column " + sax.getColumnNumber();
            }
            if (t instanceof jakarta.xml.bind.UnmarshalException u && u.getLinkedException() != null
                    && u.getLinkedException() != t) {
                String linked = where(u.getLinkedException());
                if (linked != null) {
                    return linked;
                }
            }
        }
        return null;
    }

    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }

    static SourcePlan toSource(Path file, ProjectFile project, List<SourceLink> ganLinks) {
        List<SourceTask> tasks = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (Task task : project.getTasks()) {
            if (isPlanTask(task)) {
                tasks.add(task(task));
                kept.add(ref(task));
            }
        }
        List<SourceLink> links = new ArrayList<>();
        for (SourceLink link : ganLinks) {
            if (kept.contains(link.predecessorRef()) && kept.contains(link.successorRef())) {
                links.add(link);
            }
        }
        for (Task task : ganLinks.isEmpty() ? project.getTasks() : List.<Task>of()) {
            if (!kept.contains(ref(task))) {
                continue;
            }
            for (Relation relation : task.getPredecessors()) {
                Task predecessor = relation.getPredecessorTask();
                if (predecessor != null && kept.contains(ref(predecessor))) {
                    links.add(new SourceLink(ref(predecessor), ref(task), type(relation), lagDays(project, relation.getLag())));
                }
            }
        }
        List<SourceResource> resources = new ArrayList<>();
        for (Resource resource : project.getResources()) {
            String name = resource.getName();
            if (resource.getUniqueID() == null || name == null || name.isBlank()) {
                continue;
            }
            resources.add(SourceResource.of("r" + resource.getUniqueID(), name.strip(), blank(resource.getEmailAddress()),
                    resource.getType() == null || resource.getType() == ResourceType.WORK));
        }
        var properties = project.getProjectProperties();
        String title = firstNonBlank(properties.getProjectTitle(), properties.getName(), stem(file));
        String format = firstNonBlank((blank(properties.getFileApplication()) + " " + blank(properties.getFileType())).strip(),
                "project file");
        return new SourcePlan(file.getFileName().toString(), format, title, blank(properties.getManager()), tasks, links,
                resources, List.of());
    }

    private static boolean isPlanTask(Task task) {
        Integer level = task.getOutlineLevel();
        boolean projectSummary = (level != null && level == 0) || (task.getUniqueID() != null && task.getUniqueID() == 0
                && task.getParentTask() == null && task.hasChildTasks() && level == null);
        return !projectSummary && !task.getNull() && task.getUniqueID() != null;
    }

    private static SourceTask task(Task task) {
        Task top = task;
        while (top.getParentTask() != null && isPlanTask(top.getParentTask())) {
            top = top.getParentTask();
        }
        String workstream = top.hasChildTasks() ? blank(top.getName()) : "";
        Task parent = task.getParentTask();
        List<String> resources = new ArrayList<>();
        for (ResourceAssignment assignment : task.getResourceAssignments()) {
            Resource resource = assignment.getResource();
            if (resource != null && resource.getUniqueID() != null) {
                resources.add("r" + resource.getUniqueID());
            }
        }
        Number percent = task.getPercentageComplete();
        return new SourceTask(ref(task), blank(task.getName()), task.getOutlineLevel() == null ? 1 : task.getOutlineLevel(),
                parent == null || !isPlanTask(parent) ? null : ref(parent), kind(task), date(task.getStart()),
                date(task.getFinish()), date(task.getBaselineFinish()), date(task.getDeadline()),
                date(task.getActualFinish()), percent == null ? 0 : percent.intValue(), blank(task.getNotes()), resources,
                workstream.isEmpty() ? null : workstream, "task " + (task.getID() == null ? task.getUniqueID() : task.getID()));
    }

    private static TaskKind kind(Task task) {
        if (task.getSummary() || task.hasChildTasks()) {
            return TaskKind.SUMMARY;
        }
        Duration duration = task.getDuration();
        boolean zero = duration != null && duration.getDuration() == 0;
        return task.getMilestone() || zero ? TaskKind.MILESTONE : TaskKind.TASK;
    }

    private static String type(Relation relation) {
        if (relation.getType() == null) {
            return "FS";
        }
        return switch (relation.getType()) {
            case START_START -> "SS";
            case FINISH_FINISH -> "FF";
            case START_FINISH -> "SF";
            default -> "FS";
        };
    }

    static int lagDays(ProjectFile project, Duration lag) {
        if (lag == null || lag.getDuration() == 0) {
            return 0;
        }
        TimeUnit units = lag.getUnits();
        TimeUnit target = units != null && units.name().startsWith("ELAPSED") ? TimeUnit.ELAPSED_DAYS : TimeUnit.DAYS;
        double days = lag.convertUnits(target, project.getProjectProperties()).getDuration();
        return (int) Math.round(days);
    }

    private static String ref(Task task) {
        return "t" + task.getUniqueID();
    }

    private static LocalDate date(LocalDateTime value) {
        return value == null ? null : value.toLocalDate();
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
