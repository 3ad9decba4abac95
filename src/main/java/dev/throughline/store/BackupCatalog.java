package dev.throughline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups folder of one workspace: automatic backups with rotation, listing with contents, and
 * the newest backup that passes SQLite's check. Backup names carry their kind and UTC time:
 * {@code auto-20261127T071500Z.db}, {@code pre-migration-v1-...db}, {@code manual-...db}.
 */
public final class BackupCatalog {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("^([a-z0-9-]+?)-(\\d{8}T\\d{6}Z)(?:-\\d+)?\\.db$");

    private final Path workspace;
    private final Clock clock;

    public BackupCatalog(Path workspace, Clock clock) {
        this.workspace = workspace.toAbsolutePath();
        this.clock = clock;
    }

    public Path folder() {
        return Backups.folderFor(workspace);
    }

    /** A fresh name for a backup of this kind, unique even within one second. */
    Path newBackupPath(String kind) {
        String stamp = STAMP.format(clock.instant());
        Path candidate = folder().resolve(kind + "-" + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder().resolve(kind + "-" + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    /** Takes an automatic backup of the open store, then deletes automatic backups the rotation drops. */
    public Path backUp(Store store, String kind) {
        Path target = newBackupPath(kind);
        store.backupTo(target);
        if ("auto".equals(kind)) {
            rotate();
        }
        return target;
    }

    void rotate() {
        List<BackupInfo> autos = list(false).stream().filter(b -> b.kind().equals("auto")).toList();
        List<Instant> drop = BackupRotation.toDelete(autos.stream().map(BackupInfo::takenAt).toList(), clock.instant());
        for (BackupInfo backup : autos) {
            if (drop.contains(backup.takenAt())) {
                try {
                    Files.deleteIfExists(backup.file());
                } catch (IOException ignored) {
                    // An undeletable old backup costs space, not data; the next rotation tries again.
                }
            }
        }
    }

    /** Every backup, newest first; with {@code inspect}, each is opened read-only to count and check it. */
    public List<BackupInfo> list(boolean inspect) {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(file)) { // a pipe or device would block the reader
                    continue;
                }
                Instant taken;
                try {
                    taken = Instant.from(STAMP.parse(m.group(2)));
                } catch (DateTimeParseException e) {
                    continue;
                }
                long size = Files.size(file);
                found.add(inspect ? inspect(file, taken, m.group(1), size) : new BackupInfo(file, taken, m.group(1), size, "", true));
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder() + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).reversed().thenComparing(b -> b.file().toString(), Comparator.reverseOrder()));
        return found;
    }

    public Optional<BackupInfo> newestSound() {
        return list(true).stream().filter(BackupInfo::sound).findFirst();
    }

    private static BackupInfo inspect(Path file, Instant taken, String kind, long size) {
        try (Connection c = Store.connectForReading(file)) {
            Sql sql = new Sql(c);
            boolean sound = Integrity.problems(sql, false).isEmpty()
                    && sql.count("pragma application_id") == Store.APPLICATION_ID;
            boolean hasMilestones = sql.count("select count(*) from sqlite_master where type = 'table' and name = 'milestones'") > 0;
            String counts = sql.count("select count(*) from programs") + " programs, "
                    + (hasMilestones ? sql.count("select count(*) from milestones") + " milestones, " : "")
                    + sql.count("select count(*) from people") + " people";
            return new BackupInfo(file, taken, kind, size, counts, sound);
        } catch (SQLException | RuntimeException e) {
            return new BackupInfo(file, taken, kind, size, "unreadable", false);
        }
    }
}
