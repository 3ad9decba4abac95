package dev.throughline.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.throughline.cli.Cli;
import dev.throughline.text.SharedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Whatever a user typed into a name or a reason: the CSV opens in a spreadsheet with the same cells and
 * runs no formula, the text table keeps one line per row, and the JSON gives the text back exactly.
 */
class HostileTextTest {

    /** What a spreadsheet would treat as the start of a formula (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** "+5", "-3", "-0.25": numbers to a spreadsheet, left as they are. ASCII digits only. */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---- CSV ------------------------------------------------------------------------------------------

    @Property(tries = 500)
    void csvParsesBackToTheSameCellsAndNoCellStartsAFormula(@ForAll("tables") Tabular table) throws IOException {
        String csv = table.csv();

        List<CSVRecord> records = parseCsv(csv);

        assertEquals(table.rows().size() + 1, records.size(), "a header and one record per row:\n" + csv);
        assertEquals(table.columns(), records.get(0).toList(), "the header");
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> input = table.rows().get(r);
            List<String> cells = records.get(r + 1).toList();
            assertEquals(input.size(), cells.size(), "same number of columns in row " + r + ":\n" + csv);
            for (int c = 0; c < input.size(); c++) {
                String in = SharedText.withoutBidiControls(input.get(c)); // dropped: they could reorder the row
                String cell = cells.get(c);
                assertTrue(!startsAFormula(cell) || PLAIN_NUMBER.matcher(cell).matches(),
                        "cell starts a formula: " + escape(cell));
                assertTrue(cell.equals(in) || cell.equals("'" + in),
                        "cell " + escape(cell) + " is the input " + escape(in) + ", at most with a leading apostrophe");
                if (startsAFormula(in) && !PLAIN_NUMBER.matcher(in).matches()) {
                    assertEquals("'" + in, cell, "a risky cell is neutralised with an apostrophe");
                } else {
                    assertEquals(in, cell, "a harmless cell (or a plain signed number) is exactly the input");
                }
            }
        }
    }

    private static boolean startsAFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
    }

    // ---- text table ------------------------------------------------------------------------------------

    @Property(tries = 500)
    void theTableHasAHeaderARuleAndOneLinePerRow(@ForAll("tables") Tabular table) {
        String text = table.table();

        assertTrue(text.endsWith("\n"), "ends with a newline");
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        assertEquals(table.rows().size() + 2, lines.length, "header, rule and one line per row:\n" + escape(text));
        for (String line : lines) {
            assertTrue(line.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7F),
                    "no control character (CR, tab, escape, ...) inside a line: " + escape(line));
        }
        assertTrue(lines[1].matches("-+( +-+)*"), "the rule under the header: " + escape(lines[1]));
    }

    /**
     * BUG (Tabular.oneLine: {@code [\p{Cntrl}]} is ASCII-only in Java): NEL (U+0085), the other C1 controls
     * and the Unicode line/paragraph separators U+2028/U+2029 pass into the table. Tools that split lines
     * the Unicode way (Python's splitlines, many editors) see a row broken in two; C1 controls reach the
     * terminal.
     */
    @Property(tries = 200)
    void theTableHasNoUnicodeLineBreaksOrC1ControlsInsideALine(@ForAll("tables") Tabular table) {
        String text = table.table();

        for (String line : text.split("\n")) {
            assertTrue(line.chars().noneMatch(ch -> Character.getType(ch) == Character.CONTROL
                            || Character.getType(ch) == Character.LINE_SEPARATOR
                            || Character.getType(ch) == Character.PARAGRAPH_SEPARATOR),
                    "a line break or control character inside a line: " + escape(line));
        }
    }

    // ---- JSON -------------------------------------------------------------------------------------------

    @Property(tries = 500)
    void jsonParsesBackToExactlyTheInputStrings(@ForAll("tables") Tabular table) throws IOException {
        JsonNode json = JSON.readTree(table.json());

        assertTrue(json.isArray());
        assertEquals(table.rows().size(), json.size());
        for (int r = 0; r < table.rows().size(); r++) {
            JsonNode object = json.get(r);
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            assertEquals(table.columns(), fields, "every column, in order");
            for (int c = 0; c < table.columns().size(); c++) {
                JsonNode value = object.get(table.columns().get(c));
                assertTrue(value.isTextual(), value.toString());
                assertEquals(table.rows().get(r).get(c), value.textValue(), "row " + r + " column " + c);
            }
        }
    }

    // ---- the command line -------------------------------------------------------------------------------

    private Path scratch;

    @BeforeProperty
    void makeScratchFolder() throws IOException {
        scratch = Files.createTempDirectory("hostile-db-").toRealPath();
    }

    @AfterProperty
    void removeScratchFolder() throws IOException {
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * {@code --db <scratch>/<anything>}: a clean message and exit code, never a stack trace, and a
     * read-only command creates nothing. The scratch folder keeps the strings from reaching the working
     * directory; strings that would climb out of it with ".." are left out.
     */
    @Property(tries = 100)
    void anyWorkspacePathGivesACleanAnswer(@ForAll("hostileStrings") String name,
                                           @ForAll("readOnlyCommands") String command) throws IOException {
        String db = scratch + "/" + name;
        net.jqwik.api.Assume.that(staysInside(db));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Cli.run(new String[] {"--db", db, command}, new PrintWriter(out), new PrintWriter(err)).exitCode();

        assertTrue(exit == Cli.OK || exit == Cli.PROBLEMS || exit == Cli.BAD_INPUT, "exit " + exit + ": " + err);
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(err.toString().contains("unexpected error"), "no unexpected error: " + err);
        if (exit != Cli.OK) {
            assertTrue(err.toString().startsWith("throughline: "), "an explanation: " + escape(err.toString()));
        }
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "'" + command + "' created nothing");
        }
    }

    @Provide
    Arbitrary<String> readOnlyCommands() {
        return Arbitraries.of("programs", "people", "check", "backups");
    }

    private boolean staysInside(String db) {
        try {
            return Path.of(db).normalize().startsWith(scratch);
        } catch (InvalidPathException e) {
            return true;
        }
    }

    // ---- generators ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Tabular> tables() {
        Arbitrary<Integer> columnCount = Arbitraries.integers().between(1, 5);
        return columnCount.flatMap(columns -> {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                names.add("col" + c);
            }
            Arbitrary<List<List<String>>> rows = hostileStrings().list().ofSize(columns).list().ofMaxSize(6);
            return rows.map(r -> new Tabular(names, r));
        });
    }

    /** Arbitrary text weighted towards what breaks files: formula starts, quotes, separators, controls. */
    @Provide
    Arbitrary<String> hostileStrings() {
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(20);
        Arbitrary<String> nasty = Arbitraries.strings()
                .withChars("=+-@\t\r\n\",;'\\ \u0000\u0007\u001b\u007f\u0085\u00a0\u2028\u2029\ufeffé漢")
                .withCharRange('a', 'c')
                .ofMaxLength(12);
        Arbitrary<String> emoji = Arbitraries.of("😀", "👩‍💻", "\uD83D", "e\u0301", "עברית", "ﷺ");
        Arbitrary<String> formulas = Arbitraries.of("=1+2", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)",
                "\t=1", "\r=1", "=cmd|' /C calc'!A0", "-", "=", "@", "'=1", " =1", "\"=1\"", "-3", "+5", "-0.25", "+12.5",
                "-1e5", "-1.", "+.5", "-3\n", "-3 ", "-\u0661", "+1+cmd|' /C calc'!A0", "-2+3");
        Arbitrary<String> prefix = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "\"", "'", ",", "\u2028", "");
        Arbitrary<String> prefixed = Combinators.combine(prefix, Arbitraries.oneOf(anything, nasty), emoji.injectNull(0.7))
                .as((p, s, e) -> p + s + (e == null ? "" : e));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, anything),
                net.jqwik.api.Tuple.of(4, nasty),
                net.jqwik.api.Tuple.of(2, formulas),
                net.jqwik.api.Tuple.of(4, prefixed),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static List<CSVRecord> parseCsv(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows control and invisible characters in assertion messages. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (Iterator<Integer> it = s.codePoints().iterator(); it.hasNext(); ) {
            int cp = it.next();
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.append('"').toString();
    }
}
