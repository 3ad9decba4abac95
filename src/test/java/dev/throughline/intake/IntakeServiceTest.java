package dev.throughline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.meeting.MeetingSeries;
import dev.throughline.milestone.Milestone;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramStatus;
import dev.throughline.raci.RaciMatrix;
import dev.throughline.raci.RaciRules;
import dev.throughline.risk.RaidRow;
import dev.throughline.validation.ValidationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intake on a real workspace file: validation, triage, and the program an accepted request becomes. */
class IntakeServiceTest {

    /** Friday 27 November 2026, 9:00 in California. */
    private static final Instant NOW = Instant.parse("2026-11-27T17:00:00Z");

    @TempDir
    Path folder;

    private Workspace workspace;
    private IntakeService intake;
    private Person maya;
    private Person elena;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        intake = new IntakeService(workspace.store(), workspace.commands(), Clock.fixed(NOW, ZoneOffset.UTC));
        maya = workspace.people().create(new PersonInput("Maya Okafor", "Senior TPgM", Function.PM, "maya@example.com",
                "@maya", "", "America/Los_Angeles", "08:00", "16:00"));
        elena = workspace.people().create(new PersonInput("Elena Brooks", "VP Product", Function.PM, "elena@example.com",
                "@elena", "", "America/Los_Angeles", "08:30", "17:00"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private IntakeInput request(LocalDate desired) {
        return new IntakeInput("Elena Brooks", "Partner onboarding portal", "Partners wait 3 weeks for a sandbox.",
                "Self-serve onboarding in under a day", Complexity.HIGH,
                Set.of(Function.PM, Function.UX, Function.ENGINEERING), "Partner success", Criticality.CRITICAL, desired,
                "https://gitlab.example.com/epics/12", "partner-portal", "", NOW.minusSeconds(3600));
    }

    @Test
    void aDesiredDateInThePastIsRefusedWithTheDateNamedAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> intake.create(request(LocalDate.of(2026, 11, 1))));
        assertEquals("The desired date 2026-11-01 is in the past (today is 2026-11-27); choose today or later,"
                + " or leave it empty.", e.getMessage());
        assertEquals(List.of(), intake.rows());
        assertEquals(0, workspace.commands().size() - 2);
    }

    @Test
    void aRequesterOutsideTheDirectoryIsNamed() {
        IntakeInput in = request(null);
        IntakeInput stranger = new IntakeInput("Zed Unknown", in.initiative(), in.problem(), in.outcome(),
                in.complexity(), in.functions(), in.otherFunctions(), in.criticality(), null, "", "", "", NOW);
        ValidationException e = assertThrows(ValidationException.class, () -> intake.create(stranger));
        assertEquals("No one called “Zed Unknown” is in the people directory; add them under People first.",
                e.getMessage());
    }

