package dev.throughline.program;

import dev.throughline.validation.TextRule;
import java.time.LocalDate;

/** What the program form holds before validation. Links are one per line. */
public record ProgramInput(String key, String name, String objective, ProgramStatus status, Health health,
                           String healthReason, Long tpgmId, Long sponsorId, LocalDate start, LocalDate target,
                           Priority priority, String channel, String links) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public ProgramInput {
        key = TextRule.clean(key);
        name = TextRule.clean(name);
        objective = TextRule.clean(objective);
        healthReason = TextRule.clean(healthReason);
        channel = TextRule.clean(channel);
        links = TextRule.clean(links);
    }

    public static ProgramInput blank() {
        return new ProgramInput("", "", "", ProgramStatus.PLANNED, Health.ON_TRACK, "", null, null, null, null,
                Priority.P2, "", "");
    }

    public static ProgramInput of(Program p) {
        return new ProgramInput(p.key(), p.name(), p.objective(), p.status(), p.health(), p.healthReason(),
                p.tpgmId(), p.sponsorId(), p.start(), p.target(), p.priority(), p.channel(), String.join("\n", p.links()));
    }
}
