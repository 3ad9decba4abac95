package dev.throughline.snapshot;

import dev.throughline.interchange.Tabular;
import dev.throughline.text.SharedText;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a snapshot (and what changed since the one before, when given) for each channel, pure and
 * safe against whatever a user typed: GitLab Markdown (every user string backslash-escaped; pipes and
 * line breaks kept inside table cells), Slack mrkdwn ({@code & < >} escaped so no mention or link can be
 * smuggled in), a self-contained HTML page (no scripts, no external resources, every user string
 * escaped) and spreadsheet-safe CSV. User text first goes through {@link SharedText}: no control or
 * bidirectional control characters in any format, and no broadcast mention in Markdown or Slack.
 */
public final class SnapshotExport {

    /** Each export format and the file extension it is saved under. */
    public enum Format {
        MD("md"), SLACK("txt"), HTML("html"), PDF("pdf"), CSV("csv"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public boolean binary() {
            return this == PDF;
        }
    }

    private SnapshotExport() {
    }

    /** A text format rendered as text; PDF is refused here (see {@link #bytes}). */
    public static String render(Format format, Snapshot s, Optional<SnapshotDiff> diff) {
        return switch (format) {
            case MD -> markdown(s, diff);
            case SLACK -> slack(s, diff);
            case HTML -> html(s, diff);
            case CSV -> csv(s);
            case JSON -> PayloadJson.export(s, diff);
            case PDF -> throw new IllegalArgumentException("PDF is binary: use bytes()");
        };
    }