    @Test
    void acceptingBuildsTheProgramFromTheTemplateInOneUndoableStep() {
        IntakeRequest request = intake.create(request(LocalDate.of(2027, 3, 31)));
        int before = workspace.commands().size();
        Program program = intake.accept(request.id(), new AcceptInput("pop-1", maya.id()));

        assertEquals(before + 1, workspace.commands().size());
        assertEquals("POP-1", program.key());
        assertEquals("Partner onboarding portal", program.name());
        assertEquals("Self-serve onboarding in under a day", program.objective());
        assertEquals(ProgramStatus.PLANNED, program.status());
        assertEquals(Priority.P0, program.priority());
        assertEquals(maya.id(), program.tpgmId());
        assertEquals(LocalDate.of(2026, 11, 30), program.start());
        assertEquals(LocalDate.of(2027, 3, 31), program.target());
        assertEquals("#partner-portal", program.channel());
        assertEquals(List.of("Self-serve onboarding in under a day"),
                workspace.programs().objectives(program.id()).stream().map(o -> o.text()).toList());
        assertEquals(List.of("Program management", "Product", "UX", "Engineering", "Partner success"),
                workspace.milestones().workstreams(program.id()).stream().map(w -> w.name()).toList());
        List<Milestone> milestones = workspace.milestones().milestones(program.id());
        assertEquals("Kickoff", milestones.get(0).title());
        assertEquals(LocalDate.of(2026, 11, 30), milestones.get(0).forecast());
        assertEquals("Launch", milestones.get(milestones.size() - 1).title());
        assertEquals(LocalDate.of(2027, 3, 31), milestones.get(milestones.size() - 1).forecast());
        assertEquals(7, milestones.size());

        RaciMatrix raci = workspace.raci().matrix(program.id());
        assertEquals(List.of("Maya Okafor", "Elena Brooks"), raci.members().stream().map(Person::name).toList());
        assertTrue(raci.deliverables().stream().allMatch(d -> raci.label(d.id(), elena.id()).equals("I")),
                "the requester is Informed on every row");
        assertEquals("A/R", raci.label(raci.deliverables().get(0).id(), maya.id()));
        assertEquals(4, raci.problems().stream().filter(p -> p.kind() == RaciRules.Kind.NO_ACCOUNTABLE).count(),
                "each function's row waits for its owner");

        List<MeetingSeries> syncs = workspace.meetings().series(program.id());
        assertEquals(1, syncs.size());
        assertEquals("POP-1 weekly sync", syncs.get(0).title());
        assertEquals(LocalDate.of(2026, 12, 1), syncs.get(0).firstDate());
        assertEquals(List.of(maya.id(), elena.id()), syncs.get(0).attendeeIds());

        List<RaidRow> risks = workspace.risks().rows(program.id());
        assertEquals(List.of("Owners not yet named for every workstream", "Cross-functional dependencies not yet mapped",
                "Scope grows before the plan is signed off"), risks.stream().map(r -> r.item().title()).toList());
        assertTrue(risks.stream().allMatch(r -> "Maya Okafor".equals(r.owner())));

        IntakeRequest accepted = intake.get(request.id());
        assertEquals(IntakeStatus.ACCEPTED, accepted.status());
        assertEquals(program.id(), accepted.programId());
        assertEquals(NOW, accepted.firstResponseAt());
        assertEquals("Accepted as POP-1, run by Maya Okafor.", accepted.triageNote());

        assertEquals("accept IR-" + request.id() + " as POP-1", workspace.commands().undo().orElseThrow());
        assertTrue(workspace.programs().find(program.id()).isEmpty());
        assertEquals(IntakeStatus.NEW, intake.get(request.id()).status());
        assertNull(intake.get(request.id()).firstResponseAt());
        assertEquals(Long.valueOf(0), workspace.store().read(sql -> (Long) sql.count("select (select count(*) from milestones)"
                + " + (select count(*) from workstreams) + (select count(*) from deliverables)"
                + " + (select count(*) from raid_items) + (select count(*) from meeting_series)")));

        workspace.commands().redo();
        assertEquals("POP-1", workspace.programs().get(program.id()).key());
        assertEquals(7, workspace.milestones().milestones(program.id()).size());
        assertEquals(program.id(), intake.get(request.id()).programId());
    }

    @Test
    void aTakenKeyOrNoTpgmIsRefusedBeforeAnythingIsWritten() {
        IntakeRequest request = intake.create(request(null));
        intake.accept(request.id(), new AcceptInput("POP-1", maya.id()));
        workspace.commands().undo();
        IntakeRequest other = intake.create(request(null));
        intake.accept(other.id(), new AcceptInput("POP-1", maya.id()));
        ValidationException taken = assertThrows(ValidationException.class,
                () -> intake.accept(request.id(), new AcceptInput("POP-1", maya.id())));
        assertEquals("Another program already uses the key POP-1.", taken.getMessage());
        ValidationException nobody = assertThrows(ValidationException.class,
                () -> intake.accept(request.id(), new AcceptInput("POP-2", null)));
        assertEquals("Choose the TPgM who will run it.", nobody.getMessage());
        assertEquals(IntakeStatus.NEW, intake.get(request.id()).status());
    }

    @Test
    void declineNeedsAReasonAndStopsTheClock() {
        IntakeRequest request = intake.create(request(null));
        ValidationException e = assertThrows(ValidationException.class, () -> intake.decline(request.id(), "  "));
        assertEquals("Give a reason for declining; the requester will read it.", e.getMessage());
        IntakeRequest declined = intake.decline(request.id(), "A single team can run this; try #eng-help.");
        assertEquals(IntakeStatus.DECLINED, declined.status());
        assertEquals(NOW, declined.firstResponseAt());
        ValidationException again = assertThrows(ValidationException.class,
                () -> intake.askForMore(request.id(), "Which partners?"));
        assertTrue(again.getMessage().endsWith("was already declined; undo that first to triage it again."));
    }

    @Test
    void aRequesterCannotBeDeletedWhileTheirRequestIsKept() {
        intake.create(request(null));
        ValidationException e = assertThrows(ValidationException.class, () -> workspace.people().delete(elena.id()));
        assertEquals("Elena Brooks asked for 1 intake request(s), for example “Partner onboarding portal”; they stay"
                + " its requester.", e.getMessage());
    }

    @Test
    void askingForMoreKeepsTheFirstResponseTime() {
        IntakeRequest request = intake.create(request(null));
        IntakeRequest asked = intake.askForMore(request.id(), "Which partners are in the first wave?");
        assertEquals(IntakeStatus.NEEDS_INFO, asked.status());
        assertEquals(NOW, asked.firstResponseAt());
        IntakeRow row = intake.rows().get(0);
        assertEquals(ResponseClock.State.ON_TIME, row.response().state());
        assertEquals("Elena Brooks", row.requester());
    }
}
