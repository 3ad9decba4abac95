package dev.throughline.program;

import java.time.LocalDate;
import java.util.List;

/** A cross-functional initiative. {@code id} is 0 until stored; optional dates may be null. */
public record Program(long id, String key, String name, String objective, ProgramStatus status, Health health,
                      String healthReason, long tpgmId, Long sponsorId, LocalDate start, LocalDate target,
                      Priority priority, String channel, List<String> links, boolean archived) {

    public Program {
        links = List.copyOf(links);
    }

    public Program withId(long newId) {
        return new Program(newId, key, name, objective, status, health, healthReason, tpgmId, sponsorId, start,
                target, priority, channel, links, archived);
    }

    public Program withArchived(boolean value) {
        return new Program(id, key, name, objective, status, health, healthReason, tpgmId, sponsorId, start, target,
                priority, channel, links, value);
    }
}
