package dev.throughline.meeting;

import dev.throughline.app.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The victim of {@link RunModeCrashTest}: in its own JVM it runs a sync half-way through the real
 * services (attendance, an outcome, a decision, an action, one item finished, notes), prints
 * {@code READY} and waits to be killed, with the workspace still open.
 */
public final class RunModeCrashChild {

    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private RunModeCrashChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Workspace workspace = Workspace.open(Path.of(args[0]));
        SyncFixture f = new SyncFixture(workspace, workspace.meetings());
        OccurrenceService syncs = workspace.occurrences();
        OccurrenceRecord running = syncs.start(f.series.id(), DAY);
        AgendaEntry first = syncs.meeting(running.id()).entries().get(0);
        syncs.setPresent(running.id(), f.maya.id(), true);
        syncs.saveOutcome(first.id(), "Sandbox by Friday");
        workspace.decisionLog().decide(f.program.id(), running.id(), new DecisionInput("Ship behind a flag",
                "Rollback without a deploy", DAY, DecisionStatus.DECIDED, null));
        workspace.decisionLog().addAction(f.program.id(), running.id(), new ActionInput("Send the flag plan",
                f.kenji.id(), DAY.plusDays(3)));
        syncs.next(running.id(), ItemState.DONE);
        syncs.saveNotes(running.id(), "Typed just before the crash");
        System.out.println("READY " + running.id());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
