package dev.throughline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader (the CLI, read-only) sees one state across several reads while the app commits in between. */
class ReadConsistentTest {

    private static final String ADD_PERSON = "insert into people (name, function, zone, work_start, work_end)"
            + " values (?, 'PM', 'UTC', '09:00', '17:00')";
    private static final String PEOPLE = "select count(*) from people";

    @TempDir
    Path folder;

    @Test
    void readsInsideOneReadTransactionIgnoreACommitMadeBetweenThem() {
        Path db = folder.resolve("w.db");
        try (Store writer = Store.open(db)) {
            writer.write(sql -> sql.insert(ADD_PERSON, "Maya"));
            try (Store reader = Store.open(db, Store.Mode.READ_ONLY)) {
                List<Long> seen = reader.readConsistent(() -> {
                    long first = reader.read(sql -> sql.count(PEOPLE));
                    writer.write(sql -> sql.insert(ADD_PERSON, "Ben"));
                    long second = reader.read(sql -> sql.count(PEOPLE));
                    return List.of(first, second);
                });
                assertEquals(List.of(1L, 1L), seen, "both reads see the state at the start");
                assertEquals(Long.valueOf(2), reader.read(sql -> Long.valueOf(sql.count(PEOPLE))), "the next read sees the commit");

                long first = reader.read(sql -> sql.count(PEOPLE));
                writer.write(sql -> sql.insert(ADD_PERSON, "Ana"));
                assertEquals(Long.valueOf(first + 1), reader.read(sql -> Long.valueOf(sql.count(PEOPLE))), "outside, each read is its own");
            }
        }
    }
}
