package dev.throughline.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.throughline.program.Health;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each text export of one realistic snapshot (with what changed since the one before) against a golden
 * file in src/test/resources/golden. After an intended change, rewrite them with
 * {@code -Dthroughline.writeGolden=src/test/resources/golden} and read the diff before committing.
 */
class SnapshotGoldenTest {

    private static final LocalDate BASE = LocalDate.of(2026, 12, 11);

    @ParameterizedTest
    @EnumSource(value = SnapshotExport.Format.class, names = {"MD", "SLACK", "HTML", "CSV", "JSON"})
    void exportMatchesItsGoldenFile(SnapshotExport.Format format) throws IOException {
        Snapshot before = snapshot(1, "2026-11-13T16:00:00Z", BASE, 9, "OPEN", Health.AT_RISK);
        Snapshot after = snapshot(2, "2026-11-20T16:00:00Z", BASE.plusDays(7), 16, "MITIGATING", Health.AT_RISK);
        String text = SnapshotExport.render(format, after, Optional.of(SnapshotDiff.between(before, after)));
        String name = "snapshot." + format.extension();
        String target = System.getProperty("throughline.writeGolden");
        if (target != null) {
            Files.writeString(Path.of(target, name), text, StandardCharsets.UTF_8);
        }
        try (var in = SnapshotGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), text, name);
        }
    }

    private static Snapshot snapshot(long id, String at, LocalDate tokenForecast, int score, String status,
                                     Health health) {
        List<FrozenMilestone> milestones = List.of(
                new FrozenMilestone(11, "Design signed off", "Discovery", "Sana Qureshi", "DONE",
                        LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 2), null, 0),
                new FrozenMilestone(12, "Tokenization API | migration", "Payments", "Marcus Lee", "IN_PROGRESS",
                        LocalDate.of(2026, 11, 20), tokenForecast, null, LocalDate.of(2027, 1, 15),
                        (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 20), tokenForecast)),
                new FrozenMilestone(13, "Beta to 5% of traffic", "Launch", "Maya Okafor", "PLANNED",
                        LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15), null, null, 0));
        List<FrozenRisk> risks = List.of(new FrozenRisk(21, "R-21", "RISK", "Tokenization overruns into beta",
                "Marcus Lee", score == 16 ? 4 : 3, score == 16 ? 4 : 3, score, score >= 15 ? "RED" : "AMBER", status,
                true, false, ""));
        boolean later = id == 2;
        List<FrozenDecision> decisions = List.of(
                new FrozenDecision(31, "Keep the legacy vault read-only until beta", "Rollback path | audit trail",
                        LocalDate.of(2026, 11, 6), "sync of 2026-11-06", "DECIDED"),
                new FrozenDecision(32, "Tokenize stored cards in batches of *50k*", later ? "Fits the nightly window" : "",
                        later ? LocalDate.of(2026, 11, 19) : null, later ? "sync of 2026-11-19" : "",
                        later ? "DECIDED" : "PENDING"));
        List<FrozenAction> actions = List.of(
                new FrozenAction(41, "Book the PCI <assessor>", "Omar Haddad", LocalDate.of(2026, 11, 18), "OPEN"),
                new FrozenAction(42, "Send the batch plan to support", "Maya Okafor", LocalDate.of(2026, 11, 17),
                        later ? "DONE" : "OPEN"),
                new FrozenAction(43, "Draft the beta FAQ", "", later ? LocalDate.of(2026, 12, 4) : null,
                        later ? "OPEN" : "DROPPED"));
        SnapshotPayload payload = new SnapshotPayload(1, Instant.parse(at), "CHK-12", "Checkout <redesign>",
                milestones, risks, List.of("“Card form” has no Accountable"), decisions, actions);
        return new Snapshot(id, 1, payload.takenAt(), health, Health.AT_RISK, "",
                "- Tokenization moved +7 days.\nBeta holds.", "- Token batch 4 migrated", "- Vault cut-over rehearsal",
                "- Security: name a PCI assessor", payload);
    }
}
