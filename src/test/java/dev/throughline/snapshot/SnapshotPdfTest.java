package dev.throughline.snapshot;

import static dev.throughline.snapshot.Frozen.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.throughline.program.Health;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF export holds real, extractable text in an embedded font, on numbered pages with repeated table headers. */
class SnapshotPdfTest {

    @Test
    void theTextOfTheSnapshotCanBeExtractedAgain() throws IOException {
        Snapshot s = SnapshotExportTest.snapshot("Vendor “late” — <script>alert(1)</script> & =cmd|x → ok office flow");
        byte[] pdf = SnapshotExport.pdf(s, SnapshotExportTest.diff(s));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Status: Vendor “late” — <script>alert(1)</script> & =cmd|x → ok office flow"), "no ligatures either: " + text);
            assertTrue(text.contains("Health: On track (suggested: Off track)"), text);
            assertTrue(text.contains("What changed"), text);
            assertTrue(text.contains("Milestone Owner Status Baseline Forecast Actual Variance"), text);
            assertTrue(text.contains("Decision Status Date Rationale"), text);
            assertTrue(text.contains("Open actions (1) Action Owner Due"), text);
            assertTrue(text.contains("(overdue)"), text);
            assertTrue(text.contains("Page 1 of 2"), "the decisions and actions take the page over: " + text);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertTrue(font.getName().contains("DejaVuSansCondensed"), font.getName());
            assertTrue(font.isEmbedded(), "the font travels with the file");
        }
    }

    @net.jqwik.api.Property(tries = 40)
    void anyTextRendersWhateverTheFontLacks(@net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 40)
                                            String x) throws IOException {
        Snapshot s = SnapshotExportTest.snapshot(x + " 漢字 🚀 \u0000 end");
        try (PDDocument doc = Loader.loadPDF(SnapshotExport.pdf(s, SnapshotExportTest.diff(s)))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("end"), text);
            assertTrue(doc.getNumberOfPages() >= 1);
        }
    }

    @Test
    void aLongMilestoneTableBreaksAcrossPagesWithItsHeaderOnEachPage() throws IOException {
        List<FrozenMilestone> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add(new FrozenMilestone(i, "Milestone number " + i, "Core", "Maya", "PLANNED", TODAY,
                    TODAY.plusDays(i % 20), null, null, i % 20));
        }
        SnapshotPayload p = new SnapshotPayload(1, Instant.parse("2026-11-27T10:00:00Z"), "BIG-1", "Big", many,
                List.of(), List.of());
        Snapshot s = new Snapshot(1, 1, p.takenAt(), Health.AT_RISK, Health.AT_RISK, "", "", "", "", "", p);

        try (PDDocument doc = Loader.loadPDF(SnapshotExport.pdf(s, Optional.empty()))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "120 rows need several A4 pages, got " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("Milestone Owner Status Baseline Forecast Actual Variance"),
                        "header repeated on page " + page + ": " + text);
                assertTrue(text.contains("Page " + page + " of " + pages), text);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(doc);
            for (int i = 1; i <= 120; i++) {
                assertTrue(all.contains("Milestone number " + i + " "), "row " + i + " is on a page");
            }
            assertFalse(all.contains("Milestone number 121"));
            assertEquals(120, all.lines().filter(l -> l.startsWith("Milestone number ")).count());
        }
    }
}
