package dev.throughline.raci;

import dev.throughline.program.Health;

/**
 * One deliverable a person is Accountable or Responsible for, with what {@link PersonLoad} needs to
 * judge it: the program's health and whether its linked milestone slipped.
 */
public record LoadFact(long personId, String personName, long deliverableId, long programId, String programKey,
                       Health programHealth, boolean milestoneSlipped) {

    public boolean atRisk() {
        return programHealth == Health.AT_RISK || programHealth == Health.OFF_TRACK || milestoneSlipped;
    }
}
