package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code export} in-process on a real workspace file. */
class InterchangeCliTest {

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new Run(code, out.toString(), err.toString());
    }

    private static String sample(String name) {
        return Path.of("src/test/resources/interchange", name).toAbsolutePath().toString();
    }

    @Test
    void dryRunPrintsThePreviewAndWritesNothing() {
        String db = folder.resolve("w.db").toString();
        assertEquals(0, run("--db", db, "demo").code());
        Run dry = run("--db", db, "import", sample("plan.xml"), "--new", "CHK-99", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("plan.xml (Microsoft MSPDI) -> CHK-99 Checkout redesign"), dry.out());
        assertTrue(dry.out().contains("create  milestone   API ready (2026-01-12)"), dry.out());
        assertTrue(dry.out().contains("skip    milestone   API design"), dry.out());
        assertTrue(dry.out().contains("match   person      Maya Okafor"), "the manager is in the sample directory: " + dry.out());
        assertTrue(dry.out().contains("Dry run: nothing was written."), dry.out());
        try (Workspace w = Workspace.openReadOnly(Path.of(db))) {
            assertTrue(w.programs().all().stream().noneMatch(p -> p.key().equals("CHK-99")));
        }
    }

    @Test
    void importThenExportBothFormats() throws Exception {
        String db = folder.resolve("w.db").toString();
        Run imported = run("--db", db, "import", sample("plan.gan"), "--new", "GAN-1", "--tpgm", "Ana Lima",
                "--milestones", "milestone,task");
        assertEquals(0, imported.code(), imported.err() + imported.out());
        assertTrue(imported.out().contains("Imported plan.gan into GAN-1"), imported.out());
        assertTrue(imported.out().contains("Backup before the import: "), imported.out());

        Path xml = Files.createDirectories(folder.resolve("out")).resolve("gan-1.xml");
        Run mspdi = run("--db", db, "export", "GAN-1", "--format", "mspdi", "--out", xml.toString());
        assertEquals(0, mspdi.code(), mspdi.err());
        assertTrue(Files.readString(xml).contains("<Name>API ready</Name>"));

        Path csv = folder.resolve("out/gan-1.csv");
        Run table = run("--db", db, "export", "GAN-1", "--format", "csv", "--out", csv.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(Files.readString(csv).contains("API design,Backend,ana@example.com,2026-01-05,,2026-01-09,2026-01-09,,done,"),
                Files.readString(csv));
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        String db = folder.resolve("w.db").toString();
        run("--db", db, "demo");
        Run bad = run("--db", db, "import", sample("bad-date.csv"), "--program", "CHK-12");
        assertEquals(2, bad.code());
        assertEquals("throughline: bad-date.csv, line 37, column “forecast”: “2026-02-30” is not a date in ISO form"
                + " (YYYY-MM-DD); nothing was imported\n", bad.err());
        Run nowhere = run("--db", db, "import", sample("plan.xml"));
        assertEquals(2, nowhere.code());
        assertTrue(nowhere.err().contains("--program KEY or --new KEY"), nowhere.err());
        Run taken = run("--db", db, "import", sample("plan.xml"), "--new", "CHK-12");
        assertEquals(2, taken.code());
        assertTrue(taken.err().contains("Another program already uses the key CHK-12."), taken.err());
    }
}
