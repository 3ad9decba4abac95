package dev.throughline.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.event.WorkspaceEvent;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Milestones against a real workspace file: re-forecasting across programs as one undoable step,
 * refused edits that write nothing, deletes that undo completely, baselines and "why".
 */
class MilestoneServiceTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private MilestoneService service;
    private final List<WorkspaceEvent> events = new ArrayList<>();
    private Person maya;
    private Program chk;
    private Program sso;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        workspace.events().subscribe(WorkspaceEvent.class, events::add);
        service = workspace.milestones();
        maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "maya@example.com", "", "",
                "Europe/Berlin", "09:00", "17:00"));
        chk = workspace.programs().create(programInput("CHK-1", "Checkout redesign"));
        sso = workspace.programs().create(programInput("SSO-7", "Single sign-on"));
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    // ---- fixtures -------------------------------------------------------------------------------

    private ProgramInput programInput(String key, String name) {
        return new ProgramInput(key, name, "", ProgramStatus.ACTIVE, Health.ON_TRACK, "", maya.id(), null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1), Priority.P1, "", "");
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static MilestoneInput input(String title, LocalDate start, LocalDate forecast) {
        return new MilestoneInput(title, null, null, start, null, forecast, null, null, MilestoneStatus.PLANNED, "");
    }

    private Milestone milestone(Program program, String title, LocalDate start, LocalDate forecast) {
        return service.create(program.id(), input(title, start, forecast));
    }

    private Milestone milestone(Program program, String title, LocalDate forecast) {
        return milestone(program, title, null, forecast);
    }

    private Dependency depend(Milestone predecessor, Milestone successor, DependencyType type, String lag) {
        return service.addDependency(new DependencyInput(predecessor.id(), successor.id(), type, lag));
    }

    private Dependency depend(Milestone predecessor, Milestone successor) {
        return depend(predecessor, successor, DependencyType.FS, "0");
    }

    private Milestone reload(Milestone m) {
        return service.get(m.id());
    }

    /** Everything the milestone domain holds, for before/after comparisons. */
    private record Snapshot(List<Milestone> chk, List<Milestone> sso, List<Dependency> dependencies,
                            List<Baseline> baselines, List<Workstream> workstreams) {
    }

    private Snapshot snapshot() {
        return new Snapshot(service.milestones(chk.id()), service.milestones(sso.id()),
                service.allDependencies().stream().sorted(java.util.Comparator.comparingLong(Dependency::id)).toList(),
                service.baselines(chk.id()), service.workstreams(chk.id()));
    }

    private int depth() {
        return workspace.commands().size();
    }

    /** A refused edit: a ValidationException, nothing written, nothing announced, history unchanged. */
    private ValidationException assertRefused(org.junit.jupiter.api.function.Executable edit) {
        Snapshot before = snapshot();
        int depth = depth();
        Optional<String> undoText = workspace.commands().undoDescription();
        events.clear();

        ValidationException e = assertThrows(ValidationException.class, edit);

        assertEquals(before, snapshot(), "nothing changed");
        assertEquals(depth, depth(), "no undo step");
        assertEquals(undoText, workspace.commands().undoDescription());
        assertEquals(List.of(), events, "a refused edit announces nothing");
        return e;
    }

    /** Hands out the given instants in order, then keeps returning the last one. */
    private static final class ScriptedClock extends Clock {
        private final List<Instant> instants;
        private int next;

        ScriptedClock(Instant... instants) {
            this.instants = List.of(instants);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instants.get(Math.min(next++, instants.size() - 1));
        }
    }

    // ---- re-forecasting ---------------------------------------------------------------------------

    @Nested
    class Reforecast {

        @Test
        void aMovePushesAcrossProgramsAsOneUndoableStep() {
            Milestone design = milestone(chk, "Design", date(3, 1), date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 12), date(3, 20));
            Milestone launch = milestone(chk, "Launch", date(3, 25));
            Milestone unrelated = milestone(sso, "Docs", date(3, 5));
            depend(design, idp, DependencyType.FS, "2");
            depend(idp, launch, DependencyType.FF, "3");
            Snapshot before = snapshot();
            int depth = depth();

            int moved = service.moveForecast(design.id(), date(3, 20));

            assertEquals(3, moved, "Design, IdP ready and Launch");
            assertEquals(depth + 1, depth(), "one undo step for the whole push");
            assertEquals(date(3, 11), reload(design).start());
            assertEquals(date(3, 20), reload(design).forecast());
            assertEquals(date(3, 22), reload(idp).start(), "Mar 20 + 2");
            assertEquals(date(3, 30), reload(idp).forecast(), "keeps its 8-day window");
            assertEquals(date(4, 2), reload(launch).forecast(), "Mar 30 + 3, in the first program again");
            assertEquals(unrelated, reload(unrelated));
            Snapshot after = snapshot();

            String description = "move Design to 2026-03-20";
            assertEquals(Optional.of(description), workspace.commands().undoDescription());
            assertEquals(Optional.of(description), workspace.commands().undo());
            assertEquals(before, snapshot(), "undo restores every moved milestone");
            assertEquals(Optional.of(description), workspace.commands().redo());
            assertEquals(after, snapshot(), "redo re-applies the same dates");
        }

        @Test
        void aDragIsUndoableAndMovingEarlierPullsNothing() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 10), date(3, 20));
            depend(design, build);
            Snapshot before = snapshot();

            assertEquals(1, service.moveForecast(design.id(), date(3, 3)));

            assertEquals(date(3, 3), reload(design).forecast());
            assertEquals(date(3, 10), reload(build).start(), "successors are never pulled earlier");
            assertEquals(date(3, 20), reload(build).forecast());
            workspace.commands().undo();
            assertEquals(before, snapshot());
        }

        @Test
        void movingToTheSameDateIsNotAnEdit() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            int depth = depth();

            assertEquals(0, service.moveForecast(design.id(), date(3, 10)));
            assertEquals(depth, depth());
        }

        @Test
        void settledSuccessorsKeepTheirDates() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone done = service.create(chk.id(), new MilestoneInput("Spec", null, null, null, null, date(3, 11),
                    date(3, 11), null, MilestoneStatus.DONE, ""));
            Milestone cancelled = service.create(sso.id(), new MilestoneInput("Pilot", null, null, null, null,
                    date(3, 12), null, null, MilestoneStatus.CANCELLED, ""));
            depend(design, done);
            depend(design, cancelled);

            assertEquals(1, service.moveForecast(design.id(), date(4, 1)));

            assertEquals(done, reload(done));
            assertEquals(cancelled, reload(cancelled));
        }

        @Test
        void savingTheFormWithANewForecastPushesDependentsInTheSameStep() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 12), date(3, 15));
            depend(design, idp, DependencyType.FS, "1");
            Snapshot before = snapshot();
            int depth = depth();

            service.update(design.id(), new MilestoneInput("Design sign-off", null, maya.id(), null, null, date(3, 20),
                    null, date(3, 31), MilestoneStatus.IN_PROGRESS, "moved by vendor"));

            Milestone edited = reload(design);
            assertEquals("Design sign-off", edited.title());
            assertEquals(date(3, 20), edited.forecast());
            assertEquals(maya.id(), edited.ownerId());
            assertEquals(date(3, 21), reload(idp).start());
            assertEquals(date(3, 24), reload(idp).forecast());
            assertEquals(depth + 1, depth());
            assertEquals(Optional.of("edit Design sign-off"), workspace.commands().undoDescription());
            Snapshot after = snapshot();

            workspace.commands().undo();
            assertEquals(before, snapshot(), "the edit and the push are undone together");
            workspace.commands().redo();
            assertEquals(after, snapshot());
        }

        @Test
        void savingTheFormUnchangedIsNotAnEdit() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            int depth = depth();

            assertEquals(0, service.update(design.id(), MilestoneInput.of(design)));
            assertEquals(depth, depth());
        }

        /*
         * RescheduleCommand.moved() is documented as "How many milestones moved, the edited one included",
         * and MilestoneFormDialog reports "(moved - 1) dependent(s) moved" when moved > 1. But update()
         * builds its plan with Schedule.pushSuccessors, which never puts the edited milestone into the
         * change map, so update() returns only the number of pushed dependents (1 here, not 2), and the
         * dialog never mentions a single pushed dependent.
         */
        @Test
        void updateCountsTheEditedMilestoneLikeMoveForecastDoes() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 12));
            depend(design, build);

            int moved = service.update(design.id(), input("Design", null, date(3, 20)));

            assertEquals(date(3, 20), reload(build).forecast());
            assertEquals(2, moved, "Design and Build moved");
        }
    }

    // ---- dependencies ---------------------------------------------------------------------------

    @Nested
    class Dependencies {

        @Test
        void aViolatedNewDependencyPushesTheSuccessorInTheSameStep() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 1), date(3, 5));
            Snapshot before = snapshot();
            int depth = depth();

            Dependency added = depend(design, idp, DependencyType.FS, "+1");

            assertTrue(added.id() > 0);
            assertEquals(new Dependency(added.id(), design.id(), idp.id(), DependencyType.FS, 1), added);
            assertEquals(date(3, 11), reload(idp).start());
            assertEquals(date(3, 15), reload(idp).forecast());
            assertEquals(depth + 1, depth());
            assertEquals(Optional.of("add dependency"), workspace.commands().undoDescription());
            assertEquals(List.of(added), service.predecessorsOf(idp.id()));
            assertEquals(List.of(added), service.successorsOf(design.id()));
            assertEquals(List.of(added), service.dependencies(chk.id()), "listed by both programs");
            assertEquals(List.of(added), service.dependencies(sso.id()));
            Snapshot after = snapshot();

            workspace.commands().undo();
            assertEquals(before, snapshot(), "dependency gone, IdP ready back on its dates");
            workspace.commands().redo();
            assertEquals(after, snapshot(), "the same dependency id and the same dates");
        }

        @Test
        void aSatisfiedNewDependencyMovesNothing() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 20));

            depend(design, idp, DependencyType.SS, "-3");

            assertEquals(idp, reload(idp));
        }

        @Test
        void aBlankLagIsZeroDays() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 20));

            assertEquals(0, depend(design, build, DependencyType.FF, "  ").lagDays());
        }

        @Test
        void aLoopAcrossProgramsIsRefusedAndNamed() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 20));
            Milestone launch = milestone(chk, "Launch", date(3, 30));
            depend(design, idp);
            depend(idp, launch);

            ValidationException e = assertRefused(() -> depend(launch, design));

            String message = e.getMessage();
            assertTrue(message.contains("loop"), message);
            assertTrue(message.contains("CHK-1 · Design → SSO-7 · IdP ready → CHK-1 · Launch → CHK-1 · Design"),
                    message);
            assertEquals(DependencyInput.PREDECESSOR, e.problems().get(0).field());
        }

        @Test
        void theReverseOfAnExistingDependencyIsALoop() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 20));
            depend(design, idp);

            ValidationException e = assertRefused(() -> depend(idp, design));

            assertTrue(e.getMessage().contains("loop"), e.getMessage());
            assertTrue(e.getMessage().contains("SSO-7 · IdP ready"), e.getMessage());
        }

        @Test
        void aDependencyOnItselfIsRefused() {
            Milestone design = milestone(chk, "Design", date(3, 10));

            ValidationException e = assertRefused(() -> depend(design, design));

            assertTrue(e.getMessage().contains("cannot depend on itself"), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "1.5", "5d", "--2"})
        void aLagThatIsNotAWholeNumberIsRefused(String lag) {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 1));

            ValidationException e = assertRefused(() -> depend(design, build, DependencyType.FS, lag));

            assertTrue(e.getMessage().contains("Lag must be a whole number of days"), e.getMessage());
            assertTrue(e.getMessage().contains("'" + lag + "'"), "quotes what was typed: " + e.getMessage());
            assertEquals(DependencyInput.LAG, e.problems().get(0).field());
        }

        @Test
        void aLagBeyondTenYearsIsRefused() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 1));

            ValidationException e = assertRefused(() -> depend(design, build, DependencyType.FS, "3651"));

            assertTrue(e.getMessage().contains("3650"), e.getMessage());
        }

        @Test
        void aDuplicateDependencyIsRefused() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 20));
            depend(design, build);

            ValidationException e = assertRefused(() -> depend(design, build, DependencyType.SS, "4"));

            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        }

        @Test
        void removingADependencyIsUndoable() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 20));
            Dependency d = depend(design, build);
            Snapshot with = snapshot();

            service.removeDependency(d.id());

            assertEquals(List.of(), service.predecessorsOf(build.id()));
            workspace.commands().undo();
            assertEquals(with, snapshot());
        }
    }

    // ---- plan dates -------------------------------------------------------------------------------

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {"1899-12-31", "2201-01-01", "0026-03-10"})
        void aDragOutsideTheRangeIsRefused(String text) {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 20));
            depend(design, build);

            ValidationException e = assertRefused(() -> service.moveForecast(design.id(), LocalDate.parse(text)));

            assertTrue(e.getMessage().contains("outside 1900-2200"), e.getMessage());
        }

        @Test
        void aDragThatWouldPushTheWorkWindowStartOutOfRangeIsRefused() {
            Milestone design = milestone(chk, "Design", LocalDate.of(1900, 1, 5), LocalDate.of(1900, 1, 20));

            ValidationException e = assertRefused(() -> service.moveForecast(design.id(), LocalDate.of(1900, 1, 10)));

            assertTrue(e.getMessage().contains("Start 1899-12-26 is outside 1900-2200"), e.getMessage());
        }

        @Test
        void theFormRefusesDatesOutsideTheRange() {
            Milestone design = milestone(chk, "Design", date(3, 10));

            ValidationException create = assertRefused(() -> service.create(chk.id(),
                    input("Launch", null, LocalDate.of(2300, 1, 1))));
            ValidationException update = assertRefused(() -> service.update(design.id(),
                    input("Design", LocalDate.of(1850, 1, 1), date(3, 10))));

            assertTrue(create.getMessage().contains("outside 1900-2200"), create.getMessage());
            assertTrue(update.getMessage().contains("outside 1900-2200"), update.getMessage());
        }

        @Test
        void theEdgesOfTheRangeAreAccepted() {
            Milestone design = milestone(chk, "Design", LocalDate.of(1900, 1, 1));

            assertEquals(1, service.moveForecast(design.id(), LocalDate.of(2200, 12, 31)));
        }

        /*
         * moveForecast checks only the dragged milestone's dates; Schedule.propagate then pushes
         * successors without any range check, so a successor lands after 2200 even though the same date
         * typed into the form is refused "outside 1900-2200", and the successor can no longer be saved
         * from the form until its date is fixed.
         */
        @Test
        void aPushBeyondTheRangeIsRefused() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 20));
            depend(design, build, DependencyType.FS, "30");

            ValidationException e = assertRefused(() -> service.moveForecast(design.id(), LocalDate.of(2200, 12, 20)));

            assertTrue(e.getMessage().contains("outside 1900-2200"), e.getMessage());
        }
    }

    // ---- deletes ----------------------------------------------------------------------------------

    @Nested
    class Deletes {

        @Test
        void deletingAMilestoneRemovesItsDependenciesAndUndoBringsEverythingBack() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 20));
            Milestone launch = milestone(chk, "Launch", date(3, 30));
            Dependency in = depend(design, idp, DependencyType.FS, "2");
            Dependency out = depend(idp, launch, DependencyType.SS, "-1");
            Dependency bypass = depend(design, launch);
            Baseline plan = service.takeBaseline(sso.id(), "Q1 plan");
            Milestone baselined = reload(idp);
            assertEquals(date(3, 20), baselined.baseline());
            Snapshot before = snapshot();
            int depth = depth();

            service.delete(idp.id());

            assertEquals(depth + 1, depth());
            assertEquals(Optional.of("delete milestone IdP ready"), workspace.commands().undoDescription());
            assertEquals(List.of(), service.milestones(sso.id()));
            assertEquals(List.of(bypass), service.allDependencies(), "only the dependency not touching it is left");
            assertThrows(ValidationException.class, () -> service.get(idp.id()));
            Snapshot after = snapshot();

            workspace.commands().undo();

            assertEquals(before, snapshot());
            assertEquals(baselined, reload(idp), "same id, same fields");
            assertEquals(List.of(in), service.predecessorsOf(idp.id()));
            assertEquals(List.of(out), service.successorsOf(idp.id()));
            MilestoneRow row = service.rows(sso.id(), plan.id()).get(0);
            assertEquals(date(3, 20), row.comparedBaseline(), "its date in the baseline is back too");
            assertEquals(0, row.varianceDays());

            workspace.commands().redo();
            assertEquals(after, snapshot());
            workspace.commands().undo();
            assertEquals(before, snapshot());
        }

        @Test
        void aWorkstreamThatHoldsMilestonesCannotBeDeleted() {
            Workstream build = service.addWorkstream(chk.id(), "Build");
            service.create(chk.id(), new MilestoneInput("API done", build.id(), null, null, null, date(3, 10), null,
                    null, MilestoneStatus.PLANNED, ""));

            ValidationException e = assertRefused(() -> service.deleteWorkstream(build.id()));

            assertTrue(e.getMessage().contains("Build"), e.getMessage());
            assertTrue(e.getMessage().contains("1 milestone"), e.getMessage());
        }

        /*
         * PeopleService.delete only looks for programs the person leads (TPgM, sponsor). Milestones
         * reference their owner with "on delete restrict", so the delete reaches SQLite and fails there:
         * the user gets a StoreException "Unexpected storage error while saving ...:
         * SQLITE_CONSTRAINT_TRIGGER" (SQLite: "FOREIGN KEY constraint failed") instead of a
         * ValidationException naming the milestone. Nothing is written; only the message is wrong.
         */
        @Test
        void theOwnerOfAMilestoneCannotBeDeletedAndIsToldWhy() {
            Person elena = workspace.people().create(new PersonInput("Elena Ruiz", "Engineer", Function.ENGINEERING,
                    "elena@example.com", "", "", "Europe/Madrid", "09:00", "17:00"));
            service.create(chk.id(), new MilestoneInput("API done", null, elena.id(), null, null, date(3, 10), null,
                    null, MilestoneStatus.PLANNED, ""));

            ValidationException e = assertRefused(() -> workspace.people().delete(elena.id()));

            assertTrue(e.getMessage().contains("API done"), e.getMessage());
            assertEquals(elena, workspace.people().get(elena.id()));
        }

        @Test
        void anEmptyWorkstreamCanBeDeletedAndUndeleted() {
            Workstream build = service.addWorkstream(chk.id(), "Build");
            Snapshot with = snapshot();

            service.deleteWorkstream(build.id());

            assertEquals(List.of(), service.workstreams(chk.id()));
            workspace.commands().undo();
            assertEquals(with, snapshot());
        }

        @Test
        void workstreamsKeepTheirOrderAndNamesAreUniquePerProgram() {
            Workstream design = service.addWorkstream(chk.id(), "Design");
            Workstream build = service.addWorkstream(chk.id(), " Build ");
            service.addWorkstream(sso.id(), "Design");

            assertEquals(List.of(design, build), service.workstreams(chk.id()));
            assertEquals("Build", build.name());
            assertTrue(design.position() < build.position());
            ValidationException e = assertRefused(() -> service.addWorkstream(chk.id(), "design"));
            assertTrue(e.getMessage().contains("already has a workstream"), e.getMessage());
        }

        @Test
        void aMilestoneCannotUseAnotherProgramsWorkstream() {
            Workstream ssoStream = service.addWorkstream(sso.id(), "Identity");

            ValidationException e = assertRefused(() -> service.create(chk.id(), new MilestoneInput("API done",
                    ssoStream.id(), null, null, null, date(3, 10), null, null, MilestoneStatus.PLANNED, "")));

            assertTrue(e.getMessage().contains("does not belong"), e.getMessage());
        }
    }

    // ---- baselines --------------------------------------------------------------------------------

    @Nested
    class Baselines {

        @Test
        void aBaselineFreezesForecastsAndVarianceFollowsTheirMoves() {
            Milestone design = service.create(chk.id(), new MilestoneInput("Design", null, null, null, date(3, 1),
                    date(3, 10), null, null, MilestoneStatus.PLANNED, ""));
            Milestone launch = milestone(chk, "Launch", date(3, 30));
            Milestone other = milestone(sso, "IdP ready", date(3, 20));
            Snapshot before = snapshot();
            int depth = depth();

            Baseline q1 = service.takeBaseline(chk.id(), "  Q1 plan ");

            assertEquals("Q1 plan", q1.name());
            assertEquals(chk.id(), q1.programId());
            assertEquals(depth + 1, depth());
            assertEquals(Optional.of("take baseline Q1 plan"), workspace.commands().undoDescription());
            assertEquals(List.of(q1.id()), service.baselines(chk.id()).stream().map(Baseline::id).toList());
            assertEquals(date(3, 10), reload(design).baseline());
            assertEquals(date(3, 30), reload(launch).baseline());
            assertNull(reload(other).baseline(), "other programs are not baselined");
            for (MilestoneRow row : service.rows(chk.id(), null)) {
                assertEquals(0, row.varianceDays(), row.toString());
                assertFalse(row.slipped() || row.early());
            }

            service.moveForecast(design.id(), date(3, 15));
            service.moveForecast(launch.id(), date(3, 27));

            for (Long compared : new Long[] {null, q1.id()}) {
                Map<String, MilestoneRow> rows = byTitle(service.rows(chk.id(), compared));
                assertEquals(5, rows.get("Design").varianceDays(), "positive: slipped");
                assertTrue(rows.get("Design").slipped());
                assertFalse(rows.get("Design").early());
                assertEquals(-3, rows.get("Launch").varianceDays());
                assertTrue(rows.get("Launch").early());
                assertFalse(rows.get("Launch").slipped());
                assertEquals(date(3, 10), rows.get("Design").comparedBaseline());
            }

            workspace.commands().undo();
            workspace.commands().undo();
            workspace.commands().undo();
            assertEquals(before, snapshot(), "undo removes the baseline and puts the earlier baseline dates back");
            assertEquals(date(3, 1), reload(design).baseline());
            assertNull(reload(launch).baseline());
            assertEquals(List.of(), service.baselines(chk.id()));
        }

        @Test
        void aLaterBaselineBecomesCurrentAndTheEarlierOneCanStillBeCompared() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Baseline q1 = service.takeBaseline(chk.id(), "Q1 plan");
            service.moveForecast(design.id(), date(3, 14));
            Baseline q2 = service.takeBaseline(chk.id(), "Q2 plan");
            Milestone added = milestone(chk, "Launch", date(3, 30));

            assertEquals(List.of("Q2 plan", "Q1 plan"),
                    service.baselines(chk.id()).stream().map(Baseline::name).toList(), "newest first");
            Map<String, MilestoneRow> current = byTitle(service.rows(chk.id(), null));
            assertEquals(0, current.get("Design").varianceDays());
            Map<String, MilestoneRow> againstQ1 = byTitle(service.rows(chk.id(), q1.id()));
            assertEquals(4, againstQ1.get("Design").varianceDays());
            assertEquals(date(3, 10), againstQ1.get("Design").comparedBaseline());
            assertNull(againstQ1.get("Launch").varianceDays(), "not in that baseline");
            assertNull(againstQ1.get("Launch").comparedBaseline());
            assertFalse(againstQ1.get("Launch").slipped() || againstQ1.get("Launch").early());
            assertEquals(0, byTitle(service.rows(chk.id(), q2.id())).get("Design").varianceDays());

            workspace.commands().undo(); // add Launch
            workspace.commands().undo(); // Q2
            assertEquals(date(3, 10), reload(design).baseline(), "back to the Q1 date");
            assertEquals(List.of(q1.id()), service.baselines(chk.id()).stream().map(Baseline::id).toList());
            workspace.commands().redo();
            assertEquals(q2.id(), service.baselines(chk.id()).get(0).id(), "redo brings back the same baseline");
            assertEquals(date(3, 14), reload(design).baseline());
            assertEquals(Optional.of("add milestone " + added.title()), workspace.commands().redoDescription());
        }

        @Test
        void aDuplicateOrBlankNameIsRefused() {
            milestone(chk, "Design", date(3, 10));
            service.takeBaseline(chk.id(), "Q1 plan");

            ValidationException duplicate = assertRefused(() -> service.takeBaseline(chk.id(), "q1 PLAN "));
            ValidationException blank = assertRefused(() -> service.takeBaseline(chk.id(), "  "));

            assertTrue(duplicate.getMessage().contains("Q1 plan") || duplicate.getMessage().contains("q1 PLAN"),
                    duplicate.getMessage());
            assertTrue(duplicate.getMessage().contains("already has a baseline"), duplicate.getMessage());
            assertTrue(blank.getMessage().contains("required"), blank.getMessage());
            service.takeBaseline(sso.id(), "Q1 plan");
            assertEquals(1, service.baselines(sso.id()).size(), "names are unique per program only");
        }

        /*
         * takeBaseline stamps the stored baseline with one clock.instant() (passed to TakeBaselineCommand)
         * and builds the returned Baseline with a second clock.instant(), so what the caller gets back
         * differs from what baselines() lists whenever the clock has moved in between.
         */
        @Test
        void theReturnedBaselineIsTheStoredOne() {
            Clock ticking = new ScriptedClock(Instant.parse("2026-03-01T09:00:00Z"),
                    Instant.parse("2026-03-01T09:00:01Z"));
            MilestoneService timed = new MilestoneService(workspace.store(), workspace.commands(), ticking);
            milestone(chk, "Design", date(3, 10));

            Baseline taken = timed.takeBaseline(chk.id(), "Q1 plan");

            assertEquals(List.of(taken), timed.baselines(chk.id()));
        }

        /*
         * BaselineRepository.ofProgram orders by the taken_at text (Instant.toString()), which is not
         * chronological when two instants in the same second print fractions of different length:
         * "09:00:00Z" sorts after "09:00:00.500Z" because 'Z' > '.'. The older baseline is then listed
         * first, as if it were the newest.
         */
        @Test
        void baselinesAreListedNewestFirstWithinTheSameSecond() {
            MilestoneService timed = new MilestoneService(workspace.store(), workspace.commands(),
                    new ScriptedClock(Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T09:00:00Z"),
                            Instant.parse("2026-03-01T09:00:00.500Z")));
            milestone(chk, "Design", date(3, 10));

            timed.takeBaseline(chk.id(), "First");
            timed.takeBaseline(chk.id(), "Second");

            assertEquals(List.of("Second", "First"),
                    timed.baselines(chk.id()).stream().map(Baseline::name).toList());
        }

        private Map<String, MilestoneRow> byTitle(List<MilestoneRow> rows) {
            return rows.stream().collect(Collectors.toMap(r -> r.milestone().title(), r -> r));
        }
    }

    // ---- what drives a date ----------------------------------------------------------------------

    @Nested
    class Why {

        @Test
        void rowsNameTheBindingPredecessorAndWhyListsTheChain() {
            Workstream build = service.addWorkstream(chk.id(), "Build");
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone idp = milestone(sso, "IdP ready", date(3, 1));
            Milestone launch = service.create(chk.id(), new MilestoneInput("Launch", build.id(), maya.id(), null, null,
                    date(3, 2), null, null, MilestoneStatus.PLANNED, ""));
            Milestone docs = milestone(chk, "Docs", date(3, 5));
            depend(design, idp, DependencyType.FS, "2");
            depend(idp, launch, DependencyType.FF, "-1");
            depend(docs, launch, DependencyType.FS, "0");

            Map<Long, MilestoneRow> rows = service.rows(chk.id(), null).stream()
                    .collect(Collectors.toMap(r -> r.milestone().id(), r -> r));
            MilestoneRow launchRow = rows.get(launch.id());
            assertEquals(date(3, 11), launchRow.milestone().forecast(), "Mar 10 + 2 = Mar 12, FF -1");
            assertEquals("SSO-7 · IdP ready (FF -1d)", launchRow.drivenBy(), "Docs on Mar 5 leaves slack");
            assertEquals("CHK-1", launchRow.programKey());
            assertEquals("Build", launchRow.workstream());
            assertEquals("Maya Okafor", launchRow.owner());
            assertEquals("", rows.get(design.id()).drivenBy(), "set by hand");
            assertEquals("", rows.get(docs.id()).workstream());
            assertEquals("", rows.get(docs.id()).owner());
            assertEquals("CHK-1 · Design (FS +2d)", service.rows(sso.id(), null).get(0).drivenBy());

            assertEquals(List.of(
                    "CHK-1 · Launch is forecast for 2026-03-11.",
                    "waits on SSO-7 · IdP ready (FF -1d), forecast for 2026-03-12",
                    "which waits on CHK-1 · Design (FS +2d), forecast for 2026-03-10",
                    "The first date in this chain was set by hand."), service.why(launch.id()));
            assertEquals(List.of(
                    "CHK-1 · Design is forecast for 2026-03-10.",
                    "No predecessor holds it: the date was set by hand."), service.why(design.id()));
        }

        @Test
        void namedDependenciesNameTheOtherProgramsKeyAndMilestoneFromEitherSide() {
            Milestone idp = milestone(sso, "Vendor contract signed", date(3, 1));
            Milestone launch = milestone(chk, "Launch", date(3, 20));
            depend(idp, launch, DependencyType.FS, "2");

            List<NamedDependency> ofChk = service.namedDependencies(chk.id());
            assertEquals(1, ofChk.size());
            assertEquals("waits on SSO-7 · Vendor contract signed (FS +2d)", ofChk.get(0).seenFrom(launch.id()));
            assertEquals("blocks CHK-1 · Launch (FS +2d)", service.namedDependencies(sso.id()).get(0).seenFrom(idp.id()));
            assertTrue(ofChk.get(0).touches(idp.id()) && ofChk.get(0).touches(launch.id()));
        }

        @Test
        void aDateMovedLaterByHandIsNoLongerDriven() {
            Milestone design = milestone(chk, "Design", date(3, 10));
            Milestone build = milestone(chk, "Build", date(3, 1));
            depend(design, build);
            assertEquals("CHK-1 · Design (FS)", service.rows(chk.id(), null).get(1).drivenBy());

            service.moveForecast(build.id(), date(3, 20));

            Map<Long, MilestoneRow> rows = service.rows(chk.id(), null).stream()
                    .collect(Collectors.toMap(r -> r.milestone().id(), r -> r));
            assertEquals("", rows.get(build.id()).drivenBy());
            assertEquals(2, service.why(build.id()).size());
        }
    }
}
