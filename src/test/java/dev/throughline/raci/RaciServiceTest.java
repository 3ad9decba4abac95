package dev.throughline.raci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.event.EntityChanged;
import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.MilestoneInput;
import dev.throughline.milestone.MilestoneStatus;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RaciServiceTest {

    @TempDir
    Path folder;

    private Workspace w;
    private RaciService raci;
    private Person maya;
    private Person marcus;
    private Person sana;
    private Program chk;
    private long build;
    private final List<EntityChanged> events = new ArrayList<>();

    @BeforeEach
    void open() {
        w = Workspace.open(folder.resolve("w.db"));
        raci = w.raci();
        maya = person("Maya Okafor", Function.PM);
        marcus = person("Marcus Lee", Function.ENGINEERING);
        sana = person("Sana Qureshi", Function.UX);
        chk = w.programs().create(new ProgramInput("CHK-1", "Checkout", "", ProgramStatus.ACTIVE, Health.ON_TRACK, "",
                maya.id(), null, null, null, Priority.P1, "", ""));
        build = w.milestones().addWorkstream(chk.id(), "Build").id();
        w.events().subscribe(EntityChanged.class, events::add);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private Person person(String name, Function function) {
        return w.people().create(new PersonInput(name, "", function, "", "", "", "Europe/Berlin", "09:00", "17:00"));
    }

    private <T> void undoRedo(Supplier<T> state, Runnable edit) {
        T before = state.get();
        edit.run();
        T after = state.get();
        assertFalse(before.equals(after), "the edit changed something");
        w.commands().undo();
        assertEquals(before, state.get(), "undo restores");
        w.commands().redo();
        assertEquals(after, state.get(), "redo reapplies");
    }

    private RaciMatrix matrix() {
        return raci.matrix(chk.id());
    }

    @Test
    void everyEditUndoesAndRedoes() {
        Deliverable api = raci.addDeliverable(chk.id(), "Checkout API", build, null);
        raci.addMember(chk.id(), maya.id());
        raci.addMember(chk.id(), marcus.id());

        undoRedo(this::matrix, () -> raci.addDeliverable(chk.id(), "Card form", build, null));
        undoRedo(this::matrix, () -> raci.addMember(chk.id(), sana.id()));
        undoRedo(this::matrix, () -> raci.setCell(api.id(), marcus.id(), "a"));
        undoRedo(this::matrix, () -> raci.setCell(api.id(), marcus.id(), "R"));
        assertEquals("A/R", matrix().label(api.id(), marcus.id()));
        undoRedo(this::matrix, () -> raci.setCell(api.id(), maya.id(), "C"));
        undoRedo(this::matrix, () -> raci.clearCell(api.id(), marcus.id()));
        undoRedo(this::matrix, () -> raci.renameDeliverable(api.id(), "Checkout API v2"));
        undoRedo(this::matrix, () -> raci.moveDeliverable(api.id(), +1));
        raci.setCell(api.id(), marcus.id(), "A");
        undoRedo(this::matrix, () -> raci.removeMember(chk.id(), marcus.id()));
        w.commands().undo();
        assertEquals("A", matrix().label(api.id(), marcus.id()), "undo of the removal brought the letter back");
        undoRedo(this::matrix, () -> raci.deleteDeliverable(api.id()));
        w.commands().undo();
        assertEquals("A", matrix().label(api.id(), marcus.id()), "same id and letters after redo and undo");
        undoRedo(raci::loadThreshold, () -> raci.setLoadThreshold(3));
        assertTrue(events.stream().anyMatch(e -> e.entity() == EntityChanged.Entity.RACI));
        assertTrue(events.stream().anyMatch(e -> e.entity() == EntityChanged.Entity.DELIVERABLE));
    }

    @Test
    void reorderStaysWithinTheWorkstream() {
        Deliverable a = raci.addDeliverable(chk.id(), "A", build, null);
        Deliverable b = raci.addDeliverable(chk.id(), "B", build, null);
        Deliverable loose = raci.addDeliverable(chk.id(), "Loose", null, null);
        assertFalse(raci.moveDeliverable(a.id(), -1), "already first");
        assertTrue(raci.moveDeliverable(a.id(), +1));
        assertEquals(List.of(b.id(), a.id(), loose.id()), matrix().deliverables().stream().map(Deliverable::id).toList());
        assertFalse(raci.moveDeliverable(a.id(), +1), "rows without a workstream are another group");
    }

    @Test
    void aLetterOtherThanRaciIsRefusedAndNothingChanges() {
        Deliverable api = raci.addDeliverable(chk.id(), "Checkout API", build, null);
        raci.addMember(chk.id(), marcus.id());
        raci.setCell(api.id(), marcus.id(), "A");
        int undoable = w.commands().size();
        ValidationException e = assertThrows(ValidationException.class, () -> raci.setCell(api.id(), marcus.id(), "x"));
        assertTrue(e.getMessage().startsWith("Only R, A, C or I"), e.getMessage());
        assertEquals("A", matrix().label(api.id(), marcus.id()));
        assertEquals(undoable, w.commands().size());
    }

    @Test
    void aPersonWithRolesCannotBeDeletedAndTheMessageNamesThePrograms() {
        Deliverable api = raci.addDeliverable(chk.id(), "Checkout API", build, null);
        raci.addMember(chk.id(), sana.id());
        raci.setCell(api.id(), sana.id(), "R");
        ValidationException e = assertThrows(ValidationException.class, () -> w.people().delete(sana.id()));
        assertEquals("Sana Qureshi still has RACI roles in CHK-1; remove them from that RACI first.", e.getMessage());
        assertEquals("R", matrix().label(api.id(), sana.id()), "nothing lost");

        raci.removeMember(chk.id(), sana.id());
        w.people().delete(sana.id());
        assertThrows(ValidationException.class, () -> raci.setCell(api.id(), sana.id(), "R"));
        assertThrows(ValidationException.class, () -> raci.setCell(api.id(), marcus.id(), "R"), "not a column");
    }

    @Test
    void aWorkstreamThatGroupsDeliverablesCannotBeDeleted() {
        raci.addDeliverable(chk.id(), "Checkout API", build, null);
        ValidationException e = assertThrows(ValidationException.class, () -> w.milestones().deleteWorkstream(build));
        assertTrue(e.getMessage().contains("RACI"), e.getMessage());
    }

    @Test
    void loadCountsAtRiskProgramsAndSlippedMilestones() {
        Milestone late = w.milestones().create(chk.id(), new MilestoneInput("API done", build, null, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9), null, null, MilestoneStatus.IN_PROGRESS, ""));
        Deliverable a = raci.addDeliverable(chk.id(), "API", build, late.id());
        Deliverable b = raci.addDeliverable(chk.id(), "Docs", build, null);
        raci.addMember(chk.id(), marcus.id());
        raci.setCell(a.id(), marcus.id(), "A");
        raci.setCell(a.id(), marcus.id(), "R");
        raci.setCell(b.id(), marcus.id(), "R");
        raci.setLoadThreshold(1);

        PersonLoad.Row row = raci.load().get(0);
        assertEquals(new PersonLoad.Row(marcus.id(), "Marcus Lee", 2, 1, 1, true), row);
        assertEquals(1, raci.loadThreshold());
    }

    @Test
    void theSampleHasFullMatricesAndOneDeliberateProblemInSso7() {
        Workspace sample = Workspace.open(folder.resolve("sample.db"));
        try (sample) {
            sample.sample().load();
            for (Program p : sample.programs().all()) {
                RaciMatrix m = sample.raci().matrix(p.id());
                assertTrue(m.deliverables().size() >= 8 && m.deliverables().size() <= 12, p.key());
                if (p.key().equals("SSO-7")) {
                    assertEquals(List.of("1 deliverable has more than one Accountable", "1 deliverable has no Responsible"),
                            RaciRules.summary(m.problems()));
                } else {
                    assertEquals(List.of(), m.problems(), p.key());
                }
            }
            sample.commands().undo();
            assertTrue(sample.sample().isWorkspaceEmpty());
            sample.commands().redo();
            assertEquals(2, sample.raci().matrix(sample.programs().byKey("SSO-7").id()).problems().size());
        }
    }

    @Test
    void aRowMovesToAnotherWorkstreamLastThereAndBackOnUndo() {
        long design = w.milestones().addWorkstream(chk.id(), "Design").id();
        Deliverable api = raci.addDeliverable(chk.id(), "Checkout API", build, null);
        Deliverable flows = raci.addDeliverable(chk.id(), "Flows", design, null);

        undoRedo(this::matrix, () -> assertTrue(raci.moveDeliverableToWorkstream(api.id(), design)));
        assertEquals(List.of("Flows", "Checkout API"), matrix().deliverables().stream()
                .filter(d -> d.workstreamId() != null && d.workstreamId() == design).map(Deliverable::title).toList());
        assertFalse(raci.moveDeliverableToWorkstream(api.id(), design), "already there");
        assertTrue(raci.moveDeliverableToWorkstream(flows.id(), null));
        assertEquals("No workstream", matrix().workstreamName(matrix().deliverable(flows.id()).orElseThrow().workstreamId()));

        Program other = w.programs().create(new ProgramInput("SSO-1", "SSO", "", ProgramStatus.ACTIVE, Health.ON_TRACK, "",
                maya.id(), null, null, null, Priority.P1, "", ""));
        long foreign = w.milestones().addWorkstream(other.id(), "Elsewhere").id();
        ValidationException e = assertThrows(ValidationException.class,
                () -> raci.moveDeliverableToWorkstream(api.id(), foreign));
        assertEquals("That workstream does not belong to this program.", e.getMessage());
    }
}
