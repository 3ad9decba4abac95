package dev.throughline.risk;

import java.time.Instant;

/** One recorded change of one field of a RAID item (append-only; undo removes what its edit added). */
public record RaidHistoryEntry(long id, long raidId, Instant at, String field, String oldValue, String newValue) {

    public RaidHistoryEntry withId(long newId) {
        return new RaidHistoryEntry(newId, raidId, at, field, oldValue, newValue);
    }
}
