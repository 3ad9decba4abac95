package dev.throughline.milestone;

import java.util.Map;

/** Program keys, workstream and people names, read once per query. */
public record Names(Map<Long, String> programs, Map<Long, String> workstreams, Map<Long, String> people) {

    String programKey(long id) {
        return programs.getOrDefault(id, "?");
    }

    String workstream(Long id) {
        return id == null ? "" : workstreams.getOrDefault(id, "");
    }

    String person(Long id) {
        return id == null ? "" : people.getOrDefault(id, "");
    }

    String label(Milestone m) {
        return programKey(m.programId()) + " “" + m.title() + "”";
    }
}
