package dev.throughline.milestone;

/**
 * A milestone with names resolved and its variance against the chosen baseline, for tables and
 * the CLI. {@code varianceDays} is null without a baseline date; {@code drivenBy} is empty when the
 * date was set by hand.
 */
public record MilestoneRow(Milestone milestone, String programKey, String workstream, String owner,
                           java.time.LocalDate comparedBaseline, Integer varianceDays, String drivenBy) {

    public boolean slipped() {
        return varianceDays != null && varianceDays > 0;
    }

    public boolean early() {
        return varianceDays != null && varianceDays < 0;
    }
}
