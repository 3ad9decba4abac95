package dev.throughline.interchange;

import dev.throughline.milestone.Milestone;
import dev.throughline.milestone.Workstream;
import dev.throughline.people.Person;
import dev.throughline.risk.RaidItem;
import dev.throughline.store.OutputTarget;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Milestones, RAID items and people as spreadsheet-safe CSV (see {@link SpreadsheetSafe}), UTF-8 with
 * a byte-order mark so spreadsheets read accents right; headers are the ones {@link CsvKind} reads back.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static Tabular milestones(ProgramData data) {
        Map<Long, String> streams = data.workstreams().stream().collect(Collectors.toMap(Workstream::id, Workstream::name));
        List<List<String>> rows = new ArrayList<>();
        for (Milestone m : data.milestones()) {
            rows.add(List.of(m.title(), streams.getOrDefault(m.workstreamId(), ""),
                    ownerText(data, m.ownerId()), text(m.start()), text(m.baseline()), text(m.forecast()),
                    text(m.actual()), text(m.deadline()), m.status().label().toLowerCase(Locale.ROOT), m.notes()));
        }
        return new Tabular(List.of("title", "workstream", "owner", "start", "baseline", "forecast", "actual", "deadline",
                "status", "notes"), rows);
    }

    public static Tabular raid(ProgramData data) {
        List<List<String>> rows = new ArrayList<>();
        for (RaidItem r : data.raid()) {
            rows.add(List.of(r.type().label().toLowerCase(Locale.ROOT), r.title(), String.valueOf(r.probability()),
                    String.valueOf(r.impact()), ownerText(data, r.ownerId()), r.status().label().toLowerCase(Locale.ROOT),
                    text(r.reviewDate()), r.mitigation()));
        }
        return new Tabular(List.of("type", "title", "probability", "impact", "owner", "status", "review", "mitigation"), rows);
    }

    public static Tabular people(Collection<Person> people) {
        List<List<String>> rows = new ArrayList<>();
        for (Person p : people) {
            rows.add(List.of(p.name(), p.email(), p.role(), p.function().label(), p.zone().getId(),
                    p.workStart().toString(), p.workEnd().toString(), p.slack(), p.gitlab()));
        }
        return new Tabular(List.of("name", "email", "role", "function", "zone", "work start", "work end", "slack", "gitlab"),
                rows);
    }

    public static void write(Tabular table, OutputTarget out) {
        out.write(("\uFEFF" + table.csv()).getBytes(StandardCharsets.UTF_8));
    }

    /** The owner's email when they have one (it matches back exactly on import), else their name. */
    private static String ownerText(ProgramData data, Long id) {
        String email = data.personEmail(id);
        return email.isBlank() ? data.personName(id) : email;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
