package dev.throughline.milestone;

import dev.throughline.validation.Problems;
import java.time.LocalDate;

/** Plan dates outside 1900-2200 are typing mistakes, not plans. */
public final class PlanDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private PlanDates() {
    }

    static void check(Problems p, String field, String label, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            p.add(field, label + " " + date + " is outside 1900-2200; check the year.");
        }
    }
}
