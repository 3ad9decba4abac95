package dev.throughline.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test helper run in a child JVM by {@link DamagedFileTest}: opens a workspace for writing (taking its
 * lock), adds one person, prints {@code open <pid>} and holds the workspace until its stdin closes.
 */
public final class HoldWorkspaceOpen {

    private HoldWorkspaceOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]))) {
            store.write(sql -> sql.insert("insert into people (name, function, zone, work_start, work_end)"
                    + " values ('Written by the other process', 'PM', 'UTC', '09:00', '17:00')"));
            System.out.println("open " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() != -1) {
                // Hold the workspace until the test closes our stdin (or kills us).
            }
        }
        System.out.println("closed");
    }
}
