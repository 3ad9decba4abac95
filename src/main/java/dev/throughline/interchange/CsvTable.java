package dev.throughline.interchange;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole: UTF-8 with or without a byte-order mark, RFC 4180 quoting (commas, quotes
 * and line breaks inside quoted cells), a header row, and for each row the line it starts on.
 */
public record CsvTable(String fileName, List<String> headers, List<Row> rows) {

    public record Row(int line, List<String> cells) {

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column);
        }
    }

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static CsvTable read(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            SourceFile.check(file);
            text = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            throw new ImportFileException(name, null, "is not UTF-8 text; save it as CSV UTF-8 and try again", e);
        } catch (IOException e) {
            throw new ImportFileException(name, null, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (text.isBlank()) {
            throw new ImportFileException(name, null, "the file is empty");
        }
        return parse(name, text);
    }

    static CsvTable parse(String name, String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                int line = (int) nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException(name, null, "is not valid CSV (" + ProjectFileReader.reason(e) + ")", e);
        }
        if (headers == null) {
            throw new ImportFileException(name, null, "the file is empty");
        }
        return new CsvTable(name, headers, rows);
    }

    /** Strict UTF-8; a leading byte-order mark is dropped. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
