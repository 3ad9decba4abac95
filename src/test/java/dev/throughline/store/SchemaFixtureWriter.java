package dev.throughline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the committed older-schema fixtures {@code src/test/resources/fixtures/schema-v<n>.db} used by
 * {@link StoreOpenTest}. Not part of the normal build (its name matches no surefire include, and it only
 * runs with the property set). When a migration V<n+1> is added, write the new {@code schema-v<n>.db}:
 *
 * <pre>./mvnw -o -q test -Dtest=SchemaFixtureWriter -Dthroughline.writeFixtures=src/test/resources/fixtures</pre>
 *
 * Existing fixtures are never overwritten: they stand for files that users already have.
 */
class SchemaFixtureWriter {

    @Test
    @EnabledIfSystemProperty(named = "throughline.writeFixtures", matches = ".+")
    void writeMissingFixtures() throws Exception {
        Path folder = Path.of(System.getProperty("throughline.writeFixtures")).toAbsolutePath();
        Files.createDirectories(folder);
        for (int version = 1; version < Migrations.latestVersion(); version++) {
            Path file = folder.resolve("schema-v" + version + ".db");
            if (!Files.exists(file)) {
                write(file, version);
            }
        }
    }

    /** The schema as of {@code version}, holding two people and one program (columns of schema 1). */
    static void write(Path file, int version) throws Exception {
        try (Connection connection = Store.connect(file, false)) {
            Migrations.migrate(connection, file, true, version);
            Sql sql = new Sql(connection);
            long maya = sql.insert("insert into people (name, role, function, email, slack, gitlab, zone, work_start,"
                            + " work_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "Maya Okafor", "Senior TPgM", "PM", "maya@example.com", "@maya", "mokafor",
                    "America/Los_Angeles", "08:00", "16:00");
            long jonas = sql.insert("insert into people (name, role, function, email, slack, gitlab, zone, work_start,"
                            + " work_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "Jonas Lindqvist", "VP Engineering", "ENGINEERING", "jonas@example.com", "@jonas", "jlindqvist",
                    "Europe/Stockholm", "09:00", "17:00");
            sql.insert("insert into programs (key, name, objective, status, health, health_reason, tpgm_id, sponsor_id,"
                            + " start_date, target_date, priority, channel, links)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    "CHK-12", "Checkout rewrite", "Cut checkout latency in half", "ACTIVE", "AT_RISK",
                    "Payments vendor slipped two weeks", maya, jonas, "2024-02-01", "2024-09-30", "P1",
                    "#checkout-rewrite", "https://example.com/chk-12");
        }
    }
}
