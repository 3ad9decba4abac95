package dev.throughline.interchange;

import dev.throughline.interchange.CsvTable.Row;
import dev.throughline.interchange.SourcePlan.SourceRaid;
import dev.throughline.interchange.SourcePlan.SourceResource;
import dev.throughline.interchange.SourcePlan.SourceTask;
import dev.throughline.interchange.SourcePlan.TaskKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a CSV table and its header mapping into a {@link SourcePlan}. Dates must be ISO
 * (YYYY-MM-DD); the first bad cell refuses the whole file with its line and column.
 */
public final class CsvSource {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final CsvTable table;
    private final HeaderMapping mapping;

    private CsvSource(CsvTable table, HeaderMapping mapping) {
        this.table = table;
        this.mapping = mapping;
    }

    public static SourcePlan toSource(CsvTable table, HeaderMapping mapping) {
        List<String> problems = mapping.problems(table.headers());
        if (!problems.isEmpty()) {
            throw new ImportFileException(table.fileName(), "header", String.join(" ", problems));
        }
        return new CsvSource(table, mapping).build();
    }

    private SourcePlan build() {
        List<SourceTask> tasks = new ArrayList<>();
        List<SourceResource> people = new ArrayList<>();
        List<SourceRaid> raid = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Row row : table.rows()) {
            switch (mapping.kind()) {
                case MILESTONES -> tasks.add(task(row, owners));
                case PEOPLE -> people.add(new SourceResource("line" + row.line(), text(row, "name"), text(row, "email"), true,
                        text(row, "role"), text(row, "function"), text(row, "zone"), text(row, "work_start"),
                        text(row, "work_end"), text(row, "slack"), text(row, "gitlab"), "line " + row.line()));
                case RAID -> raid.add(new SourceRaid(text(row, "type"), text(row, "title"), text(row, "probability"),
                        text(row, "impact"), text(row, "owner"), text(row, "status"), date(row, "review"),
                        text(row, "mitigation"), "line " + row.line()));
            }
        }
        List<SourceResource> resources = new ArrayList<>(people);
        for (String owner : owners.stream().distinct().toList()) {
            boolean email = owner.contains("@");
            resources.add(new SourceResource("owner:" + owner.toLowerCase(java.util.Locale.ROOT), email ? owner : owner,
                    email ? owner : "", true, "", "", "", "", "", "", "", "owner " + owner));
        }
        return new SourcePlan(table.fileName(), "CSV (" + mapping.kind().label().toLowerCase(java.util.Locale.ROOT) + ")",
                stem(table.fileName()), "", tasks, List.of(), mapping.kind() == CsvKind.RAID ? List.of() : resources, raid);
    }

    private SourceTask task(Row row, List<String> owners) {
        LocalDate start = date(row, "start");
        LocalDate forecast = date(row, "forecast");
        String owner = text(row, "owner");
        List<String> refs = List.of();
        if (!owner.isEmpty()) {
            owners.add(owner);
            refs = List.of("owner:" + owner.toLowerCase(java.util.Locale.ROOT));
        }
        String status = text(row, "status").toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        int percent = switch (status) {
            case "done", "complete", "completed" -> 100;
            case "in progress", "started" -> 50;
            default -> 0;
        };
        String workstream = text(row, "workstream");
        return new SourceTask("line" + row.line(), text(row, "title"), 1, null,
                TaskKind.MILESTONE,
                start, forecast, date(row, "baseline"), date(row, "deadline"), date(row, "actual"), percent,
                text(row, "notes"), refs, workstream.isEmpty() ? null : workstream, "line " + row.line());
    }

    private String text(Row row, String field) {
        return mapping.column(field).map(h -> unescape(row.cell(table.headers().indexOf(h)).strip())).orElse("");
    }

    /** Drops the apostrophe a spreadsheet-safe export put before a leading '=', '+', '-' or '@'. */
    static String unescape(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    private LocalDate date(Row row, String field) {
        String text = text(row, field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            throw new ImportFileException(table.fileName(), "line " + row.line() + ", column “" + mapping.column(field).orElse(field) + "”",
                    "“" + text + "” is not a date in ISO form (YYYY-MM-DD); nothing was imported");
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

}
