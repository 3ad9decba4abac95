package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code raci} on the sample: SSO-7 breaks a rule (exit 1), CHK-12 does not (exit 0). */
class RaciCliTest {

    @TempDir
    Path folder;

    private String db;

    @BeforeEach
    void sample() {
        Path file = folder.resolve("w.db");
        db = file.toString();
        try (Workspace w = Workspace.open(file)) {
            w.sample().load();
            var sso = w.programs().byKey("SSO-7");
            var row = w.raci().matrix(sso.id()).deliverables().get(0);
            w.raci().renameDeliverable(row.id(), "=cmd|' /C calc'!A0\nsecond line");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tableListsTheMatrixAndTheProblemsAndExitsOne() {
        Run run = cli("--db", db, "raci", "sso-7");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("SAML general availability"), run.out());
        assertTrue(run.out().contains("1 deliverable has more than one Accountable"), run.out());
        assertTrue(run.out().contains("Okta and Entra ID marketplace certification: no Responsible"), run.out());
    }

    @Test
    void aMatrixWithoutProblemsExitsZero() {
        Run run = cli("--db", db, "raci", "CHK-12", "--format", "table");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("No problems"), run.out());
    }

    @Test
    void markdownEscapesPipesAndLineBreaksAndListsProblems() {
        Run run = cli("--db", db, "raci", "SSO-7", "--format", "md");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("=cmd\\|' /C calc'!A0<br>second line"), run.out());
        assertTrue(run.out().contains("| SAML SSO | ⚠️ SAML general availability |"), run.out());
        assertTrue(run.out().contains("**Problems**"), run.out());
        long tableLines = run.out().lines().filter(l -> l.startsWith("|")).count();
        assertEquals(2 + 11, tableLines, "header, rule, eleven rows: no cell broke a line");
    }

    @Test
    void csvIsSpreadsheetSafeWithAProblemsColumn() {
        Run run = cli("--db", db, "raci", "SSO-7", "--format", "csv");
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("workstream,deliverable,Priya Raman (PM),"), run.out());
        assertTrue(run.out().contains("\"'=cmd|"), run.out());
        assertTrue(run.out().contains("More than one Accountable"), run.out());
    }

    @Test
    void anUnknownProgramIsBadInput() {
        Run run = cli("--db", db, "raci", "NOPE-1");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("NOPE-1"), run.err());
    }
}
