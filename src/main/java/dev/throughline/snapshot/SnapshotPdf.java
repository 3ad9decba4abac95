package dev.throughline.snapshot;

import dev.throughline.interchange.PdfReport;
import dev.throughline.interchange.PdfReport.Column;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A snapshot as a PDF report: the same sections as the HTML page, in the same order, laid out by
 * {@link PdfReport} (real, extractable text; tables that break across pages with their header repeated;
 * page numbers). The look comes from resources/templates/pdf.properties.
 */
final class SnapshotPdf {

    private SnapshotPdf() {
    }

    static byte[] render(Snapshot s, Optional<SnapshotDiff> diff) {
        SnapshotPayload p = s.payload();
        String day = s.takenAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        try (PdfReport pdf = new PdfReport("Status: " + p.programKey() + " " + day)) {
            pdf.title("Status: " + p.programKey() + " — " + p.programName());
            pdf.meta("Health: " + s.health().label() + " (suggested: " + s.suggestedHealth().label() + ") · taken "
                    + day, PdfReport.colorOf("health." + s.health().name().toLowerCase(Locale.ROOT)));
            if (!s.reason().isBlank()) {
                pdf.paragraph("Reason: " + s.reason());
            }
            section(pdf, "Summary", s.summary());
            diff.filter(d -> !d.isEmpty()).ifPresent(d -> {
                pdf.heading("What changed");
                pdf.bullets(d.sentences());
            });
            section(pdf, "Accomplishments", s.accomplishments());
            section(pdf, "Next steps", s.nextSteps());
            section(pdf, "Asks / decisions needed", s.asks());
            if (!p.milestones().isEmpty()) {
                pdf.heading("Milestones (" + p.milestones().size() + ")");
                List<List<String>> rows = new ArrayList<>(p.milestones().size());
                for (FrozenMilestone m : p.milestones()) {
                    rows.add(List.of(m.title(), m.owner(), words(m.status()), text(m.baseline()), text(m.forecast()),
                            text(m.actual()), m.varianceDays() == null ? "" : SnapshotDiff.signed(m.varianceDays())));
                }
                pdf.table(List.of(Column.left("Milestone", 34), Column.left("Owner", 14), Column.left("Status", 10),
                        Column.left("Baseline", 10.5), Column.left("Forecast", 10.5), Column.left("Actual", 10.5),
                        Column.right("Variance", 8)), rows);
            }
            if (!p.decisions().isEmpty()) {
                pdf.heading("Decisions (" + p.decisions().size() + ")");
                List<List<String>> rows = new ArrayList<>(p.decisions().size());
                for (FrozenDecision d : p.decisions()) {
                    rows.add(List.of(d.title(), words(d.status()), text(d.decidedOn()), d.rationale()));
                }
                pdf.table(List.of(Column.left("Decision", 40), Column.left("Status", 10), Column.left("Date", 11),
                        Column.left("Rationale", 39)), rows);
            }
            List<FrozenAction> open = SnapshotExport.openActions(p);
            if (!open.isEmpty()) {
                pdf.heading("Open actions (" + open.size() + ")");
                List<List<String>> rows = new ArrayList<>(open.size());
                for (FrozenAction a : open) {
                    rows.add(List.of(a.title(), a.owner(), SnapshotExport.due(a, s)));
                }
                pdf.table(List.of(Column.left("Action", 60), Column.left("Owner", 20), Column.left("Due", 20)), rows);
            }
            if (!p.risks().isEmpty()) {
                pdf.heading("RAID items (" + p.risks().size() + ")");
                List<List<String>> rows = new ArrayList<>(p.risks().size());
                for (FrozenRisk r : p.risks()) {
                    rows.add(List.of(r.ref(), r.title(), r.owner(), String.valueOf(r.score()), words(r.band()),
                            words(r.status()), r.triggered() ? "yes: " + r.triggeredBecause() : ""));
                }
                pdf.table(List.of(Column.left("Ref", 7), Column.left("Title", 33), Column.left("Owner", 14),
                        Column.right("Score", 7), Column.left("Band", 8), Column.left("Status", 11),
                        Column.left("Triggered", 20)), rows);
            }
            if (!p.raciProblems().isEmpty()) {
                pdf.heading("RACI problems");
                pdf.bullets(p.raciProblems());
            }
            return pdf.finish("Throughline status · " + p.programKey() + " · " + day);
        }
    }

    private static void section(PdfReport pdf, String heading, String text) {
        if (!text.isBlank()) {
            pdf.heading(heading);
            pdf.paragraph(text);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
