package dev.throughline.meeting;

import java.time.LocalDate;

/**
 * A decision as the log lists it: the sync it came from (its date, null when none) and the later
 * decision that superseded it (null while it stands).
 */
public record DecisionRow(Decision decision, LocalDate meetingDate, Long supersededBy) {

    public boolean superseded() {
        return supersededBy != null;
    }
}
