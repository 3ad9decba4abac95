package dev.throughline.milestone;

import dev.throughline.validation.Problems;

/** A dependency as typed: the lag is text until it parses as whole days. */
public record DependencyInput(Long predecessorId, Long successorId, DependencyType type, String lag) {

    public static final String PREDECESSOR = "predecessor";
    public static final String LAG = "lag";
    public static final int MAX_LAG = 3650;

    public Problems check() {
        Problems p = new Problems();
        p.require(predecessorId != null, PREDECESSOR, "Choose the milestone this one waits on.");
        p.require(predecessorId == null || !predecessorId.equals(successorId), PREDECESSOR,
                "A milestone cannot depend on itself.");
        p.require(type != null, "type", "Choose a dependency type.");
        Integer days = lagDays();
        if (days == null) {
            p.add(LAG, "Lag must be a whole number of days, like 5 or -3; '" + lag + "' is not.");
        } else if (Math.abs(days) > MAX_LAG) {
            p.add(LAG, "Lag must be within ±" + MAX_LAG + " days.");
        }
        return p;
    }

    /** The lag in days, 0 when blank, null when it is not a whole number. */
    public Integer lagDays() {
        String text = lag == null ? "" : lag.strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
