package dev.throughline.snapshot;

import dev.throughline.interchange.Tabular;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The portfolio roll-up as GitLab Markdown, spreadsheet-safe CSV or a self-contained HTML page. */
public final class RollupExport {

    public enum Format {
        MD("md"), CSV("csv"), HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    public static final List<String> COLUMNS = List.of("program", "name", "status", "health", "reason",
            "last_snapshot", "milestones_slipped", "red_risks");

    private RollupExport() {
    }

    public static String render(Format format, PortfolioRollup rollup, LocalDate asOf) {
        return switch (format) {
            case MD -> markdown(rollup, asOf);
            case CSV -> table(rollup).csv();
            case HTML -> html(rollup, asOf);
        };
    }

    public static String markdown(PortfolioRollup rollup, LocalDate asOf) {
        StringBuilder out = new StringBuilder("# Portfolio status, " + asOf + "\n\n");
        out.append("| Program | Health | Reason | Last snapshot | Milestones slipped | Red risks |\n")
                .append("|---|---|---|---|---:|---:|\n");
        for (PortfolioRollup.Row r : rollup.rows()) {
            out.append("| **").append(SnapshotExport.md(r.programKey())).append("** ")
                    .append(SnapshotExport.cell(r.programName())).append(" | ").append(r.health().label())
                    .append(" | ").append(SnapshotExport.cell(r.reason())).append(" | ")
                    .append(r.lastSnapshot().map(LocalDate::toString).orElse("none")).append(" | ")
                    .append(r.milestonesSlipped()).append(" | ").append(r.redRisks()).append(" |\n");
        }
        return out.toString();
    }

    public static Tabular table(PortfolioRollup rollup) {
        List<List<String>> rows = new ArrayList<>();
        for (PortfolioRollup.Row r : rollup.rows()) {
            rows.add(List.of(r.programKey(), r.programName(), r.status(), r.health().name(), r.reason(),
                    r.lastSnapshot().map(LocalDate::toString).orElse(""), String.valueOf(r.milestonesSlipped()),
                    String.valueOf(r.redRisks())));
        }
        return new Tabular(COLUMNS, rows);
    }

    public static String html(PortfolioRollup rollup, LocalDate asOf) {
        StringBuilder body = new StringBuilder("<h1>Portfolio status, " + asOf + "</h1>\n<table>\n<thead><tr>"
                + "<th>Program</th><th>Health</th><th>Reason</th><th>Last snapshot</th><th>Milestones slipped</th>"
                + "<th>Red risks</th></tr></thead>\n<tbody>\n");
        for (PortfolioRollup.Row r : rollup.rows()) {
            body.append("<tr><td><strong>").append(SnapshotExport.h(r.programKey())).append("</strong> ")
                    .append(SnapshotExport.h(r.programName())).append("</td><td><span class=\"health ")
                    .append(r.health().name()).append("\">").append(r.health().label()).append("</span></td><td>")
                    .append(SnapshotExport.h(r.reason())).append("</td><td class=\"date\">")
                    .append(r.lastSnapshot().map(LocalDate::toString).orElse("none")).append("</td><td class=\"num\">")
                    .append(r.milestonesSlipped()).append("</td><td class=\"num\">").append(r.redRisks())
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return ExportPage.fill("Portfolio status " + asOf, body.toString());
    }
}
