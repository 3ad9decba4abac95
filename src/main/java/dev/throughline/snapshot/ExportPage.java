package dev.throughline.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page shell and stylesheet in resources/templates/snapshot/, which a team may adapt: every HTML
 * export (snapshots, the portfolio roll-up) is the shell filled with the stylesheet and the report.
 * Placeholders are filled in one pass, so text inside a value is never taken for a placeholder.
 */
public final class ExportPage {

    private static final String FOLDER = "/templates/snapshot/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(title|style|body)}}");
    private static final String SHELL = resource("page.html");
    private static final String SCREEN = resource("snapshot.css");

    private ExportPage() {
    }

    /** {@code title} and {@code body} must already be escaped HTML. */
    public static String fill(String title, String body) {
        String style = SCREEN;
        Map<String, String> values = Map.of("title", title, "style", style, "body", body);
        Matcher m = PLACEHOLDER.matcher(SHELL);
        StringBuilder out = new StringBuilder(SHELL.length() + body.length() + style.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = ExportPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The export template " + FOLDER + name + " is missing from this build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