    /** Any format as the bytes of its file (text as UTF-8). */
    public static byte[] bytes(Format format, Snapshot s, Optional<SnapshotDiff> diff) {
        if (format == Format.PDF) {
            return pdf(s, diff);
        }
        return render(format, s, diff).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The PDF report: the same sections as the HTML page (see {@link SnapshotPdf}). */
    public static byte[] pdf(Snapshot s, Optional<SnapshotDiff> diff) {
        return SnapshotPdf.render(s, diff);
    }

    // ---- GitLab-flavoured Markdown

    public static String markdown(Snapshot s, Optional<SnapshotDiff> diff) {
        SnapshotPayload p = s.payload();
        StringBuilder out = new StringBuilder();
        out.append("# Status: ").append(md(p.programKey())).append(" — ").append(md(p.programName())).append("\n\n");
        out.append("**Health:** ").append(s.health().label()).append(" (suggested: ")
                .append(s.suggestedHealth().label()).append(") · taken ").append(date(s)).append("\n\n");
        if (!s.reason().isBlank()) {
            out.append("**Reason:** ").append(mdBlock(s.reason())).append("\n\n");
        }
        section(out, "## Summary", s.summary(), SnapshotExport::mdBlock);
        diff.filter(d -> !d.isEmpty()).ifPresent(d -> {
            out.append("## What changed\n\n");
            d.sentences().forEach(line -> out.append("- ").append(md(line)).append('\n'));
            out.append('\n');
        });
        section(out, "## Accomplishments", s.accomplishments(), SnapshotExport::mdBlock);
        section(out, "## Next steps", s.nextSteps(), SnapshotExport::mdBlock);
        section(out, "## Asks / decisions needed", s.asks(), SnapshotExport::mdBlock);
        if (!p.milestones().isEmpty()) {
            out.append("## Milestones\n\n| Milestone | Owner | Status | Baseline | Forecast | Actual | Variance |\n")
                    .append("|---|---|---|---|---|---|---:|\n");
            for (FrozenMilestone m : p.milestones()) {
                out.append("| ").append(cell(m.title())).append(" | ").append(cell(m.owner())).append(" | ")
                        .append(words(m.status())).append(" | ").append(text(m.baseline())).append(" | ")
                        .append(text(m.forecast())).append(" | ").append(text(m.actual())).append(" | ")
                        .append(variance(m.varianceDays())).append(" |\n");
            }
            out.append('\n');
        }
        if (!p.decisions().isEmpty()) {
            out.append("## Decisions\n\n| Decision | Status | Date | Rationale |\n|---|---|---|---|\n");
            for (FrozenDecision d : p.decisions()) {
                out.append("| ").append(cell(d.title())).append(" | ").append(words(d.status())).append(" | ")
                        .append(text(d.decidedOn())).append(" | ").append(cell(d.rationale())).append(" |\n");
            }
            out.append('\n');
        }
        List<FrozenAction> open = openActions(p);
        if (!open.isEmpty()) {
            out.append("## Open actions\n\n| Action | Owner | Due |\n|---|---|---|\n");
            for (FrozenAction a : open) {
                out.append("| ").append(cell(a.title())).append(" | ").append(cell(a.owner())).append(" | ")
                        .append(a.overdue(day(s)) ? "**" + due(a, s) + "**" : due(a, s)).append(" |\n");
            }
            out.append('\n');
        }
        if (!p.risks().isEmpty()) {
            out.append("<details><summary>RAID items (").append(p.risks().size()).append(")</summary>\n\n")
                    .append("| Ref | Title | Owner | Score | Band | Status | Triggered |\n|---|---|---|---:|---|---|---|\n");
            for (FrozenRisk r : p.risks()) {
                out.append("| ").append(cell(r.ref())).append(" | ").append(cell(r.title())).append(" | ")
                        .append(cell(r.owner())).append(" | ").append(r.score()).append(" | ").append(words(r.band()))
                        .append(" | ").append(words(r.status())).append(" | ")
                        .append(r.triggered() ? "yes: " + cell(r.triggeredBecause()) : "").append(" |\n");
            }
            out.append("\n</details>\n\n");
        }
        if (!p.raciProblems().isEmpty()) {
            out.append("## RACI problems\n\n");
            p.raciProblems().forEach(x -> out.append("- ").append(md(x)).append('\n'));
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** Escapes CommonMark punctuation and HTML so user text renders as the same characters, inert. */
    static String md(String text) {
        text = SharedText.pasteable(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n' -> out.append(' ');
                default -> {
                    boolean lineStart = i == 0 && "-+=".indexOf(c) >= 0;
                    boolean listNumber = (c == '.' || c == ')') && i > 0 && text.substring(0, i).chars()
                            .allMatch(Character::isDigit);
                    if ("\\`*_{}[]()#!|~$@%".indexOf(c) >= 0 || lineStart || listNumber) {
                        out.append('\\');
                    }
                    out.append(c < 0x20 || c == 0x7f ? ' ' : c);
                }
            }
        }
        return out.toString();
    }

    /** A multi-line field: one escaped line each; lines that start with "- " or "* " stay list items. */
    static String mdBlock(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String t = line.strip();
            if (t.startsWith("- ") || t.startsWith("* ")) {
                lines.add("- " + md(t.substring(2).strip()));
            } else {
                lines.add(md(t) + (t.isEmpty() ? "" : "  "));
            }
        }
        return String.join("\n", lines).stripTrailing();
    }

    /** A table cell: escaped, with line breaks as {@code <br>} so the row stays one line. */
    static String cell(String text) {
        String[] lines = text.strip().split("\\R");
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(md(line));
        }
        return String.join("<br>", out);
    }

    // ---- Slack mrkdwn

