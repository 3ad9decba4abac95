package dev.throughline.intake;

import dev.throughline.edit.RowTable;
import dev.throughline.event.EntityChanged;
import dev.throughline.people.Function;
import dev.throughline.store.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** All SQL about intake requests. */
public final class IntakeRepository implements RowTable<IntakeRequest> {

    private static final String COLUMNS = "id, requester_id, initiative, problem, outcome, complexity, functions,"
            + " other_functions, criticality, desired_date, links, channel, notes, received_at, first_response_at,"
            + " status, triage_note, program_id";

    public List<IntakeRequest> all(Sql sql) throws SQLException {
        return sql.list("select " + COLUMNS + " from intake_requests order by received_at desc, id desc",
                IntakeRepository::map);
    }

    public Optional<IntakeRequest> find(Sql sql, long id) throws SQLException {
        return sql.one("select " + COLUMNS + " from intake_requests where id = ?", IntakeRepository::map, id);
    }

    @Override
    public long insert(Sql sql, IntakeRequest r) throws SQLException {
        return sql.insert("insert into intake_requests (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?)", r.id() == 0 ? null : r.id(), r.requesterId(), r.initiative(), r.problem(),
                r.outcome(), r.complexity(), functions(r.functions()), r.otherFunctions(), r.criticality(),
                r.desiredDate(), String.join("\n", r.links()), r.channel(), r.notes(), r.receivedAt().toString(),
                r.firstResponseAt() == null ? null : r.firstResponseAt().toString(), r.status(), r.triageNote(),
                r.programId());
    }

    @Override
    public void update(Sql sql, IntakeRequest r) throws SQLException {
        sql.update("update intake_requests set requester_id = ?, initiative = ?, problem = ?, outcome = ?, complexity = ?,"
                        + " functions = ?, other_functions = ?, criticality = ?, desired_date = ?, links = ?, channel = ?,"
                        + " notes = ?, received_at = ?, first_response_at = ?, status = ?, triage_note = ?, program_id = ?"
                        + " where id = ?", r.requesterId(), r.initiative(), r.problem(), r.outcome(), r.complexity(),
                functions(r.functions()), r.otherFunctions(), r.criticality(), r.desiredDate(),
                String.join("\n", r.links()), r.channel(), r.notes(), r.receivedAt().toString(),
                r.firstResponseAt() == null ? null : r.firstResponseAt().toString(), r.status(), r.triageNote(),
                r.programId(), r.id());
    }

    @Override
    public void delete(Sql sql, long id) throws SQLException {
        sql.update("delete from intake_requests where id = ?", id);
    }

    @Override
    public long idOf(IntakeRequest row) {
        return row.id();
    }

    @Override
    public IntakeRequest withId(IntakeRequest row, long id) {
        return row.withId(id);
    }

    @Override
    public EntityChanged.Entity entity() {
        return EntityChanged.Entity.INTAKE_REQUEST;
    }

    private static String functions(Set<Function> functions) {
        return functions.stream().sorted().map(Function::name).collect(Collectors.joining(","));
    }

    private static IntakeRequest map(Sql.Row r) throws SQLException {
        String fs = r.getString("functions");
        Set<Function> functions = EnumSet.noneOf(Function.class);
        if (fs != null && !fs.isBlank()) {
            Arrays.stream(fs.split(",")).map(Function::valueOf).forEach(functions::add);
        }
        String links = r.getString("links");
        String first = r.getString("first_response_at");
        return new IntakeRequest(r.getLong("id"), r.getLong("requester_id"), r.getString("initiative"),
                r.getString("problem"), r.getString("outcome"), r.getEnum("complexity", Complexity.class), functions,
                r.getString("other_functions"), r.getEnum("criticality", Criticality.class), r.getDate("desired_date"),
                links == null || links.isBlank() ? List.of() : List.of(links.split("\n")), r.getString("channel"),
                r.getString("notes"), Instant.parse(r.getString("received_at")),
                first == null ? null : Instant.parse(first), r.getEnum("status", IntakeStatus.class),
                r.getString("triage_note"), r.getNullableLong("program_id"));
    }
}
