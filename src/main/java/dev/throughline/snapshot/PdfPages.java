package dev.throughline.snapshot;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns an export page (well-formed XHTML from {@link ExportPage}) into PDF with openhtmltopdf on
 * PDFBox: real text in DejaVu Sans Condensed (shipped in resources/fonts and embedded as a subset, so
 * any reader shows and extracts the same characters), A4 pages numbered, long tables split across pages
 * with their header repeated.
 */
public final class PdfPages {

    public static final String FONT_FAMILY = "DejaVu Sans Condensed";
    private static final byte[] REGULAR = font("/fonts/DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = font("/fonts/DejaVuSansCondensed-Bold.ttf");

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfPages() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Throughline");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from this build.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
