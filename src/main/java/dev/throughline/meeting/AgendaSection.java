package dev.throughline.meeting;

import java.util.List;

/** One ordered section of a series' agenda template, with its default timebox in minutes. */
public record AgendaSection(SectionKind kind, String title, int minutes) {

    /** The template a new series starts with: 30 minutes, plan first. */
    public static List<AgendaSection> defaults() {
        return List.of(new AgendaSection(SectionKind.MILESTONES_DUE, "Due in the next 14 days", 8),
                new AgendaSection(SectionKind.MILESTONES_SLIPPED, "What slipped", 7),
                new AgendaSection(SectionKind.RISKS, "Risks and reviews", 8),
                new AgendaSection(SectionKind.RACI, "Ownership gaps", 4),
                new AgendaSection(SectionKind.FREE, "Anything else", 3));
    }
}
