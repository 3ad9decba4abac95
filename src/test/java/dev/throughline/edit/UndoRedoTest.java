package dev.throughline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.EntityChanged.Entity;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.event.WorkspaceReplaced;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.people.PersonRepository;
import dev.throughline.program.Health;
import dev.throughline.program.Objective;
import dev.throughline.program.ObjectiveInput;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.store.Sql;
import dev.throughline.store.StoreException;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of edit against a real workspace file: do it, undo it (the store is exactly as before),
 * redo it (the same rows with the same ids come back).
 */
class UndoRedoTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private final List<WorkspaceEvent> events = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        workspace.events().subscribe(WorkspaceEvent.class, events::add);
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    // ---- fixtures -------------------------------------------------------------------------------

    private static PersonInput personInput(String name, String email) {
        return new PersonInput(name, "TPgM", Function.PM, email, "", "", "Europe/Berlin", "09:00", "17:00");
    }

    private static ProgramInput programInput(String key, long tpgmId, Long sponsorId) {
        return new ProgramInput(key, "Checkout redesign", "Fewer abandoned carts", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", tpgmId, sponsorId, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 1),
                Priority.P1, "#chk", "https://example.com/chk");
    }

    private Person maya() {
        return workspace.people().create(personInput("Maya Okafor", "maya@example.com"));
    }

    /** Everything a user could see in the workspace, for before/after comparisons. */
    private record Snapshot(List<Person> people, List<Program> programs, List<List<Objective>> objectives) {
    }

    private Snapshot snapshot() {
        List<Program> programs = workspace.programs().all();
        return new Snapshot(workspace.people().all(), programs,
                programs.stream().map(p -> workspace.programs().objectives(p.id())).toList());
    }

    private Optional<String> undoText() {
        return workspace.commands().undoDescription();
    }

    private Optional<String> redoText() {
        return workspace.commands().redoDescription();
    }

    /** Undo then redo the newest command; checks the store shows {@code before}, then {@code after} again. */
    private void assertUndoRedo(String description, Snapshot before, Snapshot after) {
        assertEquals(Optional.of(description), undoText());
        assertEquals(Optional.of(description), workspace.commands().undo());
        assertEquals(before, snapshot(), "undo restores the previous state exactly");
        assertEquals(Optional.of(description), redoText());
        assertEquals(Optional.of(description), workspace.commands().redo());
        assertEquals(after, snapshot(), "redo re-applies the edit with the same ids");
        assertEquals(Optional.of(description), undoText());
        assertEquals(Optional.empty(), redoText());
    }

    // ---- each kind of edit ----------------------------------------------------------------------

    @Nested
    class People {

        @Test
        void create() {
            Snapshot before = snapshot();
            Person created = maya();
            assertTrue(created.id() > 0);
            assertEquals(List.of(created), workspace.people().all());

            assertUndoRedo("add Maya Okafor", before, snapshot());
            assertEquals(created, workspace.people().get(created.id()));
        }

        @Test
        void update() {
            Person original = maya();
            Snapshot before = snapshot();
            Person edited = workspace.people().update(original.id(),
                    new PersonInput("Maya O. Okafor", "Principal TPgM", Function.ENGINEERING, "maya.o@example.com",
                            "mayao", "mo", "Asia/Kolkata", "10:00", "18:30"));
            assertEquals(new Person(original.id(), "Maya O. Okafor", "Principal TPgM", Function.ENGINEERING,
                    "maya.o@example.com", "@mayao", "mo", ZoneId.of("Asia/Kolkata"), LocalTime.of(10, 0),
                    LocalTime.of(18, 30)), workspace.people().get(original.id()));

            assertUndoRedo("edit Maya O. Okafor", before, snapshot());
            assertEquals(edited, workspace.people().get(original.id()));
            workspace.commands().undo();
            assertEquals(original, workspace.people().get(original.id()));
        }

        @Test
        void updateWithoutChangesIsNotAnEdit() {
            Person original = maya();
            workspace.people().update(original.id(), PersonInput.of(original));
            assertEquals(1, workspace.commands().size());
            assertEquals(Optional.of("add Maya Okafor"), undoText());
        }

        @Test
        void delete() {
            Person original = maya();
            Snapshot before = snapshot();
            workspace.people().delete(original.id());
            assertEquals(List.of(), workspace.people().all());
            assertThrows(ValidationException.class, () -> workspace.people().get(original.id()));

            assertUndoRedo("delete Maya Okafor", before, snapshot());
            workspace.commands().undo();
            assertEquals(original, workspace.people().get(original.id()), "the same person with the same id is back");
        }

        @Test
        void aTpgmCannotBeDeletedAndNothingChanges() {
            Person maya = maya();
            workspace.programs().create(programInput("chk-1", maya.id(), null));
            Snapshot before = snapshot();
            int depth = workspace.commands().size();
            events.clear();

            ValidationException e = assertThrows(ValidationException.class, () -> workspace.people().delete(maya.id()));

            assertTrue(e.getMessage().contains("CHK-1"), "names the program: " + e.getMessage());
            assertTrue(e.getMessage().contains("Maya Okafor"), e.getMessage());
            assertEquals(before, snapshot());
            assertEquals(depth, workspace.commands().size());
            assertEquals(Optional.of("create program CHK-1"), undoText());
            assertEquals(List.of(), events, "a refused edit announces nothing");
        }

        @Test
        void aSponsorCannotBeDeletedEither() {
            Person maya = maya();
            Person elena = workspace.people().create(personInput("Elena Ruiz", "elena@example.com"));
            workspace.programs().create(programInput("SSO-7", maya.id(), elena.id()));
            Snapshot before = snapshot();

            ValidationException e = assertThrows(ValidationException.class, () -> workspace.people().delete(elena.id()));

            assertTrue(e.getMessage().contains("SSO-7"), e.getMessage());
            assertEquals(before, snapshot());
            assertEquals(Optional.of("create program SSO-7"), undoText());
        }
    }

    @Nested
    class Programs {

        @Test
        void create() {
            Person maya = maya();
            Snapshot before = snapshot();
            Program created = workspace.programs().create(programInput("chk-1", maya.id(), null));
            assertEquals("CHK-1", created.key());
            assertEquals(List.of(created), workspace.programs().all());

            assertUndoRedo("create program CHK-1", before, snapshot());
            assertEquals(created, workspace.programs().get(created.id()));
        }

        @Test
        void update() {
            Person maya = maya();
            Person elena = workspace.people().create(personInput("Elena Ruiz", "elena@example.com"));
            Program original = workspace.programs().create(programInput("CHK-1", maya.id(), null));
            Snapshot before = snapshot();

            Program edited = workspace.programs().update(original.id(),
                    new ProgramInput("CHK-2", "Checkout v2", "", ProgramStatus.PAUSED, Health.AT_RISK,
                            "Vendor slipped", elena.id(), maya.id(), null, null, Priority.P0, "chk-v2",
                            "https://example.com/a\nhttps://example.com/b"));
            assertEquals(edited, workspace.programs().get(original.id()));
            assertEquals(List.of("https://example.com/a", "https://example.com/b"), edited.links());

            assertUndoRedo("edit program CHK-2", before, snapshot());
            workspace.commands().undo();
            assertEquals(original, workspace.programs().get(original.id()));
        }

        @Test
        void archiveAndRestore() {
            Person maya = maya();
            Program program = workspace.programs().create(programInput("CHK-1", maya.id(), null));
            Snapshot active = snapshot();

            workspace.programs().setArchived(program.id(), true);
            assertTrue(workspace.programs().get(program.id()).archived());
            assertTrue(workspace.programs().portfolio().get(0).archived());
            Snapshot archived = snapshot();
            assertUndoRedo("archive CHK-1", active, archived);

            workspace.programs().setArchived(program.id(), false);
            assertFalse(workspace.programs().get(program.id()).archived());
            assertEquals(program, workspace.programs().get(program.id()));
            assertUndoRedo("restore CHK-1", archived, active);
        }

        @Test
        void archivingAnArchivedProgramIsNotAnEdit() {
            Person maya = maya();
            Program program = workspace.programs().create(programInput("CHK-1", maya.id(), null));
            workspace.programs().setArchived(program.id(), true);
            workspace.programs().setArchived(program.id(), true);
            assertEquals(3, workspace.commands().size());
            assertEquals(Optional.of("archive CHK-1"), undoText());
        }
    }

    @Nested
    class Objectives {

        private Program program;

        @BeforeEach
        void program() {
            program = workspace.programs().create(programInput("CHK-1", maya().id(), null));
        }

        @Test
        void add() {
            Snapshot before = snapshot();
            Objective added = workspace.programs().addObjective(program.id(),
                    new ObjectiveInput("Raise conversion", "%", "4.1", "3.6"));
            assertEquals(List.of(added), workspace.programs().objectives(program.id()));
            assertEquals(new Objective(added.id(), program.id(), 1, "Raise conversion", "%", "4.1", "3.6"), added);

            assertUndoRedo("add objective to CHK-1", before, snapshot());
            assertEquals(List.of(added), workspace.programs().objectives(program.id()));
        }

        @Test
        void update() {
            Objective original = workspace.programs().addObjective(program.id(),
                    new ObjectiveInput("Raise conversion", "%", "4.1", "3.6"));
            Snapshot before = snapshot();
            workspace.programs().updateObjective(original.id(), new ObjectiveInput("Raise conversion", "%", "4.1", "3.9"));
            assertEquals("3.9", workspace.programs().objectives(program.id()).get(0).current());

            assertUndoRedo("edit objective", before, snapshot());
            workspace.commands().undo();
            assertEquals(List.of(original), workspace.programs().objectives(program.id()));
        }

        @Test
        void remove() {
            Objective first = workspace.programs().addObjective(program.id(), new ObjectiveInput("First", "", "", ""));
            Objective second = workspace.programs().addObjective(program.id(), new ObjectiveInput("Second", "", "", ""));
            assertEquals(2, second.position());
            Snapshot before = snapshot();

            workspace.programs().removeObjective(first.id());
            assertEquals(List.of(second), workspace.programs().objectives(program.id()));

            assertUndoRedo("remove objective", before, snapshot());
            workspace.commands().undo();
            assertEquals(List.of(first, second), workspace.programs().objectives(program.id()),
                    "the removed objective is back in its place with its id");
        }
    }

    @Test
    void loadingTheSample() {
        Snapshot empty = snapshot();
        workspace.sample().load();
        Snapshot loaded = snapshot();
        assertFalse(loaded.people().isEmpty());
        assertFalse(loaded.programs().isEmpty());
        assertTrue(loaded.objectives().stream().anyMatch(o -> !o.isEmpty()));

        assertUndoRedo("load the sample portfolio", empty, loaded);
        workspace.commands().undo();
        assertTrue(workspace.sample().isWorkspaceEmpty());
        assertEquals(empty, snapshot());
    }

    @Test
    void undoRedoOfTheSampleCanBeRepeated() {
        workspace.sample().load();
        Snapshot loaded = snapshot();
        for (int i = 0; i < 3; i++) {
            workspace.commands().undo();
            assertTrue(workspace.sample().isWorkspaceEmpty());
            workspace.commands().redo();
            assertEquals(loaded, snapshot(), "round " + i);
        }
    }

    // ---- history as a whole ---------------------------------------------------------------------

    @Test
    void aNewWorkspaceHasNothingToUndo() {
        assertEquals(Optional.empty(), undoText());
        assertEquals(Optional.empty(), redoText());
        assertEquals(0, workspace.commands().size());
        assertEquals(Optional.empty(), workspace.commands().undo());
        assertEquals(Optional.empty(), workspace.commands().redo());
        assertEquals(List.of(), events, "nothing to undo announces nothing");
    }

    @Test
    void editsCannotBeUndoneAfterReopening() {
        Person maya = maya();
        assertEquals(Optional.of("add Maya Okafor"), undoText());
        workspace.close();
        workspace = null;

        workspace = Workspace.open(tempDir.resolve("w.db"));
        assertEquals(Optional.empty(), undoText(), "opening is never undoable and history is not kept");
        assertEquals(Optional.empty(), redoText());
        assertEquals(0, workspace.commands().size());
        assertEquals(Optional.empty(), workspace.commands().undo());
        assertEquals(List.of(maya), workspace.people().all(), "the edit itself was saved");
    }

    @Test
    void undoGoesBackInReverseOrder() {
        Snapshot s0 = snapshot();
        Person maya = maya();
        Snapshot s1 = snapshot();
        Program program = workspace.programs().create(programInput("CHK-1", maya.id(), null));
        Snapshot s2 = snapshot();
        workspace.programs().setArchived(program.id(), true);
        Snapshot s3 = snapshot();
        assertEquals(3, workspace.commands().size());

        assertEquals(Optional.of("archive CHK-1"), workspace.commands().undo());
        assertEquals(s2, snapshot());
        assertEquals(Optional.of("create program CHK-1"), workspace.commands().undo());
        assertEquals(s1, snapshot());
        assertEquals(Optional.of("add Maya Okafor"), workspace.commands().undo());
        assertEquals(s0, snapshot());
        assertEquals(Optional.empty(), workspace.commands().undo());

        assertEquals(Optional.of("add Maya Okafor"), workspace.commands().redo());
        assertEquals(Optional.of("create program CHK-1"), workspace.commands().redo());
        assertEquals(Optional.of("archive CHK-1"), workspace.commands().redo());
        assertEquals(s3, snapshot());
        assertEquals(Optional.empty(), workspace.commands().redo());
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoHistory() {
        maya();
        workspace.commands().undo();
        assertEquals(Optional.of("add Maya Okafor"), redoText());
        workspace.people().create(personInput("Elena Ruiz", "elena@example.com"));
        assertEquals(Optional.empty(), redoText());
        assertEquals(Optional.empty(), workspace.commands().redo());
        assertEquals(List.of("Elena Ruiz"), workspace.people().all().stream().map(Person::name).toList());
    }

    @Test
    void eachDoUndoAndRedoAnnouncesTheChangeAndTheNewMenuText() {
        Person maya = maya();
        assertEquals(List.of(new EntityChanged(Entity.PERSON, maya.id()),
                new UndoStackChanged(Optional.of("add Maya Okafor"), Optional.empty())), events);

        events.clear();
        workspace.commands().undo();
        assertEquals(List.of(new EntityChanged(Entity.PERSON, maya.id()),
                new UndoStackChanged(Optional.empty(), Optional.of("add Maya Okafor"))), events);

        events.clear();
        workspace.commands().redo();
        assertEquals(List.of(new EntityChanged(Entity.PERSON, maya.id()),
                new UndoStackChanged(Optional.of("add Maya Okafor"), Optional.empty())), events);
    }

    @Test
    void programAndObjectiveEditsAnnounceTheirEntity() {
        Person maya = maya();
        events.clear();
        Program program = workspace.programs().create(programInput("CHK-1", maya.id(), null));
        assertEquals(List.of(new EntityChanged(Entity.PROGRAM, program.id()),
                new UndoStackChanged(Optional.of("create program CHK-1"), Optional.empty())),
                events);

        events.clear();
        Objective objective = workspace.programs().addObjective(program.id(), new ObjectiveInput("Raise", "", "", ""));
        assertEquals(List.of(new EntityChanged(Entity.OBJECTIVE, objective.id()),
                new UndoStackChanged(Optional.of("add objective to CHK-1"), Optional.empty())), events);

        events.clear();
        workspace.commands().undo();
        assertEquals(List.of(new EntityChanged(Entity.OBJECTIVE, objective.id()),
                new UndoStackChanged(Optional.of("create program CHK-1"), Optional.of("add objective to CHK-1"))),
                events);
    }

    @Test
    void loadingTheSampleAnnouncesAReplacedWorkspace() {
        workspace.sample().load();
        assertEquals(2, events.size(), () -> events.toString());
        assertTrue(events.get(0) instanceof WorkspaceReplaced, () -> events.toString());
        assertEquals(new UndoStackChanged(Optional.of("load the sample portfolio"), Optional.empty()), events.get(1));
        events.clear();
        workspace.commands().undo();
        assertTrue(events.get(0) instanceof WorkspaceReplaced, () -> events.toString());
        assertEquals(new UndoStackChanged(Optional.empty(), Optional.of("load the sample portfolio")), events.get(1));
    }

    // ---- failures ------------------------------------------------------------------------------

    /** Inserts a person, then fails: as if the disk filled up half-way through an edit. */
    private static final class HalfDoneCommand implements Command {
        private final RuntimeException failure;
        private final SQLException sqlFailure;

        HalfDoneCommand(RuntimeException failure, SQLException sqlFailure) {
            this.failure = failure;
            this.sqlFailure = sqlFailure;
        }

        @Override
        public String description() {
            return "half-done edit";
        }

        @Override
        public List<WorkspaceEvent> apply(Sql sql) throws SQLException {
            new PersonRepository().insert(sql, new Person(0, "Ghost", "", Function.PM, "ghost@example.com", "", "",
                    ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0)));
            if (sqlFailure != null) {
                throw sqlFailure;
            }
            throw failure;
        }

        @Override
        public List<WorkspaceEvent> revert(Sql sql) {
            throw new AssertionError("never applied, so never reverted");
        }
    }

    @Test
    void aFailedCommandLeavesNoRowAndIsNotUndoable() {
        maya();
        Snapshot before = snapshot();
        events.clear();

        IllegalStateException thrown = new IllegalStateException("disk full");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> workspace.commands().execute(new HalfDoneCommand(thrown, null)));

        assertEquals(thrown, e);
        assertEquals(before, snapshot(), "the half-written person was rolled back");
        assertEquals(1, workspace.commands().size());
        assertEquals(Optional.of("add Maya Okafor"), undoText());
        assertEquals(List.of(), events, "a failed edit announces nothing");
    }

    @Test
    void aFailedSqlCommandIsReportedAsAStoreProblemAndLeavesNoRow() {
        Snapshot before = snapshot();
        assertThrows(StoreException.class,
                () -> workspace.commands().execute(new HalfDoneCommand(null, new SQLException("disk I/O error"))));
        assertEquals(before, snapshot());
        assertEquals(Optional.empty(), undoText());
        assertEquals(List.of(), events);
    }

    @Test
    void aFailedUndoKeepsTheEditUndoable() {
        Command failingUndo = new Command() {
            @Override
            public String description() {
                return "stubborn edit";
            }

            @Override
            public List<WorkspaceEvent> apply(Sql sql) {
                return List.of();
            }

            @Override
            public List<WorkspaceEvent> revert(Sql sql) throws SQLException {
                new PersonRepository().insert(sql, new Person(0, "Ghost", "", Function.PM, "", "", "",
                        ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0)));
                throw new IllegalStateException("read-only");
            }
        };
        workspace.commands().execute(failingUndo);
        events.clear();

        assertThrows(IllegalStateException.class, () -> workspace.commands().undo());

        assertEquals(Optional.of("stubborn edit"), undoText());
        assertEquals(Optional.empty(), redoText());
        assertEquals(List.of(), workspace.people().all());
        assertEquals(List.of(), events);
    }
}
