package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.interchange.ImportPlan.Action;
import dev.throughline.interchange.ImportPlan.Kind;
import dev.throughline.interchange.InterchangeService.ImportResult;
import dev.throughline.interchange.SourcePlan.TaskKind;
import dev.throughline.milestone.Dependency;
import dev.throughline.milestone.DependencyType;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.mpxj.mspdi.MSPDIWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real sample files of each format, imported into a real workspace file. */
class ProjectImportTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Person ana;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        ana = workspace.people().create(new PersonInput("Ana Lima", "Staff engineer", Function.ENGINEERING,
                "ANA@example.com", "", "", "Europe/Lisbon", "09:00", "17:00"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    static Path sample(String name) {
        return Path.of("src/test/resources/interchange", name);
    }

    private ImportResult importFile(Path file, ImportTarget target, Set<TaskKind> kinds) {
        InterchangeService service = workspace.interchange();
        SourcePlan source = service.source(service.inspect(file), null);
        return service.importSource(source, new ImportOptions(target, kinds));
    }

    private Map<String, Milestone> milestonesByTitle(long programId) {
        return workspace.milestones().milestones(programId).stream().collect(Collectors.toMap(Milestone::title, m -> m));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.xml", "plan.planner.xml", "plan.mpx", "plan.gan"})
    void eachFormatBringsMilestonesWorkstreamsDependenciesAndPeople(String name) {
        ImportResult result = importFile(sample(name), new ImportTarget.NewProgram("CHK-1", null, "Ana Lima"),
                ImportOptions.defaultKinds());
        long programId = result.programId();
        assertEquals("CHK-1", workspace.programs().get(programId).key());

        Map<String, Milestone> m = milestonesByTitle(programId);
        assertEquals(Set.of("Backend", "API ready", "Frontend", "UI done", "Launch"), m.keySet(), name);
        assertEquals(LocalDate.of(2026, 1, 12), m.get("API ready").forecast(), name);
        assertEquals(LocalDate.of(2026, 1, 28), m.get("UI done").forecast(), name);
        assertEquals(LocalDate.of(2026, 2, 2), m.get("Launch").forecast(), name);

        Map<Long, String> streams = workspace.milestones().workstreams(programId).stream()
                .collect(Collectors.toMap(Workstream::id, Workstream::name));
        assertEquals(Set.of("Backend", "Frontend"), Set.copyOf(streams.values()), name);
        assertEquals("Backend", streams.get(m.get("API ready").workstreamId()), name);
        assertEquals("Frontend", streams.get(m.get("UI done").workstreamId()), name);
        assertNull(m.get("Launch").workstreamId(), name);

        List<Dependency> links = workspace.milestones().dependencies(programId);
        assertEquals(2, links.size(), name + ": " + links);
        Dependency apiToUi = link(links, m.get("API ready"), m.get("UI done"));
        assertEquals(DependencyType.FS, apiToUi.type(), name);
        assertEquals(2, apiToUi.lagDays(), name);
        Dependency uiToLaunch = link(links, m.get("UI done"), m.get("Launch"));
        assertEquals(DependencyType.FF, uiToLaunch.type(), name);
        assertEquals(3, uiToLaunch.lagDays(), name);

        List<Person> people = workspace.people().all();
        assertEquals(1, people.stream().filter(p -> p.name().equals("Ana Lima")).count(), "Ana is matched, not duplicated");
        assertEquals(ana.id(), m.get("API ready").ownerId(), name);
        Person bo = people.stream().filter(p -> p.name().equals("Bo Chen")).findFirst().orElseThrow();
        assertEquals("bo@example.com", bo.email(), name);
        assertEquals(bo.id(), m.get("UI done").ownerId(), name);
        if (!name.endsWith(".mpx") && !name.endsWith(".gan")) { // MPX keeps no resource type; the .gan has no material
            assertTrue(people.stream().noneMatch(p -> p.name().equals("Concrete")), "a material is not a person");
        }
    }

    private static Dependency link(List<Dependency> links, Milestone from, Milestone to) {
        return links.stream().filter(d -> d.predecessorId() == from.id() && d.successorId() == to.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + from.title() + " -> " + to.title() + " in " + links));
    }

    @Test
    void previewSaysWhatIsCreatedMatchedAndSkippedAndWritesNothing() {
        InterchangeService service = workspace.interchange();
        int history = workspace.commands().size();
        SourcePlan source = service.source(service.inspect(sample("plan.xml")), null);
        ImportPlan plan = service.preview(source, new ImportOptions(new ImportTarget.NewProgram("CHK-1", null, null),
                ImportOptions.defaultKinds()));

        assertTrue(plan.canImport(), plan.blockers().toString());
        assertEquals(5, plan.count(Action.CREATE, Kind.MILESTONE));
        assertEquals(2, plan.count(Action.SKIP, Kind.MILESTONE), "the two tasks with a duration");
        assertEquals(1, plan.count(Action.MATCH, Kind.PERSON), "Ana, by email");
        assertTrue(plan.lines().stream().anyMatch(l -> l.action() == Action.CREATE && l.kind() == Kind.PERSON
                && l.name().equals("Maya Okafor")), "the file's manager becomes the TPgM");
        assertTrue(plan.lines().stream().anyMatch(l -> l.action() == Action.SKIP && l.kind() == Kind.PERSON
                && l.why().contains("material")));
        assertTrue(plan.lines().stream().anyMatch(l -> l.action() == Action.SKIP && l.kind() == Kind.DEPENDENCY
                && l.why().contains("API design")), "the SS link between two tasks is skipped, with the reason");
        assertEquals(0, workspace.programs().all().size());
        assertEquals(1, workspace.people().all().size());
        assertEquals(history, workspace.commands().size());
    }

    @Test
    void everyTaskCanCountAsAMilestoneWithItsWorkWindow() {
        ImportResult result = importFile(sample("plan.xml"), new ImportTarget.NewProgram("CHK-1", null, null),
                EnumSet.of(TaskKind.MILESTONE, TaskKind.TASK));
        Map<String, Milestone> m = milestonesByTitle(result.programId());
        assertEquals(Set.of("API design", "API ready", "UI build", "UI done", "Launch"), m.keySet());
        assertEquals(LocalDate.of(2026, 1, 5), m.get("API design").start());
        assertEquals(LocalDate.of(2026, 1, 9), m.get("API design").forecast());
        Dependency ss = link(workspace.milestones().dependencies(result.programId()), m.get("API design"), m.get("UI build"));
        assertEquals(DependencyType.SS, ss.type());
        assertEquals(-1, ss.lagDays());
        assertEquals("Maya Okafor", workspace.people().get(workspace.programs().get(result.programId()).tpgmId()).name());
    }

    @Test
    void importIsOneUndoableStepAfterABackup() throws Exception {
        ImportResult result = importFile(sample("plan.xml"), new ImportTarget.NewProgram("CHK-1", null, null),
                ImportOptions.defaultKinds());
        assertTrue(Files.isRegularFile(result.backup()));
        assertTrue(result.backup().getFileName().toString().startsWith("pre-import-"));
        List<Long> ids = workspace.milestones().milestones(result.programId()).stream().map(Milestone::id).sorted().toList();

        assertEquals("import plan.xml", workspace.commands().undo().orElseThrow());
        assertEquals(0, workspace.programs().all().size());
        assertEquals(List.of("Ana Lima"), workspace.people().all().stream().map(Person::name).toList());

        workspace.commands().redo();
        assertEquals(ids, workspace.milestones().milestones(result.programId()).stream().map(Milestone::id).sorted().toList());
        assertEquals(2, workspace.milestones().dependencies(result.programId()).size());
    }

    @Test
    void importingAgainIntoTheSameProgramMatchesWhatIsThere() {
        ImportResult first = importFile(sample("plan.xml"), new ImportTarget.NewProgram("CHK-1", null, null),
                ImportOptions.defaultKinds());
        InterchangeService service = workspace.interchange();
        SourcePlan source = service.source(service.inspect(sample("plan.gan")), null);
        ImportPlan again = service.preview(source, new ImportOptions(new ImportTarget.Existing(first.programId()),
                ImportOptions.defaultKinds()));
        assertEquals(0, again.count(Action.CREATE, Kind.MILESTONE));
        assertEquals(5, again.count(Action.MATCH, Kind.MILESTONE));
        assertEquals(0, again.count(Action.CREATE, Kind.WORKSTREAM));
        assertEquals(2, again.count(Action.MATCH, Kind.DEPENDENCY));
        assertTrue(!again.canImport(), "nothing new: " + again.summary());
    }

    @Test
    void aPlanOfThreeThousandTasksImportsWhole() throws Exception {
        Path big = folder.resolve("big.xml");
        try (OutputStream out = Files.newOutputStream(big)) {
            new MSPDIWriter().write(SamplePlans.largePlan(3_000), out);
        }
        ImportResult result = importFile(big, new ImportTarget.NewProgram("BIG-1", null, null), EnumSet.allOf(TaskKind.class));
        assertEquals(3_000 + 60, workspace.milestones().milestones(result.programId()).size());
        assertEquals(2_999, workspace.milestones().dependencies(result.programId()).size());
        assertEquals(60, workspace.milestones().workstreams(result.programId()).size());
    }
}
