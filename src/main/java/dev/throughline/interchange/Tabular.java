package dev.throughline.interchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.throughline.text.BidiJsonEscapes;
import dev.throughline.text.SharedText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows with named columns, rendered as an aligned text table, spreadsheet-safe CSV or JSON; bidirectional
 * controls are dropped from the table and the CSV and escaped in the JSON (see {@link SharedText}).
 */
public record Tabular(List<String> columns, List<List<String>> rows) {

    public enum Format { TABLE, CSV, JSON }

    public Tabular {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
    }

    public String render(Format format) {
        return switch (format) {
            case TABLE -> table();
            case CSV -> csv();
            case JSON -> json();
        };
    }

    public String table() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], oneLine(row.get(c)).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, columns, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        appendRow(out, rule, widths);
        for (List<String> row : rows) {
            appendRow(out, row.stream().map(Tabular::oneLine).toList(), widths);
        }
        return out.toString();
    }

    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(columns);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SharedText::withoutBidiControls).map(SpreadsheetSafe::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(new BidiJsonEscapes());
        ArrayNode array = mapper.createArrayNode();
        for (List<String> row : rows) {
            ObjectNode node = array.addObject();
            for (int c = 0; c < columns.size(); c++) {
                node.put(columns.get(c), row.get(c));
            }
        }
        try {
            return mapper.writeValueAsString(array) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            line.append(cells.get(c));
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - cells.get(c).length()));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Control characters and line breaks would break the table's shape; bidi controls would reorder it. */
    private static String oneLine(String value) {
        return SharedText.withoutBidiControls(value).replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", " ");
    }
}
