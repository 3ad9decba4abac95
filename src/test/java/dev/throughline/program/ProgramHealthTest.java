package dev.throughline.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.attention.AttentionItem;
import dev.throughline.people.Function;
import dev.throughline.people.Person;
import dev.throughline.people.PersonInput;
import dev.throughline.snapshot.PortfolioRollup;
import dev.throughline.snapshot.SnapshotDraft;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One current health per program, on a real workspace file and without a window (issue 15, defect 3). */
class ProgramHealthTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Program chk;
    private final String today = LocalDate.now(ZoneOffset.UTC).toString();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        Person maya = workspace.people().create(new PersonInput("Maya Okafor", "TPgM", Function.PM, "maya@example.com",
                "", "", "Europe/Berlin", "09:00", "17:00"));
        chk = workspace.programs().create(new ProgramInput("CHK-1", "Checkout", "", ProgramStatus.ACTIVE,
                Health.ON_TRACK, "", maya.id(), null, null, null, Priority.P1, "", ""));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aNewProgramsHealthIsTheOneItWasCreatedWith() {
        ProgramHealth health = workspace.programs().health(chk.id());
        assertEquals(Health.ON_TRACK, health.health());
        assertEquals("On track — edited " + today, health.describe());
    }

    @Test
    void anAtRiskSnapshotIsTheHealthEveryViewReads() {
        workspace.snapshots().take(chk.id(), draft(Health.AT_RISK, "Vendor API slipped two weeks"));

        ProgramHealth health = workspace.programs().health(chk.id());
        assertEquals(Health.AT_RISK, health.health());
        assertEquals("Vendor API slipped two weeks", health.reason());
        assertEquals("At risk — from snapshot of " + today, health.describe());
        ProgramSummary row = workspace.programs().portfolio().get(0);
        assertEquals(Health.AT_RISK, row.health(), "Portfolio and the CLI programs");
        assertEquals("Vendor API slipped two weeks", row.healthReason());
        AttentionItem home = workspace.attention().items().stream()
                .filter(i -> i.kind() == AttentionItem.Kind.PROGRAM_HEALTH).findFirst().orElseThrow();
        assertEquals("At risk", home.badge());
        assertEquals("Vendor API slipped two weeks (from snapshot of " + today + ")", home.detail());
        PortfolioRollup.Row rollup = workspace.snapshots().rollup().rows().get(0);
        assertEquals(Health.AT_RISK, rollup.health());
    }

    @Test
    void savingTheFormForAnotherFieldKeepsTheSnapshotsHealth() {
        workspace.snapshots().take(chk.id(), draft(Health.AT_RISK, "Vendor API slipped"));
        ProgramFormModel.Data data = new ProgramFormModel.Data(workspace.people().all(), java.util.Set.of(),
                java.util.Optional.empty(), workspace.programs().health(chk.id()));
        ProgramInput form = ProgramFormModel.initial(chk, data);
        assertEquals(Health.AT_RISK, form.health(), "the form starts from the current health");

        workspace.programs().update(chk.id(), withName(form, "Checkout v2"));

        ProgramHealth health = workspace.programs().health(chk.id());
        assertEquals(ProgramHealth.Source.SNAPSHOT, health.source());
        assertEquals(Health.AT_RISK, health.health());
    }

    @Test
    void anEditAfterTheSnapshotWinsUntilItIsUndone() {
        workspace.snapshots().take(chk.id(), draft(Health.AT_RISK, "Vendor API slipped"));
        ProgramInput input = ProgramInput.of(workspace.programs().get(chk.id()));
        workspace.programs().update(chk.id(), withHealth(input, Health.OFF_TRACK, "Vendor cancelled the contract"));

        ProgramHealth edited = workspace.programs().health(chk.id());
        assertEquals("Off track — edited " + today, edited.describe());
        assertEquals("Vendor cancelled the contract", edited.reason());
        PortfolioRollup.Row rollup = workspace.snapshots().rollup().rows().get(0);
        assertEquals(Health.OFF_TRACK, rollup.health(), "the roll-up shows the newer edit");
        assertTrue(rollup.reason().endsWith("(edited " + today + ")"), rollup.reason());

        workspace.commands().undo();
        assertEquals("At risk — from snapshot of " + today, workspace.programs().health(chk.id()).describe());
    }

    @Test
    void theRuleComparesTheEditWithTheSnapshotTime() {
        Instant snapshot = Instant.parse("2026-12-01T16:00:00Z");
        ProgramHealth older = ProgramHealth.of(new ProgramHealth.Facts(Health.ON_TRACK, "", Instant.parse(
                "2026-11-30T10:00:00Z"), Health.AT_RISK, "late", snapshot));
        assertEquals("At risk — from snapshot of 2026-12-01", older.describe());
        ProgramHealth newer = ProgramHealth.of(new ProgramHealth.Facts(Health.ON_TRACK, "", Instant.parse(
                "2026-12-02T10:00:00Z"), Health.AT_RISK, "late", snapshot));
        assertEquals("On track — edited 2026-12-02", newer.describe());
        ProgramHealth unknown = ProgramHealth.of(new ProgramHealth.Facts(Health.ON_TRACK, "", null, Health.AT_RISK,
                "late", snapshot));
        assertEquals(ProgramHealth.Source.SNAPSHOT, unknown.source(), "no edit time: the snapshot decides");
        ProgramHealth none = ProgramHealth.of(ProgramHealth.Facts.withoutSnapshot(Health.AT_RISK, "late", null));
        assertEquals("At risk — set on the program", none.describe());
    }

    private static SnapshotDraft draft(Health health, String reason) {
        return new SnapshotDraft(health, reason, "", "", "", "");
    }

    private static ProgramInput withName(ProgramInput in, String name) {
        return new ProgramInput(in.key(), name, in.objective(), in.status(), in.health(), in.healthReason(), in.tpgmId(),
                in.sponsorId(), in.start(), in.target(), in.priority(), in.channel(), in.links());
    }

    private static ProgramInput withHealth(ProgramInput in, Health health, String reason) {
        return new ProgramInput(in.key(), in.name(), in.objective(), in.status(), health, reason, in.tpgmId(),
                in.sponsorId(), in.start(), in.target(), in.priority(), in.channel(), in.links());
    }
}
