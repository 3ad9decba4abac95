package dev.throughline.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import dev.throughline.program.Program;
import dev.throughline.program.ProgramStatus;
import dev.throughline.risk.RaidRow;
import dev.throughline.risk.RaidStatus;
import dev.throughline.risk.RaidType;
import dev.throughline.risk.RiskService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's RAID log: realistic items per active program, linked to the plan, some triggered. */
class SampleRaidTest {

    @TempDir
    Path tempDir;

    private Workspace workspace;
    private RiskService risks;

    @BeforeEach
    void open() {
        workspace = Workspace.open(tempDir.resolve("w.db"));
        risks = new RiskService(workspace.store(), workspace.commands(),
                Clock.fixed(Instant.parse("2026-11-27T17:00:00Z"), ZoneOffset.UTC));
        workspace.sample().load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyActiveProgramHasFourToEightItemsLinkedToItsPlan() {
        for (Program program : workspace.programs().all()) {
            List<RaidRow> rows = risks.rows(program.id());
            if (program.status() == ProgramStatus.ACTIVE) {
                assertTrue(rows.size() >= 4 && rows.size() <= 8, program.key() + ": " + rows.size());
                assertTrue(rows.stream().anyMatch(r -> !r.milestoneIds().isEmpty()), program.key());
            }
        }
    }

    @Test
    void scimGaAfterTheRenewalDeadlineFiresOnTheSamplePlan() {
        Program sso = workspace.programs().byKey("SSO-7");
        List<RaidRow> agenda = risks.triggeredForAgenda(sso.id());
        RaidRow renewal = agenda.stream().filter(r -> r.item().title().startsWith("SCIM GA lands after")).findFirst()
                .orElseThrow(() -> new AssertionError("triggered: " + agenda));
        assertEquals("SSO-7 “SCIM provisioning general availability” is forecast for 2027-01-19, after 2027-01-15.",
                renewal.triggeredBecause());
        assertEquals(20, renewal.score());

        workspace.milestones().moveForecast(renewal.item().trigger().milestoneId(), java.time.LocalDate.of(2027, 1, 14));
        assertFalse(risks.rows(sso.id()).stream().filter(r -> r.item().id() == renewal.item().id()).findFirst()
                .orElseThrow().triggered(), "pulling SCIM GA in before the deadline clears it");
    }

    @Test
    void theRealisedRiskBecameAnIssueKeepingItsOrigin() {
        Program sso = workspace.programs().byKey("SSO-7");
        List<RaidRow> rows = risks.rows(sso.id());
        RaidRow realised = rows.stream().filter(r -> r.item().status() == RaidStatus.REALISED).findFirst().orElseThrow();
        assertTrue(rows.stream().anyMatch(r -> r.item().type() == RaidType.ISSUE
                && Long.valueOf(realised.item().id()).equals(r.item().realisedFromId())));
    }

    @Test
    void untriggeredRulesStayQuietAndUndoRedoKeepsIds() {
        Program chk = workspace.programs().byKey("CHK-12");
        List<RaidRow> before = risks.rows(chk.id());
        assertTrue(before.stream().anyMatch(r -> r.item().trigger() != null && !r.triggered()), "a quiet trigger");

        workspace.commands().undo();
        assertTrue(workspace.sample().isWorkspaceEmpty());
        workspace.commands().redo();
        assertEquals(before, risks.rows(workspace.programs().byKey("CHK-12").id()));
    }
}
