package dev.throughline.snapshot;

import static dev.throughline.snapshot.Frozen.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.program.Health;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Every export of a snapshot whose every user field is hostile text stays well-formed and inert. */
class SnapshotExportTest {

    private static final List<String> NASTY = List.of("<script>alert(1)</script>", "=cmd|' /C calc'!A0", "a | b",
            "line\nbreak", "@channel <!channel> <!here>", "**bold** _it_ [link](javascript:alert(1))", "+SUM(1)",
            "-2+3", "# heading", "1. item", "&amp; &lt;", "\"quoted' '", "\r\n\t", "</td></tr></table>", "---",
            "`code` ~~x~~ $x$ %m @all #1 !2", "<img src=x onerror=alert(1)>", "");

    /** Tags the HTML template itself writes; anything else would be user text escaping its cell. */
    private static final Pattern OWN_TAGS = Pattern.compile("<!DOCTYPE html>|</?(html|head|meta|title|style|body|h1|h2"
            + "|p|strong|span|ul|li|table|thead|tbody|tr|th|td|br)(\\s[^<>]*?)?/?>|<!--[^<>]*-->");

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(Arbitraries.of(NASTY),
                Arbitraries.strings().withChars("<>&\"'|\\\n\r\t=+-@*_[]()#!`~ a1.:;/").ofMaxLength(30),
                Arbitraries.strings().ofMaxLength(20));
    }

    static Snapshot snapshot(String x) {
        FrozenMilestone m = new FrozenMilestone(1, x, x, x, "IN_PROGRESS", TODAY, TODAY.plusDays(12), null, null, 12);
        FrozenMilestone m2 = new FrozenMilestone(2, "Plain", "", "", "PLANNED", null, TODAY, null, null, null);
        FrozenRisk r = new FrozenRisk(3, "R-3", "RISK", x, x, 4, 4, 16, "RED", "OPEN", true, true, x);
        FrozenDecision d = new FrozenDecision(4, x, x, TODAY.minusDays(2), x, "DECIDED");
        FrozenAction a = new FrozenAction(5, x, x, TODAY.minusDays(3), "OPEN");
        FrozenAction done = new FrozenAction(6, x, x, TODAY.minusDays(4), "DONE");
        SnapshotPayload p = new SnapshotPayload(1, Instant.parse("2026-11-27T10:00:00Z"), x, x, List.of(m, m2),
                List.of(r), List.of(x), List.of(d), List.of(a, done));
        return new Snapshot(7, 1, p.takenAt(), Health.ON_TRACK, Health.OFF_TRACK, x.isBlank() ? "r" : x, x, x, x, x, p);
    }

    static Optional<SnapshotDiff> diff(Snapshot s) {
        SnapshotPayload before = new SnapshotPayload(1, s.takenAt(), "", "", List.of(), List.of(), List.of());
        return Optional.of(SnapshotDiff.between(Health.ON_TRACK, before, s.health(), s.payload()));
    }

    @Property(tries = 300)
    void htmlHasOnlyItsOwnTagsAndNoScript(@ForAll("hostile") String x) {
        Snapshot s = snapshot(x);
        String html = SnapshotExport.html(s, diff(s));
        String rest = OWN_TAGS.matcher(html).replaceAll("");
        assertFalse(rest.contains("<"), () -> "user text opened a tag:\n" + html);
        assertFalse(rest.contains(">"), () -> "stray '>':\n" + html);
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertFalse(html.contains("src=\"http") || html.contains("href="), "no external resources or links");
    }

    @Property(tries = 300)
    void markdownTableRowsStayOneLineWithTheirHeadersCells(@ForAll("hostile") String x) {
        String md = SnapshotExport.markdown(snapshot(x), Optional.empty());
        List<String> lines = md.lines().toList();
        List<Integer> tableWidths = new java.util.ArrayList<>();
        int rows = 0;
        int expected = 0;
        for (int i = 0; i < lines.size(); i++) {
            String row = lines.get(i);
            if (!row.startsWith("| ")) {
                continue;
            }
            rows++;
            if (i == 0 || !lines.get(i - 1).startsWith("|")) {
                expected = pipes(row);
                tableWidths.add(expected);
            }
            int want = expected;
            assertEquals(want, pipes(row), () -> "unescaped pipes in " + row + "\n" + md);
        }
        assertEquals(List.of(8, 5, 4, 8), tableWidths, () -> "milestones, decisions, open actions, RAID:\n" + md);
        assertEquals(2 + 1 + 1 + 1 + 1 + 1 + 1 + 1, rows, () -> "header + 2 milestones, header + 1 decision, "
                + "header + 1 open action, header + 1 risk:\n" + md);
        assertTrue(md.contains("(overdue)"), md);
        String rest = md.replace("<br>", "").replace("<details>", "").replace("</details>", "")
                .replace("<summary>", "").replace("</summary>", "");
        assertFalse(rest.contains("<"), () -> "raw '<' from user text:\n" + md);
    }

    private static int pipes(String row) {
        String unescaped = row.replace("\\\\", "").replace("\\|", "");
        return unescaped.length() - unescaped.replace("|", "").length();
    }

    @Property(tries = 300)
    void slackCannotMentionOrLink(@ForAll("hostile") String x) {
        Snapshot s = snapshot(x);
        String slack = SnapshotExport.slack(s, diff(s));
        assertFalse(slack.contains("<"), slack);
        assertFalse(slack.contains(">"), slack);
    }

    @Property(tries = 300)
    void csvParsesBackAndNoCellStartsAFormula(@ForAll("hostile") String x) throws IOException {
        String csv = SnapshotExport.csv(snapshot(x));
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        assertTrue(records.size() >= 4, csv);
        for (CSVRecord record : records) {
            assertEquals(SnapshotExport.CSV_COLUMNS.size(), record.size());
            for (String cell : record.toList()) {
                if (!cell.isEmpty() && !cell.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
                    assertFalse("=+-@\t\r".indexOf(cell.charAt(0)) >= 0, () -> "formula cell " + cell);
                }
            }
        }
        CSVRecord milestone = records.stream().filter(r -> r.get("section").equals("milestone")).findFirst().get();
        assertEquals(dev.throughline.interchange.SpreadsheetSafe.cell(dev.throughline.text.SharedText.withoutBidiControls(x)), milestone.get("title"));
        for (String section : List.of("decision", "action")) {
            CSVRecord row = records.stream().filter(r -> r.get("section").equals(section)).findFirst().get();
            assertEquals(dev.throughline.interchange.SpreadsheetSafe.cell(dev.throughline.text.SharedText.withoutBidiControls(x)), row.get("title"), section);
            assertEquals(dev.throughline.interchange.SpreadsheetSafe.cell(dev.throughline.text.SharedText.withoutBidiControls(x)), row.get("owner"), section);
        }
    }

    @Example
    void theMarkdownOfAPlainSnapshotReadsWell() {
        FrozenMilestone m = new FrozenMilestone(1, "Beta", "Core", "Maya", "IN_PROGRESS", TODAY, TODAY.plusDays(12),
                null, null, 12);
        SnapshotPayload p = new SnapshotPayload(1, Instant.parse("2026-11-27T10:00:00Z"), "CHK-1", "Checkout",
                List.of(m), List.of(), List.of());
        Snapshot s = new Snapshot(3, 1, p.takenAt(), Health.AT_RISK, Health.AT_RISK, "", "Beta slipped.",
                "- Kickoff done", "", "- Legal sign-off by 1.12.", p);
        assertEquals("""
                # Status: CHK-1 — Checkout

                **Health:** At risk (suggested: At risk) · taken 2026-11-27

                ## Summary

                Beta slipped.

                ## Accomplishments

                - Kickoff done

                ## Asks / decisions needed

                - Legal sign-off by 1.12.

                ## Milestones

                | Milestone | Owner | Status | Baseline | Forecast | Actual | Variance |
                |---|---|---|---|---|---|---:|
                | Beta | Maya | in progress | 2026-11-27 | 2026-12-09 |  | +12 |
                """, SnapshotExport.markdown(s, Optional.empty()));
    }
}
