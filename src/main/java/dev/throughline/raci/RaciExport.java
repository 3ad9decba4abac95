package dev.throughline.raci;

import dev.throughline.interchange.Tabular;
import dev.throughline.people.Person;
import java.util.ArrayList;
import java.util.List;

/** A matrix as a GitLab-flavoured Markdown table or as rows for {@link Tabular} (aligned text, CSV). */
public final class RaciExport {

    private RaciExport() {
    }

    /** Workstream, deliverable, one column per person ("Name (Function)"), then the row's problems. */
    public static Tabular tabular(RaciMatrix matrix) {
        List<String> columns = new ArrayList<>(List.of("workstream", "deliverable"));
        for (Person p : matrix.members()) {
            columns.add(p.name() + " (" + p.function().label() + ")");
        }
        columns.add("problems");
        List<RaciRules.RowProblem> problems = matrix.problems();
        List<List<String>> rows = new ArrayList<>();
        for (Deliverable d : matrix.deliverables()) {
            List<String> row = new ArrayList<>(List.of(matrix.workstreamName(d.workstreamId()), d.title()));
            for (Person p : matrix.members()) {
                row.add(matrix.label(d.id(), p.id()));
            }
            row.add(String.join("; ", RaciRules.ofRow(problems, d.id()).stream()
                    .map(p -> p.kind().label()).toList()));
            rows.add(row);
        }
        return new Tabular(columns, rows);
    }

    /** The problems under a table: the summary sentences, then one line per row. Empty when all is well. */
    public static List<String> problemLines(RaciMatrix matrix) {
        List<RaciRules.RowProblem> problems = matrix.problems();
        List<String> lines = new ArrayList<>(RaciRules.summary(problems));
        problems.forEach(p -> lines.add(p.describe()));
        return lines;
    }

    /** A GitLab-flavoured Markdown table (problem rows marked), then a list of the problems. */
    public static String markdown(RaciMatrix matrix) {
        List<RaciRules.RowProblem> problems = matrix.problems();
        StringBuilder out = new StringBuilder();
        out.append("### RACI — ").append(cell(matrix.programKey())).append("\n\n");
        out.append("| Workstream | Deliverable |");
        for (Person p : matrix.members()) {
            out.append(' ').append(cell(p.name())).append("<br>").append(cell(p.function().label())).append(" |");
        }
        out.append("\n| --- | --- |");
        out.append(" :---: |".repeat(matrix.members().size()));
        out.append('\n');
        for (Deliverable d : matrix.deliverables()) {
            boolean broken = !RaciRules.ofRow(problems, d.id()).isEmpty();
            out.append("| ").append(cell(matrix.workstreamName(d.workstreamId()))).append(" | ")
                    .append(broken ? "⚠️ " : "").append(cell(d.title())).append(" |");
            for (Person p : matrix.members()) {
                out.append(' ').append(cell(matrix.label(d.id(), p.id()))).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
        if (problems.isEmpty()) {
            out.append("Every deliverable has exactly one Accountable and at least one Responsible.\n");
        } else {
            out.append("**Problems**\n\n");
            for (String sentence : RaciRules.summary(problems)) {
                out.append("- ").append(text(sentence)).append('\n');
            }
            out.append('\n');
            for (RaciRules.RowProblem p : problems) {
                out.append("- ").append(text(p.title())).append(": ").append(text(p.detail())).append('\n');
            }
        }
        return out.toString();
    }

    /** A table cell: pipes escaped, line breaks as {@code <br>}, HTML specials neutralised. */
    static String cell(String value) {
        return text(value).replace("|", "\\|");
    }

    /** Markdown text on one line: HTML specials escaped, line breaks as {@code <br>}. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String escaped = value.replace("<", "&lt;").replace(">", "&gt;");
        return escaped.replaceAll("\\r\\n|[\\r\\n\\u2028\\u2029]", "<br>").replaceAll("\\p{Cc}", " ").strip();
    }
}
