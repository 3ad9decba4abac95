package dev.throughline.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Test helper run in a child JVM by {@link RestoreKillTest}: restores two backups onto one workspace in
 * turn, forever, printing {@code RESTORED <n> <backup>} after each restore returns, until it is killed.
 */
public final class RestoreChild {

    private RestoreChild() {
    }

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        Path[] backups = {Path.of(args[1]), Path.of(args[2])};
        for (int n = 1; ; n++) {
            Path backup = backups[n % 2];
            Recovery.restore(workspace, backup, Clock.systemUTC());
            System.out.println("RESTORED " + n + " " + backup.getFileName());
            System.out.flush();
        }
    }
}
