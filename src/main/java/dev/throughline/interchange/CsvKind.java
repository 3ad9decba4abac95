package dev.throughline.interchange;

import java.util.List;
import java.util.Locale;

/** What a CSV file holds, with the fields Throughline reads and the header names it recognises. */
public enum CsvKind {
    MILESTONES("Milestones", List.of(
            new Field("title", true, "title", "name", "milestone", "task", "task name"),
            new Field("forecast", true, "forecast", "finish", "due", "date", "end", "forecast date"),
            new Field("workstream", false, "workstream", "stream", "lane", "phase"),
            new Field("owner", false, "owner", "owner email", "assignee", "resource", "resource names"),
            new Field("start", false, "start", "start date", "begin"),
            new Field("baseline", false, "baseline", "baseline finish", "baseline date"),
            new Field("actual", false, "actual", "actual finish", "done"),
            new Field("deadline", false, "deadline"),
            new Field("status", false, "status", "state"),
            new Field("notes", false, "notes", "note", "description", "comments"))),
    RAID("RAID items", List.of(
            new Field("type", false, "type", "kind", "category"),
            new Field("title", true, "title", "name", "risk", "summary"),
            new Field("probability", true, "probability", "likelihood", "p"),
            new Field("impact", true, "impact", "severity", "i"),
            new Field("owner", false, "owner", "assignee"),
            new Field("status", false, "status", "state"),
            new Field("review", false, "review", "review date", "next review"),
            new Field("mitigation", false, "mitigation", "response plan", "action"))),
    PEOPLE("People", List.of(
            new Field("name", true, "name", "full name", "person"),
            new Field("email", false, "email", "e-mail", "mail", "email address"),
            new Field("role", false, "role", "title", "job title"),
            new Field("function", false, "function", "department", "team"),
            new Field("zone", false, "zone", "time zone", "timezone", "tz"),
            new Field("work_start", false, "work start", "work_start", "start of day", "hours from"),
            new Field("work_end", false, "work end", "work_end", "end of day", "hours to"),
            new Field("slack", false, "slack", "slack handle"),
            new Field("gitlab", false, "gitlab", "gitlab handle")));

    /** A field of the kind; {@code names} are header spellings matched without case, spaces or '_'. */
    public record Field(String name, boolean required, String... names) {

        boolean matches(String header) {
            String h = normal(header);
            for (String n : names) {
                if (normal(n).equals(h)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String label;
    private final List<Field> fields;

    CsvKind(String label, List<Field> fields) {
        this.label = label;
        this.fields = fields;
    }

    public String label() {
        return label;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Guesses what a file holds from its headers: the kind whose required fields all match. */
    public static CsvKind guess(List<String> headers) {
        for (CsvKind kind : List.of(RAID, MILESTONES, PEOPLE)) {
            boolean all = kind.fields.stream().filter(Field::required)
                    .allMatch(f -> headers.stream().anyMatch(f::matches));
            if (all) {
                return kind;
            }
        }
        return MILESTONES;
    }

    static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    @Override
    public String toString() {
        return label;
    }
}
