package dev.throughline.store;

import dev.throughline.app.Workspace;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.program.Health;
import dev.throughline.program.ObjectiveInput;
import dev.throughline.program.Priority;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramInput;
import dev.throughline.program.ProgramStatus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The victim of {@link CrashTest}: run in its own JVM, it opens a workspace and applies real user
 * commands through the services, one after another, until it is killed. After each command has
 * returned (so its transaction committed) it prints {@code ACK <n> <what>} and flushes.
 *
 * <p>Arguments: the workspace file, a trial tag (a small number that makes names unique across trials
 * on the same file) and optionally the number of commands after which to stop by itself.
 *
 * <p>Commands, in turn ({@code <t>} is the tag, {@code <n>} the command number, from 1):
 * <ul>
 *   <li>{@code ACK <n> person Person <t>-<n>}: a new person, role {@code Role <n>}, email {@code p<t>-<n>@crash.example};</li>
 *   <li>{@code ACK <n> update Person <t>-<m> Role <n>}: an earlier person of this trial gets role {@code Role <n>};</li>
 *   <li>{@code ACK <n> program T<t>-<n>}: a new program named {@code Program <t>-<n>}, run by the newest person;</li>
 *   <li>{@code ACK <n> objective T<t>-<k> Objective <t>-<n>}: an objective added to the newest program.</li>
 * </ul>
 */
public final class CrashChild {

    /** Program keys allow five digits after the dash. */
    static final int MAX_COMMANDS = 99_999;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int tag = Integer.parseInt(args[1]);
        int limit = args.length > 2 ? Math.min(Integer.parseInt(args[2]), MAX_COMMANDS) : MAX_COMMANDS;
        PrintStream out = System.out;
        List<Person> people = new ArrayList<>();
        Program newestProgram = null;
        try (Workspace workspace = Workspace.open(file)) {
            out.println("OPEN " + file + (workspace.store().checkedAfterUncleanExit() ? " after-unclean-exit" : ""));
            out.flush();
            for (int n = 1; n <= limit; n++) {
                String ack;
                int step = people.isEmpty() ? 0 : (n - 1) % 4;
                if (step == 1 && people.size() < 2) {
                    step = 0;
                }
                switch (step) {
                    case 0 -> {
                        String name = "Person " + tag + "-" + n;
                        Person created = workspace.people().create(new PersonInput(name, "Role " + n,
                                Function.values()[n % Function.values().length], "p" + tag + "-" + n + "@crash.example",
                                "p" + tag + "-" + n, "", "Europe/Berlin", "08:00", "16:00"));
                        people.add(created);
                        ack = "person " + created.name();
                    }
                    case 1 -> {
                        // An earlier person (never the newest), walking back through the trial's people.
                        int index = (n / 4) % (people.size() - 1);
                        Person before = people.get(index);
                        PersonInput edited = PersonInput.of(before);
                        Person after = workspace.people().update(before.id(), new PersonInput(edited.name(),
                                "Role " + n, edited.function(), edited.email(), edited.slack(), edited.gitlab(),
                                edited.zone(), edited.workStart(), edited.workEnd()));
                        people.set(index, after);
                        ack = "update " + after.name() + " " + after.role();
                    }
                    case 2 -> {
                        Person tpgm = people.get(people.size() - 1);
                        newestProgram = workspace.programs().create(new ProgramInput("T" + tag + "-" + n,
                                "Program " + tag + "-" + n, "Survive a crash", ProgramStatus.ACTIVE, Health.ON_TRACK, "",
                                tpgm.id(), people.get(0).id(), LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 31),
                                Priority.P1, "#crash-" + tag, "https://example.com/crash/" + tag + "/" + n));
                        ack = "program " + newestProgram.key();
                    }
                    default -> {
                        if (newestProgram == null) {
                            throw new IllegalStateException("no program yet at command " + n);
                        }
                        String text = "Objective " + tag + "-" + n;
                        workspace.programs().addObjective(newestProgram.id(),
                                new ObjectiveInput(text, "orders lost", "0", String.valueOf(n)));
                        ack = "objective " + newestProgram.key() + " " + text;
                    }
                }
                out.println("ACK " + n + " " + ack);
                out.flush();
            }
        }
        out.println("DONE " + limit);
        out.flush();
    }
}
