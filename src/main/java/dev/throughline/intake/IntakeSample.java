package dev.throughline.intake;

import dev.throughline.people.Function;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds one intake request of the sample portfolio through the same validation as the form. */
public final class IntakeSample {

    private IntakeSample() {
    }

    /** The request to store; {@code id} 0 makes a new one (first load), otherwise it is reused (redo). */
    public static IntakeRequest request(long id, String requester, String initiative, String problem, String outcome,
                              String complexity, List<String> functions, String others, String criticality,
                              LocalDate desired, List<String> links, String channel, Integer workingHoursAgo,
                              String received, String firstResponse, String status, String note, String program,
                              Map<String, Long> people, Map<String, Long> programs, Instant loadedAt) {
        Long requesterId = people.get(requester);
        if (requesterId == null) {
            throw new IllegalStateException("The sample's intake request " + initiative + " names an unknown person "
                    + requester + ".");
        }
        Set<Function> named = EnumSet.noneOf(Function.class);
        functions.forEach(f -> named.add(Function.valueOf(f)));
        Instant receivedAt = workingHoursAgo != null
                ? TeamHours.TPGM_TEAM.before(loadedAt, Duration.ofHours(workingHoursAgo)).truncatedTo(
                        java.time.temporal.ChronoUnit.SECONDS)
                : Instant.parse(received);
        Map<String, Long> byName = new HashMap<>();
        byName.put(requester, requesterId);
        IntakeRequest fields = new IntakeInput(requester, initiative, problem, outcome,
                Complexity.valueOf(complexity.toUpperCase(Locale.ROOT)), named, others == null ? "" : others,
                Criticality.valueOf(criticality.toUpperCase(Locale.ROOT)), desired, String.join("\n", links),
                channel == null ? "" : channel, "", receivedAt).toRequest(id, byName, LocalDate.MIN, desired, Instant.MAX);
        Long programId = program == null ? null : programs.get(program);
        if (program != null && programId == null) {
            throw new IllegalStateException("The sample's intake request " + initiative + " names an unknown program "
                    + program + ".");
        }
        IntakeStatus state = IntakeStatus.valueOf(status.toUpperCase(Locale.ROOT));
        return state == IntakeStatus.NEW ? fields
                : fields.triaged(state, note == null ? "" : note, Instant.parse(firstResponse), programId);
    }
}
