package dev.throughline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.app.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code intake}, {@code attention} and {@code capacity} on the sample portfolio. */
class IntakeCliTest {

    @TempDir
    static Path folder;

    private static String db;

    @BeforeAll
    static void sample() {
        Path file = folder.resolve("w.db");
        db = file.toString();
        try (Workspace w = Workspace.open(file)) {
            w.sample().load();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void intakeListsTheSampleRequestsInEveryStateWithTheirClock() throws IOException {
        Run run = run("intake", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<CSVRecord> records = CSVParser.parse(new StringReader(run.out()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertEquals(6, records.size());
        assertEquals(Set.of("new", "needs_info", "declined", "accepted"),
                records.stream().map(r -> r.get("status")).collect(Collectors.toSet()));
        CSVRecord portal = records.stream().filter(r -> r.get("initiative").equals("Partner onboarding portal"))
                .findFirst().orElseThrow();
        assertEquals("Elena Brooks", portal.get("requester"));
        assertEquals("due_soon", portal.get("response"));
        assertEquals("3h 00m left", portal.get("response_detail"));
        assertEquals("PM, UX, Engineering, GTM, Legal, Partner success", portal.get("functions"));
        CSVRecord pricing = records.stream().filter(r -> r.get("initiative").startsWith("Usage-based"))
                .findFirst().orElseThrow();
        assertEquals("overdue", pricing.get("response"));
        CSVRecord eu = records.stream().filter(r -> r.get("status").equals("accepted")).findFirst().orElseThrow();
        assertEquals("EUR-3", eu.get("program"));
        assertEquals("on_time", eu.get("response"));
        assertEquals("late", records.stream().filter(r -> r.get("status").equals("declined")).findFirst()
                .orElseThrow().get("response"), "answered on Friday, 31h 45m of working time after Monday 10:00");
    }

    @Test
    void openOnlyAndJsonWork() {
        Run run = run("intake", "--open", "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertEquals(4, run.out().split("\"ref\"", -1).length - 1);
    }

    @Test
    void aBadFormatIsBadUsage() {
        Run run = run("intake", "--format", "xml");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("throughline: Invalid value for option '--format'"), run.err());
    }

    @Test
    void theDigestCoversEveryKindTheSampleHas() {
        // Stale snapshots are left out: the sample's history has fixed dates, so whether it is stale depends on today.
        Run run = run("attention", "--format", "md");
        assertEquals(0, run.code(), run.err());
        String md = run.out();
        assertTrue(md.startsWith("# Needs attention — "), md);
        for (String heading : List.of("## Programs off track or at risk", "## Intake requests near the response goal",
                "## Milestones slipping", "## Triggered risks", "## Overdue actions", "## RACI problems")) {
            assertTrue(md.contains(heading), heading + " missing from\n" + md);
        }
        assertTrue(md.contains("**SSO-7** Enterprise SSO and SCIM rollout is off track"), md);
        assertTrue(md.contains("Partner onboarding portal — from Elena Brooks: 3h 00m left to a first answer"), md);
    }

    @Test
    void capacityListsEveryTpgmWithMostHeadroomFirst() throws IOException {
        Run run = run("capacity", "--format", "csv");
        assertEquals(0, run.code(), run.err());
        List<CSVRecord> records = CSVParser.parse(new StringReader(run.out()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertEquals(Set.of("Maya Okafor", "Devin Castillo", "Priya Raman"),
                records.stream().map(r -> r.get("tpgm")).collect(Collectors.toSet()));
        double previous = Double.MAX_VALUE;
        for (CSVRecord r : records) {
            double headroom = Double.parseDouble(r.get("headroom"));
            assertTrue(headroom <= previous);
            previous = headroom;
        }
    }
}
