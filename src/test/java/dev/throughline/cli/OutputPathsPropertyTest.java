package dev.throughline.cli;

import static dev.throughline.cli.HostilePathsCliTest.assertOneLine;
import static dev.throughline.cli.HostilePathsCliTest.cli;
import static dev.throughline.cli.HostilePathsCliTest.exportCommands;
import static dev.throughline.cli.HostilePathsCliTest.shell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.cli.HostilePathsCliTest.Run;
import dev.throughline.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Every command that writes a file, aimed at paths drawn from the workspace's own files (the file,
 * its -wal and -shm while another writer has it open, the lock file, the backups folder and a backup
 * in it), symbolic and hard links to them, {@code ..} and case spellings, devices, pipes and folders,
 * with and without {@code --force}: each is refused with one line, and the workspace still passes
 * {@code check} with the same rows, its companions untouched, and every target still what it was.
 */
class OutputPathsPropertyTest {

    private static final List<String> COUNTED = List.of("people", "programs", "milestones", "raid_items", "snapshots");

    private Path folder;
    private Path db;
    private Store writer;
    private Map<String, Long> rowsBefore;
    private final Map<String, Path> hostile = new LinkedHashMap<>();
    private final Map<Path, Object> identityBefore = new LinkedHashMap<>();

    @BeforeProperty
    void aWorkspaceOpenInAnotherWriterWithABackup() throws Exception {
        folder = Files.createTempDirectory("outpaths-");
        db = folder.resolve("ws.db");
        assertEquals(0, cli(db, List.of("demo")).exit());
        writer = Store.open(db);
        Path backups = Files.createDirectories(folder.resolve("ws.backups"));
        writer.backupTo(backups.resolve("auto-20261201T080000Z.db"));
        // Committed rows that live only in the -wal: replacing it would lose them.
        writer.write(sql -> sql.update("insert into people (name, function, zone, work_start, work_end)"
                + " values ('Only in the WAL', 'PM', 'UTC', '09:00', '17:00')"));
        rowsBefore = counts();

        Path sub = Files.createDirectories(folder.resolve("sub"));
        Path links = Files.createDirectories(folder.resolve("links"));
        for (String own : List.of("ws.db", "ws.db-wal", "ws.db-shm", "ws.db.lock", "ws.backups",
                "ws.backups/auto-20261201T080000Z.db")) {
            Path file = folder.resolve(own);
            String tag = own.replace('/', '_');
            hostile.put("own " + own, file);
            hostile.put("dotdot " + own, sub.resolve("..").resolve(own));
            hostile.put("dot " + own, folder.resolve(".").resolve(own));
            hostile.put("case " + own, folder.resolve(own.toUpperCase(Locale.ROOT)));
            hostile.put("symlink " + own, Files.createSymbolicLink(links.resolve("sym-" + tag), file));
            if (Files.isRegularFile(file)) {
                hostile.put("hardlink " + own, Files.createLink(links.resolve("hard-" + tag), file));
            }
        }
        Path folderLink = Files.createSymbolicLink(links.resolve("here"), folder);
        hostile.put("folder symlink ws.db", folderLink.resolve("ws.db"));
        hostile.put("folder symlink ws.db-wal", folderLink.resolve("ws.db-wal"));
        hostile.put("folder symlink backup", folderLink.resolve("ws.backups").resolve("new.md"));
        hostile.put("inside backups", backups.resolve("status.md"));
        hostile.put("folder", folder);
        hostile.put("sub folder", sub);
        hostile.put("sub folder dotdot", sub.resolve(".."));
        if (shell("mkfifo", folder.resolve("pipe").toString()) == 0) {
            hostile.put("fifo", folder.resolve("pipe"));
            hostile.put("fifo symlink", Files.createSymbolicLink(links.resolve("sym-pipe"), folder.resolve("pipe")));
        }
        // Private nodes for /dev/null and /dev/full (same major/minor): the machine's own are never risked.
        for (String[] device : new String[][] {{"null", "3"}, {"full", "7"}}) {
            Path node = folder.resolve("dev-" + device[0]);
            if (shell("mknod", node.toString(), "c", "1", device[1]) == 0) {
                hostile.put("device " + device[0], node);
            }
        }
        for (Path target : hostile.values()) {
            identityBefore.put(target, identity(target));
        }
    }

    @AfterProperty
    void theWorkspaceStillChecksWithTheSameRows() throws Exception {
        try {
            writer.close();
            Run check = cli(db, List.of("check"));
            assertEquals(0, check.exit(), check.toString());
            assertTrue(check.out().contains("integrity: ok"), check.out());
            try (Store reader = Store.open(db, Store.Mode.READ_ONLY)) {
                assertEquals(rowsBefore, counts(reader));
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Property(tries = 100)
    void everyOutputOntoAHostilePathIsRefusedAndChangesNothing(@ForAll("attacks") Attack attack) throws Exception {
        byte[] workspaceBefore = Files.readAllBytes(db);
        byte[] walBefore = Files.readAllBytes(folder.resolve("ws.db-wal"));

        Run run = cli(db, attack.command());

        assertEquals(2, run.exit(), attack + " " + run);
        assertOneLine(run);
        assertArrayEquals(workspaceBefore, Files.readAllBytes(db), attack.toString());
        assertArrayEquals(walBefore, Files.readAllBytes(folder.resolve("ws.db-wal")), attack.toString());
        assertEquals(rowsBefore, counts(), attack.toString());
        assertTrue(writer.integrityProblems(false).isEmpty(), attack.toString());
        for (Map.Entry<Path, Object> target : identityBefore.entrySet()) {
            assertEquals(target.getValue(), identity(target.getKey()), attack + " changed " + target.getKey());
        }
        Run check = cli(db, List.of("check"));
        assertEquals(0, check.exit(), attack + " then check: " + check);
    }

    record Attack(String where, Path target, List<String> command) {
        @Override
        public String toString() {
            return where + " -> " + String.join(" ", command);
        }
    }

    @Provide
    Arbitrary<Attack> attacks() {
        Arbitrary<Map.Entry<String, Path>> targets = Arbitraries.of(new ArrayList<>(hostile.entrySet()));
        Arbitrary<Integer> commands = Arbitraries.integers().between(0, exportCommands("x").size() - 1);
        return Combinators.combine(targets, commands, Arbitraries.of(true, false)).as((target, which, force) -> {
            List<String> command = new ArrayList<>(exportCommands(target.getValue().toString()).get(which));
            if (force && !command.get(0).equals("backup") && !command.get(0).equals("generate")) {
                command.add("--force");
            }
            return new Attack(target.getKey(), target.getValue(), command);
        });
    }

    private Map<String, Long> counts() {
        return counts(writer);
    }

    private static Map<String, Long> counts(Store store) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(table, store.read(sql -> sql.count("select count(*) from " + table)));
        }
        return counts;
    }

    /** What a path is (kind, inode, size, link target), so a replaced node, file or link shows. */
    private static Object identity(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "absent";
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        boolean directory = attributes.isDirectory();
        return List.of(attributes.isRegularFile(), directory, attributes.isSymbolicLink(), attributes.isOther(),
                String.valueOf(attributes.fileKey()), directory ? -1L : attributes.size(),
                attributes.isSymbolicLink() ? Files.readSymbolicLink(path).toString() : "");
    }
}
