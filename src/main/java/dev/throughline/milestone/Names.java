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

    /** "SSO-7 · Vendor contract signed". */
    String label(Milestone m) {
        return DependencyText.milestone(programKey(m.programId()), m.title());
    }

    /** "SSO-7 · Vendor contract signed (FS +2d)". */
    String link(Milestone predecessor, Dependency d) {
        return DependencyText.link(programKey(predecessor.programId()), predecessor.title(), d);
    }

    /** "waits on SSO-7 · Vendor contract signed (FS +2d)". */
    String waitsOn(Milestone predecessor, Dependency d) {
        return DependencyText.waitsOn(programKey(predecessor.programId()), predecessor.title(), d);
    }
}
