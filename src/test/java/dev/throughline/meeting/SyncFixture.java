package dev.throughline.meeting;

import dev.throughline.app.Workspace;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import java.util.List;

/** A program with two people and a weekly Tuesday sync with a two-section template, for the sync tests. */
final class SyncFixture {

    final Person maya;
    final Person kenji;
    final Program program;
    final MeetingSeries series;

    SyncFixture(Workspace workspace, MeetingService meetings) {
        maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "maya@example.com", "", "",
                "America/Los_Angeles", "08:00", "16:00"));
        kenji = workspace.people().create(new PersonInput("Kenji Sato", "EM", Function.ENGINEERING, "kenji@example.com",
                "", "", "Asia/Tokyo", "09:00", "18:00"));
        program = workspace.programs().create(new ProgramInput("CHK-1", "Checkout", "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", maya.id(), null, null, null, Priority.P1, "", ""));
        series = meetings.create(program.id(), new MeetingInput("Checkout weekly", "FREQ=WEEKLY;BYDAY=TU;COUNT=10",
                "2026-11-03", "09:00", "30", "America/Los_Angeles", true, "", List.of(maya.id(), kenji.id()),
                List.of(new AgendaSection(SectionKind.FREE, "Vendor status", 10),
                        new AgendaSection(SectionKind.FREE, "Launch checklist", 5))));
    }
}
