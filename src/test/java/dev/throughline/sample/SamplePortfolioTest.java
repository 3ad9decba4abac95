package dev.throughline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Program;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample portfolio a new user can load to look around: big and varied enough to be useful. */
class SamplePortfolioTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void loadsIntoAnEmptyWorkspace() {
        assertTrue(workspace.sample().isWorkspaceEmpty());

        workspace.sample().load();

        assertFalse(workspace.sample().isWorkspaceEmpty());
        List<Program> programs = workspace.programs().all();
        List<Person> people = workspace.people().all();
        assertTrue(programs.size() >= 4, "programs: " + programs.size());
        assertTrue(people.size() >= 12, "people: " + people.size());
        assertEquals(Optional.of("load the sample portfolio"), workspace.commands().undoDescription());
    }

    @Test
    void coversTheMainFunctionsAndSeveralTimeZones() {
        workspace.sample().load();
        List<Person> people = workspace.people().all();

        Set<Function> functions = people.stream().map(Person::function).collect(Collectors.toSet());
        assertTrue(functions.containsAll(EnumSet.of(Function.PM, Function.UX, Function.ENGINEERING, Function.GTM)),
                "functions: " + functions);
        Set<ZoneId> zones = people.stream().map(Person::zone).collect(Collectors.toSet());
        assertTrue(zones.size() >= 3, "zones: " + zones);
    }

    @Test
    void everyProgramIsLedBySomeoneInTheDirectoryAndHasObjectives() {
        workspace.sample().load();
        Set<Long> peopleIds = workspace.people().all().stream().map(Person::id).collect(Collectors.toSet());
        List<Program> programs = workspace.programs().all();
        for (Program program : programs) {
            assertTrue(peopleIds.contains(program.tpgmId()), program.key());
            assertTrue(program.sponsorId() == null || peopleIds.contains(program.sponsorId()), program.key());
            assertFalse(workspace.programs().objectives(program.id()).isEmpty(), program.key() + " has objectives");
        }
        assertEquals(programs.size(), workspace.programs().portfolio().size(), "every program shows in the portfolio");
        assertEquals(programs.size(), programs.stream().map(Program::key).distinct().count());
    }

    @Test
    void theShippedFileMatchesWhatIsLoaded() {
        SamplePortfolio sample = SamplePortfolio.load();
        workspace.sample().load();
        assertEquals(sample.people().size(), workspace.people().all().size());
        assertEquals(sample.programs().size(), workspace.programs().all().size());
        Set<String> refs = sample.people().stream().map(SamplePortfolio.SamplePerson::ref).collect(Collectors.toSet());
        assertEquals(sample.people().size(), refs.size(), "person refs are unique");
        for (SamplePortfolio.SampleProgram program : sample.programs()) {
            assertTrue(refs.contains(program.tpgm()), program.key() + " tpgm " + program.tpgm());
        }
    }

    @Test
    void refusesANonEmptyWorkspaceAndChangesNothing() {
        Person maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM,
                "maya@example.com", "", "", "Europe/Berlin", "09:00", "17:00"));
        List<WorkspaceEvent> events = new ArrayList<>();
        workspace.events().subscribe(WorkspaceEvent.class, events::add);

        ValidationException e = assertThrows(ValidationException.class, () -> workspace.sample().load());

        assertTrue(e.getMessage().contains("empty workspace"), e.getMessage());
        assertTrue(e.getMessage().contains("1 people"), e.getMessage());
        assertEquals(List.of(maya), workspace.people().all());
        assertEquals(List.of(), workspace.programs().all());
        assertEquals(1, workspace.commands().size());
        assertEquals(Optional.of("add Maya Okafor"), workspace.commands().undoDescription());
        assertEquals(List.of(), events);
    }

    @Test
    void refusesToLoadTwice() {
        workspace.sample().load();
        List<Person> people = workspace.people().all();
        List<Program> programs = workspace.programs().all();

        assertThrows(ValidationException.class, () -> workspace.sample().load());

        assertEquals(people, workspace.people().all());
        assertEquals(programs, workspace.programs().all());
        assertEquals(1, workspace.commands().size());
    }

    @Test
    void activeProgramsGetTheirSyncSeriesAndUndoRemovesThemWithEverythingElse() {
        workspace.sample().load();
        long series = workspace.store().read(sql -> sql.count("select count(*) from meeting_series"));
        long attendees = workspace.store().read(sql -> sql.count("select count(*) from meeting_attendees"));
        assertEquals(4L, series, "one sync series for each of the four programs still running");
        assertTrue(attendees >= 16, "each series has its attendees");

        workspace.commands().undo();
        assertEquals(0L, (long) workspace.store().read(sql -> sql.count("select count(*) from meeting_series")));

        workspace.commands().redo();
        assertEquals(series, (long) workspace.store().read(sql -> sql.count("select count(*) from meeting_series")));
    }

    @Test
    void pastSyncsCarryMinutesDecisionsAndOpenActionsThatSurviveUndoRedo() {
        workspace.sample().load();
        var chk = workspace.programs().byKey("CHK-12");
        var series = workspace.meetings().series(chk.id()).get(0);
        var ended = workspace.occurrences().stored(series.id());
        assertEquals(2, ended.size(), "two past syncs of the checkout weekly");
        String minutes = workspace.occurrences().minutes(ended.get(1).id());
        assertTrue(minutes.contains("(supersedes “Beta cohort is 5% of EU traffic”)"), minutes);
        var decisions = workspace.decisionLog().decisions(chk.id());
        assertTrue(decisions.stream().anyMatch(r -> r.decision().title().equals("Beta cohort is 5% of EU traffic")
                && r.superseded()));
        java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 27);
        var overdue = workspace.decisionLog().openActionsAcrossPrograms().stream().filter(r -> r.item().isOverdue(day)).toList();
        assertTrue(overdue.size() >= 3, overdue.toString());
        var next = workspace.occurrences().agenda(series.id(), java.time.LocalDate.of(2026, 12, 1));
        assertTrue(next.items().stream().anyMatch(i -> i.text().equals("Pricing page copy review")
                && java.time.LocalDate.of(2026, 11, 17).equals(i.carriedFrom())));

        workspace.commands().undo();
        assertEquals(0L, (long) workspace.store().read(sql -> sql.count("select count(*) from action_items")));
        assertEquals(0L, (long) workspace.store().read(sql -> sql.count("select count(*) from meeting_occurrences")));
        workspace.commands().redo();
        assertEquals(minutes, workspace.occurrences().minutes(ended.get(1).id()), "redo brings back the same rows");
    }
}
