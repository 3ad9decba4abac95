package dev.throughline.interchange;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small report writer on Apache PDFBox: a title, headings, wrapped paragraphs, bullet lists and
 * tables whose rows wrap and break across pages with the header row repeated, then "Page i of n" on
 * every page. Text is real text in DejaVu Sans Condensed, shipped in resources/fonts and embedded as a
 * subset, so any reader shows and extracts the same characters. The look (page size, margins, sizes,
 * colours) comes from resources/templates/pdf.properties, which a team may adapt.
 */
public final class PdfReport implements AutoCloseable {

    /** A table column: its heading, its share of the width, and whether it is right-aligned. */
    public record Column(String title, double weight, boolean right) {

        public static Column left(String title, double weight) {
            return new Column(title, weight, false);
        }

        public static Column right(String title, double weight) {
            return new Column(title, weight, true);
        }
    }

    private static final byte[] REGULAR = resource("/fonts/DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSansCondensed-Bold.ttf");
    private static final Properties LOOK = look();
    private static final Map<String, Color> COLORS = new java.util.concurrent.ConcurrentHashMap<>();

    private final PDDocument doc = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDRectangle size = "letter".equalsIgnoreCase(LOOK.getProperty("page.size")) ? PDRectangle.LETTER
            : PDRectangle.A4;
    private final float margin = number("page.margin");
    private final float body = number("text.size");
    private final float leading = number("text.leading");
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final Map<PDType0Font, Map<Integer, Float>> widths = new HashMap<>();
    private PDPageContentStream content;
    private PDType0Font currentFont;
    private float currentSize;
    private Color currentColor;
    private float y;

    public PdfReport(String title) {
        try {
            regular = PDType0Font.load(doc, withoutLigatures(REGULAR), true);
            bold = PDType0Font.load(doc, withoutLigatures(BOLD), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Throughline");
    }

    /** Ligatures ("fi" drawn as one glyph) would make copied and searched text differ from what was written. */
    private static org.apache.fontbox.ttf.TrueTypeFont withoutLigatures(byte[] font) throws IOException {
        org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font));
        ttf.setEnableGsub(false);
        return ttf;
    }

    // ---- blocks

    public void title(String text) {
        block(bold, number("title.size"), color("title.color"), text, 0);
        y -= 4;
    }

    public void meta(String text, Color color) {
        block(regular, body, color, text, 0);
        y -= 2;
    }

    public void heading(String text) {
        float headingSize = number("heading.size");
        ensure(headingSize * leading * 3 + 8);
        y -= 8;
        block(bold, headingSize, color("heading.color"), text, 0);
        y -= 4;
        line(margin, y, size.getWidth() - margin, color("rule.color"), 0.6f);
        y -= 3;
    }

    public void paragraph(String text) {
        for (String line : text.strip().split("\\R")) {
            String t = line.strip();
            if (t.startsWith("- ") || t.startsWith("* ")) {
                bullet(t.substring(2).strip());
            } else {
                block(regular, body, color("text.color"), t, 0);
            }
        }
        y -= 3;
    }

    public void bullets(List<String> items) {
        items.forEach(this::bullet);
        y -= 3;
    }

    private void bullet(String text) {
        List<String> lines = wrap(regular, body, clean(regular, text), width() - 12);
        for (int i = 0; i < lines.size(); i++) {
            ensure(body * leading);
            y -= body * leading;
            if (i == 0) {
                text(regular, body, color("text.color"), "•", margin + 2, y);
            }
            text(regular, body, color("text.color"), lines.get(i), margin + 12, y);
        }
    }

