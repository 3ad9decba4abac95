package dev.throughline.meeting;

/** One occurrence in the Syncs list, with its stored state (null while only generated). */
public record SyncLine(Occurrence occurrence, OccurrenceState state) {

    public String stateLabel() {
        return state == null ? "" : state.label();
    }
}
