package dev.throughline.interchange;

import dev.throughline.interchange.CsvKind.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which CSV column feeds which field: guessed from the headers, changed by the user in the wizard's
 * mapping step. A field mapped to no column is left empty.
 */
public record HeaderMapping(CsvKind kind, Map<String, String> columns) {

    public HeaderMapping {
        columns = new LinkedHashMap<>(columns);
    }

    public static HeaderMapping guess(CsvKind kind, List<String> headers) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Field field : kind.fields()) {
            headers.stream().filter(field::matches).findFirst().ifPresent(h -> columns.put(field.name(), h));
        }
        return new HeaderMapping(kind, columns);
    }

    public Optional<String> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    public HeaderMapping with(String field, String header) {
        Map<String, String> copy = new HashMap<>(columns);
        if (header == null || header.isBlank()) {
            copy.remove(field);
        } else {
            copy.put(field, header);
        }
        return new HeaderMapping(kind, copy);
    }

    /** Required fields without a column, and columns that are not in the file. */
    public List<String> problems(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (Field field : kind.fields()) {
            String header = columns.get(field.name());
            if (field.required() && header == null) {
                out.add("Choose the column that holds the " + field.name() + ".");
            } else if (header != null && !headers.contains(header)) {
                out.add("The file has no column “" + header + "” for " + field.name() + ".");
            }
        }
        return out;
    }
}