    public static String slack(Snapshot s, Optional<SnapshotDiff> diff) {
        SnapshotPayload p = s.payload();
        StringBuilder out = new StringBuilder();
        out.append("*Status: ").append(slk(p.programKey())).append(" — ").append(slk(p.programName()))
                .append("* (").append(date(s)).append(")\n");
        out.append("*Health:* ").append(emoji(s)).append(' ').append(s.health().label()).append(" (suggested ")
                .append(s.suggestedHealth().label()).append(")\n");
        if (!s.reason().isBlank()) {
            out.append("*Reason:* ").append(slk(s.reason())).append('\n');
        }
        slackSection(out, "Summary", s.summary());
        diff.filter(d -> !d.isEmpty()).ifPresent(d -> {
            out.append("\n*What changed*\n");
            d.sentences().forEach(line -> out.append("• ").append(slk(line)).append('\n'));
        });
        slackSection(out, "Accomplishments", s.accomplishments());
        slackSection(out, "Next steps", s.nextSteps());
        slackSection(out, "Asks / decisions needed", s.asks());
        List<FrozenMilestone> late = p.milestones().stream().filter(m -> !m.settled() && m.varianceDays() != null
                && m.varianceDays() > 0).toList();
        if (!late.isEmpty()) {
            out.append("\n*Slipped milestones*\n");
            late.forEach(m -> out.append("• ").append(slk(m.title())).append(": forecast ").append(text(m.forecast()))
                    .append(" (").append(variance(m.varianceDays())).append(" days)\n"));
        }
        List<FrozenDecision> decisions = p.decisions();
        if (!decisions.isEmpty()) {
            out.append("\n*Decisions*\n");
            decisions.forEach(d -> out.append("• ").append(slk(d.title())).append(d.decided() ? " (decided "
                    + text(d.decidedOn()) + ")" : " (pending)").append('\n'));
        }
        List<FrozenAction> open = openActions(p);
        if (!open.isEmpty()) {
            out.append("\n*Open actions*\n");
            open.forEach(a -> out.append("• ").append(slk(a.title())).append(a.owner().isBlank() ? "" : " — "
                    + slk(a.owner())).append(a.due() == null ? "" : ", " + due(a, s)).append('\n'));
        }
        List<FrozenRisk> hot = p.risks().stream().filter(r -> r.active() && (r.red() || r.triggered())).toList();
        if (!hot.isEmpty()) {
            out.append("\n*Risks to watch*\n");
            hot.forEach(r -> out.append("• ").append(slk(r.ref())).append(' ').append(slk(r.title())).append(" (")
                    .append(r.score()).append(r.triggered() ? ", triggered" : "").append(")\n"));
        }
        return out.toString();
    }

    private static void slackSection(StringBuilder out, String title, String text) {
        if (!text.isBlank()) {
            out.append("\n*").append(title).append("*\n");
            for (String line : text.strip().split("\\R")) {
                String t = line.strip();
                out.append(t.startsWith("- ") || t.startsWith("* ") ? "• " + slk(t.substring(2).strip()) : slk(t))
                        .append('\n');
            }
        }
    }

    /** Slack's own escaping: {@code & < >} as entities, so no {@code <!channel>} or link can be formed. */
    static String slk(String text) {
        return SharedText.pasteable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("[\\r\\n]+", " ")
                .replaceAll("\\p{Cc}", " ");
    }

    private static String emoji(Snapshot s) {
        return switch (s.health()) {
            case ON_TRACK -> ":large_green_circle:";
            case AT_RISK -> ":large_yellow_circle:";
            case OFF_TRACK -> ":red_circle:";
        };
    }

    // ---- HTML

    public static String html(Snapshot s, Optional<SnapshotDiff> diff) {
        SnapshotPayload p = s.payload();
        return ExportPage.fill("Status: " + h(p.programKey()) + " " + date(s), htmlBody(s, diff));
    }

