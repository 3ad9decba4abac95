package dev.throughline.snapshot;

import java.time.LocalDate;

/**
 * An action item as it stood when a snapshot was taken; {@code status} is text (OPEN, DONE, DROPPED)
 * so old payloads read after the enum grows.
 */
public record FrozenAction(long id, String title, String owner, LocalDate due, String status) {

    public FrozenAction {
        title = title == null ? "" : title;
        owner = owner == null ? "" : owner;
        status = status == null ? "OPEN" : status;
    }

    public boolean open() {
        return !"DONE".equals(status) && !"DROPPED".equals(status) && !"CANCELLED".equals(status);
    }

    public boolean overdue(LocalDate today) {
        return open() && due != null && due.isBefore(today);
    }
}
