package dev.throughline.intake;

import dev.throughline.people.Function;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A request for program support, as posted to the team's channel following its template. {@code id} is 0
 * until stored; {@code desiredDate}, {@code firstResponseAt} and {@code programId} may be null.
 * {@code notes} keeps whatever a pasted message held beyond the template, so nothing is lost.
 */
public record IntakeRequest(long id, long requesterId, String initiative, String problem, String outcome,
                            Complexity complexity, Set<Function> functions, String otherFunctions,
                            Criticality criticality, LocalDate desiredDate, List<String> links, String channel,
                            String notes, Instant receivedAt, Instant firstResponseAt, IntakeStatus status,
                            String triageNote, Long programId) {

    public IntakeRequest {
        functions = Set.copyOf(functions);
        links = List.copyOf(links);
    }

    public IntakeRequest withId(long newId) {
        return new IntakeRequest(newId, requesterId, initiative, problem, outcome, complexity, functions,
                otherFunctions, criticality, desiredDate, links, channel, notes, receivedAt, firstResponseAt, status,
                triageNote, programId);
    }

    /** The triage outcome; the first response is stamped once and kept. */
    public IntakeRequest triaged(IntakeStatus newStatus, String note, Instant at, Long newProgramId) {
        return new IntakeRequest(id, requesterId, initiative, problem, outcome, complexity, functions, otherFunctions,
                criticality, desiredDate, links, channel, notes, receivedAt, firstResponseAt == null ? at : firstResponseAt,
                newStatus, note, newProgramId);
    }

    /** How many functions are involved, the named ones and "others" counted once each. */
    public int functionCount() {
        return functions.size() + (otherFunctions.isBlank() ? 0 : otherFunctions.split("\\s*,\\s*").length);
    }

    /** The capacity weight a program from this request would add: size (complexity) times criticality. */
    public double weight() {
        return complexity.sizeWeight() * criticality.weight();
    }

    /** "IR-4": the short reference used in lists and the digest. */
    public String ref() {
        return "IR-" + id;
    }
}
