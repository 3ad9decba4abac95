package dev.throughline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbered SQL migrations on {@code PRAGMA user_version}: {@code db/migration/V<n>.sql}, each applied
 * in its own transaction together with the version bump. An existing file is backed up first.
 */
public final class Migrations {

    /** Newest first would be wrong: order is the version. Add a file and a line here together. */
    private static final List<String> SCRIPTS = List.of(
            "V1__people_and_programs.sql",
            "V2__objectives_and_archive.sql",
            "V3__milestones_dependencies_baselines.sql",
            "V4__raci.sql",
            "V5__raid.sql",
            "V6__meetings.sql",
            "V7__snapshots.sql",
            "V8__decisions_actions_occurrences.sql",
            "V9__intake.sql",
            "V10__health_set_at.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    static List<Path> migrate(Connection connection, Path file, boolean isNew) throws SQLException {
        return migrate(connection, file, isNew, latestVersion());
    }

    /** Migrates up to {@code target}; tests use lower targets to build older-schema fixtures. */
    static List<Path> migrate(Connection connection, Path file, boolean isNew, int target) throws SQLException {
        Sql sql = new Sql(connection);
        int current = (int) sql.count("pragma user_version");
        if (current >= target) {
            return List.of();
        }
        List<Path> backups = new ArrayList<>();
        if (!isNew) {
            try {
                backups.add(Backups.beforeMigration(connection, file, current));
            } catch (IOException | StoreException e) {
                throw new StoreException("Could not back up " + file + " before upgrading it (" + e.getMessage()
                        + "); it was not upgraded.", e);
            }
        }
        for (int version = current + 1; version <= target; version++) {
            apply(connection, sql, version);
        }
        return backups;
    }

    private static void apply(Connection connection, Sql sql, int version) throws SQLException {
        String script = load(SCRIPTS.get(version - 1));
        connection.setAutoCommit(false);
        try {
            sql.script(script);
            sql.script("pragma application_id = " + Store.APPLICATION_ID + ";\npragma user_version = " + version + ";");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String load(String name) {
        String resource = "/db/migration/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + resource, e);
        }
    }
}