    private static String htmlBody(Snapshot s, Optional<SnapshotDiff> diff) {
        SnapshotPayload p = s.payload();
        StringBuilder out = new StringBuilder(256 + 200 * (p.milestones().size() + p.risks().size()));
        out.append("<h1>Status: ").append(h(p.programKey())).append(" — ").append(h(p.programName())).append("</h1>\n");
        out.append("<p class=\"meta\"><strong>Health:</strong> <span class=\"health ").append(s.health().name())
                .append("\">").append(s.health().label()).append("</span> (suggested: ").append(s.suggestedHealth().label())
                .append(") · taken ").append(date(s)).append("</p>\n");
        if (!s.reason().isBlank()) {
            out.append("<p><strong>Reason:</strong> ").append(hBlock(s.reason())).append("</p>\n");
        }
        htmlSection(out, "Summary", s.summary());
        diff.filter(d -> !d.isEmpty()).ifPresent(d -> {
            out.append("<h2>What changed</h2>\n<ul>\n");
            d.sentences().forEach(line -> out.append("<li>").append(h(line)).append("</li>\n"));
            out.append("</ul>\n");
        });
        htmlSection(out, "Accomplishments", s.accomplishments());
        htmlSection(out, "Next steps", s.nextSteps());
        htmlSection(out, "Asks / decisions needed", s.asks());
        if (!p.milestones().isEmpty()) {
            out.append("<h2>Milestones</h2>\n<table>\n<thead><tr><th>Milestone</th><th>Owner</th><th>Status</th>")
                    .append("<th>Baseline</th><th>Forecast</th><th>Actual</th><th>Variance</th></tr></thead>\n<tbody>\n");
            for (FrozenMilestone m : p.milestones()) {
                boolean late = !m.settled() && m.varianceDays() != null && m.varianceDays() > 0;
                out.append("<tr><td>").append(hBlock(m.title())).append("</td><td>").append(h(m.owner()))
                        .append("</td><td>").append(h(words(m.status()))).append("</td><td class=\"date\">")
                        .append(text(m.baseline())).append("</td><td class=\"date\">").append(text(m.forecast()))
                        .append("</td><td class=\"date\">").append(text(m.actual()))
                        .append(late ? "</td><td class=\"num late\">" : "</td><td class=\"num\">")
                        .append(variance(m.varianceDays())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!p.decisions().isEmpty()) {
            out.append("<h2>Decisions</h2>\n<table>\n<thead><tr><th>Decision</th><th>Status</th><th>Date</th>")
                    .append("<th>Rationale</th></tr></thead>\n<tbody>\n");
            for (FrozenDecision d : p.decisions()) {
                out.append("<tr><td>").append(hBlock(d.title())).append("</td><td>").append(h(words(d.status())))
                        .append("</td><td class=\"date\">").append(text(d.decidedOn())).append("</td><td>")
                        .append(hBlock(d.rationale())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        List<FrozenAction> open = openActions(p);
        if (!open.isEmpty()) {
            out.append("<h2>Open actions</h2>\n<table>\n<thead><tr><th>Action</th><th>Owner</th><th>Due</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (FrozenAction a : open) {
                out.append("<tr><td>").append(hBlock(a.title())).append("</td><td>").append(h(a.owner()))
                        .append(a.overdue(day(s)) ? "</td><td class=\"date late\">" : "</td><td class=\"date\">")
                        .append(due(a, s)).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!p.risks().isEmpty()) {
            out.append("<h2>RAID items</h2>\n<table>\n<thead><tr><th>Ref</th><th>Title</th><th>Owner</th><th>Score</th>")
                    .append("<th>Band</th><th>Status</th><th>Triggered</th></tr></thead>\n<tbody>\n");
            for (FrozenRisk r : p.risks()) {
                out.append("<tr><td>").append(h(r.ref())).append("</td><td>").append(hBlock(r.title()))
                        .append("</td><td>").append(h(r.owner())).append("</td><td class=\"num\">").append(r.score())
                        .append("</td><td>").append(h(words(r.band()))).append("</td><td>").append(h(words(r.status())))
                        .append("</td><td>").append(r.triggered() ? "yes: " + h(r.triggeredBecause()) : "")
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!p.raciProblems().isEmpty()) {
            out.append("<h2>RACI problems</h2>\n<ul>\n");
            p.raciProblems().forEach(x -> out.append("<li>").append(h(x)).append("</li>\n"));
            out.append("</ul>\n");
        }
        return out.toString();
    }

    /** A narrative field: lines starting with "- " or "* " become a list, other lines paragraphs. */
    private static void htmlSection(StringBuilder out, String title, String text) {
        if (text.isBlank()) {
            return;
        }
        out.append("<h2>").append(title).append("</h2>\n");
        boolean inList = false;
        for (String line : text.strip().split("\\R")) {
            String t = line.strip();
            boolean item = t.startsWith("- ") || t.startsWith("* ");
            if (item != inList) {
                out.append(item ? "<ul>\n" : "</ul>\n");
                inList = item;
            }
            if (item) {
                out.append("<li>").append(h(t.substring(2).strip())).append("</li>\n");
            } else if (!t.isEmpty()) {
                out.append("<p>").append(h(t)).append("</p>\n");
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
    }

    /**
     * Escapes the five HTML-significant characters; control characters become spaces and characters XML
     * cannot hold (lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so the page is also well-formed XHTML.
     */
    static String h(String text) {
        text = SharedText.readable(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c < 0x20 || c == 0x7f ? ' ' : c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String hBlock(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            lines.add(h(line));
        }
        return String.join("<br/>\n", lines);
    }

    // ---- CSV

    public static final List<String> CSV_COLUMNS = List.of("section", "ref", "title", "owner", "status", "baseline",
            "forecast", "actual", "variance_days", "score", "band", "triggered", "detail");

    public static String csv(Snapshot s) {
        return table(s).csv();
    }

    public static Tabular table(Snapshot s) {
        SnapshotPayload p = s.payload();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("snapshot", String.valueOf(s.id()), p.programKey() + " " + p.programName(), "",
                s.health().name(), "", "", "", "", "", "", "", "suggested " + s.suggestedHealth().name()
                        + (s.reason().isBlank() ? "" : "; reason: " + s.reason()) + "; taken " + s.takenAt()));
        narrative(rows, "summary", s.summary());
        narrative(rows, "accomplishments", s.accomplishments());
        narrative(rows, "next_steps", s.nextSteps());
        narrative(rows, "asks", s.asks());
        for (FrozenMilestone m : p.milestones()) {
            rows.add(row("milestone", String.valueOf(m.id()), m.title(), m.owner(), m.status(), text(m.baseline()),
                    text(m.forecast()), text(m.actual()), m.varianceDays() == null ? "" : m.varianceDays().toString(),
                    "", "", "", m.workstream()));
        }
        for (FrozenRisk r : p.risks()) {
            rows.add(row("raid", r.ref(), r.title(), r.owner(), r.status(), "", "", "", "", String.valueOf(r.score()),
                    r.band(), String.valueOf(r.triggered()), r.triggeredBecause()));
        }
        for (FrozenDecision d : p.decisions()) {
            rows.add(row("decision", String.valueOf(d.id()), d.title(), d.decidedBy(), d.status(), "", "",
                    text(d.decidedOn()), "", "", "", "", d.rationale()));
        }
        for (FrozenAction a : p.actions()) {
            rows.add(row("action", String.valueOf(a.id()), a.title(), a.owner(), a.status(), "", text(a.due()), "",
                    "", "", "", "", a.overdue(day(s)) ? "overdue" : ""));
        }
        for (String problem : p.raciProblems()) {
            rows.add(row("raci", "", "", "", "", "", "", "", "", "", "", "", problem));
        }
        return new Tabular(CSV_COLUMNS, rows);
    }

    private static void narrative(List<List<String>> rows, String section, String text) {
        if (!text.isBlank()) {
            rows.add(row(section, "", "", "", "", "", "", "", "", "", "", "", text));
        }
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    // ---- shared

    private static void section(StringBuilder out, String heading, String text,
                                java.util.function.UnaryOperator<String> escape) {
        if (!text.isBlank()) {
            out.append(heading).append("\n\n").append(escape.apply(text)).append("\n\n");
        }
    }

    /** The open actions of the payload (closed ones are frozen too, for the diff and the data exports). */
    static List<FrozenAction> openActions(SnapshotPayload p) {
        return p.actions().stream().filter(FrozenAction::open).toList();
    }

    /** "2026-11-20", "2026-11-20 (overdue)" as of the snapshot's day, or "" when there is no due date. */
    static String due(FrozenAction a, Snapshot s) {
        return a.due() == null ? "" : a.due() + (a.overdue(day(s)) ? " (overdue)" : "");
    }

    static java.time.LocalDate day(Snapshot s) {
        return s.takenAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String date(Snapshot s) {
        return s.takenAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String variance(Integer days) {
        return days == null ? "" : SnapshotDiff.signed(days);
    }

    /** "IN_PROGRESS" → "in progress". */
    static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
