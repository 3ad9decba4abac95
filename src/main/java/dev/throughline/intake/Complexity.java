package dev.throughline.intake;

import java.util.Locale;
import java.util.Optional;

/** How hard the work is to coordinate, as the requester judged it; it sizes the program that may follow. */
public enum Complexity {
    LOW("Low", 1.0), MEDIUM("Medium", 1.5), HIGH("High", 2.0);

    private final String label;
    private final double sizeWeight;

    Complexity(String label, double sizeWeight) {
        this.label = label;
        this.sizeWeight = sizeWeight;
    }

    public String label() {
        return label;
    }

    /** The size factor used by capacity: a high-complexity program weighs twice a low one. */
    public double sizeWeight() {
        return sizeWeight;
    }

    /** "high", "High", "HIGH - many teams" all read as HIGH; anything else is empty. */
    public static Optional<Complexity> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Complexity c : values()) {
            if (t.equals(c.name()) || t.startsWith(c.name() + " ") || t.startsWith(c.name() + "-")
                    || t.startsWith(c.name() + ",") || t.startsWith(c.name() + ".") || t.startsWith(c.name() + "(")) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
