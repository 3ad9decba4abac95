package dev.throughline.intake;

/**
 * A request as lists, the home screen and the CLI show it: the requester's name, the resulting program's
 * key (empty when none) and where it stands against the response goal now.
 */
public record IntakeRow(IntakeRequest request, String requester, String programKey, ResponseClock.Reading response) {

    /** Waiting for a first answer and close to or past the goal. */
    public boolean standsOut() {
        return response.state().standsOut();
    }
}
