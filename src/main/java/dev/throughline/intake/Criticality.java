package dev.throughline.intake;

import dev.throughline.program.Priority;
import java.util.Locale;
import java.util.Optional;

/** How much the business depends on the outcome; it becomes the program's priority when accepted. */
public enum Criticality {
    LOW("Low", 0.5, Priority.P3), MEDIUM("Medium", 1.0, Priority.P2), HIGH("High", 1.5, Priority.P1),
    CRITICAL("Critical", 2.0, Priority.P0);

    private final String label;
    private final double weight;
    private final Priority priority;

    Criticality(String label, double weight, Priority priority) {
        this.label = label;
        this.weight = weight;
        this.priority = priority;
    }

    public String label() {
        return label;
    }

    public double weight() {
        return weight;
    }

    public Priority priority() {
        return priority;
    }

    /** The criticality a program of this priority stands for (capacity weighs running programs with it). */
    public static Criticality of(Priority priority) {
        for (Criticality c : values()) {
            if (c.priority == priority) {
                return c;
            }
        }
        return MEDIUM;
    }

    /** "Critical", "HIGH - revenue", "P0" read as expected; anything else is empty. */
    public static Optional<Criticality> parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Criticality c : values()) {
            if (t.equals(c.name()) || t.startsWith(c.name() + " ") || t.startsWith(c.name() + "-")
                    || t.startsWith(c.name() + ",") || t.startsWith(c.name() + ".") || t.startsWith(c.name() + "(")
                    || t.equals(c.priority.name()) || t.startsWith(c.priority.name() + " ")) {
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