    /** A table that wraps cell text and breaks across pages, its header row repeated on each. */
    public void table(List<Column> columns, List<List<String>> rows) {
        float tableSize = number("table.size");
        float pad = 3;
        double total = columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (width() * columns.get(i).weight() / total);
        }
        List<String> header = columns.stream().map(Column::title).toList();
        ensure(tableSize * leading * 4);
        row(columns, widths, header, bold, tableSize, pad, true);
        for (List<String> cells : rows) {
            List<List<String>> lines = new ArrayList<>(cells.size());
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> wrapped = wrap(regular, tableSize, clean(regular, cells.get(i)), widths[i] - 2 * pad);
                lines.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            float rowHeight = height * tableSize * leading + 2 * pad;
            if (y - rowHeight < margin + 20) {
                newPage();
                row(columns, widths, header, bold, tableSize, pad, true);
            }
            drawRow(columns, widths, lines, regular, tableSize, pad, rowHeight, false);
        }
        y -= 6;
    }

    private void row(List<Column> columns, float[] widths, List<String> cells, PDType0Font font, float fontSize,
                     float pad, boolean header) {
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> wrapped = wrap(font, fontSize, clean(font, cells.get(i)), widths[i] - 2 * pad);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        drawRow(columns, widths, lines, font, fontSize, pad, height * fontSize * leading + 2 * pad, header);
    }

    private void drawRow(List<Column> columns, float[] widths, List<List<String>> lines, PDType0Font font,
                         float fontSize, float pad, float rowHeight, boolean header) {
        try {
            if (header) {
                content.setNonStrokingColor(color("table.header.background"));
                currentColor = null;
                content.addRect(margin, y - rowHeight, width(), rowHeight);
                content.fill();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float x = margin;
        for (int i = 0; i < lines.size(); i++) {
            float lineY = y - pad - fontSize * 0.95f;
            for (String line : lines.get(i)) {
                float textX = columns.get(i).right() ? x + widths[i] - pad - measure(font, fontSize, line) : x + pad;
                text(font, fontSize, color("text.color"), line, textX, lineY);
                lineY -= fontSize * leading;
            }
            x += widths[i];
        }
        y -= rowHeight;
        line(margin, y, margin + width(), color("rule.color"), header ? 0.8f : 0.4f);
    }

    // ---- finishing

    /** Numbers the pages, writes the footer and returns the PDF's bytes. */
    public byte[] finish(String footer) {
        try {
            closeContent();
            int pages = doc.getNumberOfPages();
            float footerSize = number("footer.size");
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                        true)) {
                    String number = "Page " + (i + 1) + " of " + pages;
                    write(foot, regular, footerSize, color("footer.color"), clean(regular, footer), margin, margin - 14);
                    write(foot, regular, footerSize, color("footer.color"), number,
                            size.getWidth() - margin - measure(regular, footerSize, number), margin - 14);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- drawing

    private void block(PDType0Font font, float fontSize, Color color, String text, float indent) {
        for (String line : wrap(font, fontSize, clean(font, text), width() - indent)) {
            ensure(fontSize * leading);
            y -= fontSize * leading;
            text(font, fontSize, color, line, margin + indent, y);
        }
    }

    private void ensure(float height) {
        if (content == null || y - height < margin + 20) {
            newPage();
        }
    }

    private void newPage() {
        try {
            closeContent();
            PDPage page = new PDPage(size);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            currentFont = null;
            currentColor = null;
            y = size.getHeight() - margin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void text(PDType0Font font, float fontSize, Color color, String text, float x, float atY) {
        if (content == null) {
            newPage();
        }
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            if (font != currentFont || fontSize != currentSize) {
                content.setFont(font, fontSize);
                currentFont = font;
                currentSize = fontSize;
            }
            if (!color.equals(currentColor)) {
                content.setNonStrokingColor(color);
                currentColor = color;
            }
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream stream, PDType0Font font, float fontSize, Color color, String text,
                              float x, float atY) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, fontSize);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, atY);
        stream.showText(text);
        stream.endText();
    }

    private void line(float x1, float atY, float x2, Color color, float width) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(width);
            content.moveTo(x1, atY);
            content.lineTo(x2, atY);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- text

    private float width() {
        return size.getWidth() - 2 * margin;
    }

    /** Words onto lines no wider than {@code max}; a word longer than a line is cut. Empty text: one empty line. */
    private List<String> wrap(PDType0Font font, float fontSize, String text, float max) {
        List<String> lines = new ArrayList<>(2);
        for (String paragraph : text.split("\n", -1)) {
            if (measure(font, fontSize, paragraph) <= max) {
                lines.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (measure(font, fontSize, candidate) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (measure(font, fontSize, rest) > max && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && measure(font, fontSize, rest.substring(0, cut)) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Width of {@code text} in points, from per-character widths looked up once per font. */
    private float measure(PDType0Font font, float fontSize, String text) {
        Map<Integer, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Float w = known.get(cp);
            if (w == null) {
                try {
                    w = font.getStringWidth(new String(Character.toChars(cp)));
                } catch (IOException | IllegalArgumentException e) {
                    w = 0f;
                }
                known.put(cp, w);
            }
            units += w;
        }
        return units / 1000f * fontSize;
    }

    /** Control characters become spaces (line breaks stay), characters the font lacks become "?". */
    private String clean(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        text.replace("\r\n", "\n").codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp < 0x20 || cp == 0x7f || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    // ---- look

    private static float number(String key) {
        return Float.parseFloat(LOOK.getProperty(key).strip());
    }

    private static Color color(String key) {
        return COLORS.computeIfAbsent(key, k -> Color.decode(LOOK.getProperty(k).strip()));
    }

    public static Color colorOf(String key) {
        return color(key);
    }

    private static Properties look() {
        Properties look = new Properties();
        try (InputStream in = PdfReport.class.getResourceAsStream("/templates/pdf.properties")) {
            if (in == null) {
                throw new IllegalStateException("The PDF look (templates/pdf.properties) is missing from this build.");
            }
            look.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return look;
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from this build.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
