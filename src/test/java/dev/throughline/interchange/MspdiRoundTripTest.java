package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.InterchangeService.ExportFormat;
import dev.throughline.interchange.InterchangeService.ImportResult;
import dev.throughline.interchange.SourcePlan.TaskKind;
import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneStatus;
import dev.throughline.milestone.Workstream;
import dev.throughline.program.Program;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.reader.UniversalProjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sample program out to MSPDI and back in as a new program: the plan must come back the same. */
class MspdiRoundTripTest {

    @TempDir
    Path folder;

    /** What a TPgM compares: title, workstream, owner, dates, status and notes. */
    private record Shape(String title, String workstream, String owner, String start, String forecast, String baseline,
                         String deadline, String actual, MilestoneStatus status, String notes) {
    }

    private static Set<Shape> shapes(Workspace w, long programId) {
        Map<Long, String> streams = w.milestones().workstreams(programId).stream()
                .collect(Collectors.toMap(Workstream::id, Workstream::name));
        return w.milestones().milestones(programId).stream().filter(m -> m.status() != MilestoneStatus.CANCELLED)
                .map(m -> new Shape(m.title(), streams.get(m.workstreamId()),
                        m.ownerId() == null ? null : w.people().get(m.ownerId()).name(), String.valueOf(m.start()),
                        m.forecast().toString(), String.valueOf(m.baseline()), String.valueOf(m.deadline()),
                        String.valueOf(m.actual()), m.status(), m.notes()))
                .collect(Collectors.toSet());
    }

    private static Set<String> links(Workspace w, long programId) {
        Map<Long, String> titles = w.milestones().milestones(programId).stream()
                .collect(Collectors.toMap(Milestone::id, Milestone::title));
        return w.milestones().dependencies(programId).stream()
                .filter(d -> titles.containsKey(d.predecessorId()) && titles.containsKey(d.successorId()))
                .map(d -> titles.get(d.predecessorId()) + " -> " + titles.get(d.successorId()) + " " + d.type() + " " + d.lagDays())
                .collect(Collectors.toSet());
    }

    @Test
    void aSampleProgramComesBackTheSame() {
        try (Workspace w = Workspace.open(folder.resolve("w.db"))) {
            w.sample().load();
            Program original = w.programs().all().stream()
                    .max((a, b) -> Integer.compare(w.milestones().dependencies(a.id()).size(), w.milestones().dependencies(b.id()).size()))
                    .orElseThrow();
            Path file = folder.resolve(original.key() + ".xml");
            w.interchange().export(original.id(), ExportFormat.MSPDI, file);

            InterchangeService service = w.interchange();
            ImportResult back = service.importSource(service.source(service.inspect(file), null),
                    new ImportOptions(new ImportTarget.NewProgram("RT-1", null, null), EnumSet.of(TaskKind.MILESTONE, TaskKind.TASK)));

            assertFalse(links(w, original.id()).isEmpty(), "the chosen program has dependencies inside it");
            assertEquals(links(w, original.id()), links(w, back.programId()));
            assertEquals(shapes(w, original.id()), shapes(w, back.programId()));
            assertEquals(w.people().get(original.tpgmId()).name(), w.people().get(w.programs().get(back.programId()).tpgmId()).name(),
                    "the TPgM is written as the project manager and matched back");
            assertEquals(w.milestones().workstreams(original.id()).stream().map(Workstream::name).toList(),
                    w.milestones().workstreams(back.programId()).stream().map(Workstream::name).toList());
        }
    }

    @Test
    void theFileHasAValidWorkingCalendarAndKeepsLagInDays() throws Exception {
        try (Workspace w = Workspace.open(folder.resolve("w.db"))) {
            w.sample().load();
            Program program = w.programs().all().get(0);
            Path file = folder.resolve("out.xml");
            w.interchange().export(program.id(), ExportFormat.MSPDI, file);

            ProjectFile project = new UniversalProjectReader().read(file.toFile());
            assertNotNull(project.getDefaultCalendar(), "a default calendar");
            assertTrue(project.getDefaultCalendar().isWorkingDate(java.time.LocalDate.of(2026, 3, 2)), "Monday works");
            assertFalse(project.getDefaultCalendar().isWorkingDate(java.time.LocalDate.of(2026, 3, 1)), "Sunday does not");
            assertEquals(project.getDefaultCalendar().getUniqueID(), project.getProjectProperties().getDefaultCalendarUniqueID());
            List<Dependency> deps = w.milestones().dependencies(program.id());
            long withLag = deps.stream().filter(d -> d.lagDays() != 0).count();
            long lagInFile = project.getTasks().stream().flatMap(t -> t.getPredecessors().stream())
                    .filter(r -> r.getLag() != null && r.getLag().getDuration() != 0).count();
            assertTrue(lagInFile >= Math.min(1, withLag));
        }
    }
}
