package dev.throughline.meeting;

import dev.throughline.milestone.MilestoneRow;
import dev.throughline.raci.RaciRules;
import dev.throughline.risk.Band;
import dev.throughline.risk.RaidRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an occurrence's agenda from plan facts, section by section of the series' template. A section's
 * timebox is shared among its items (at least one minute each); an empty section says so in one line
 * with no time, so the meeting can end early.
 */
public final class AgendaBuilder {

    /** How far ahead "due soon" looks. */
    public static final int DUE_DAYS = 14;

    /** Minutes given to each open action item and each pending decision when the template has no such section. */
    public static final int ACTION_MINUTES = 1;
    public static final int DECISION_MINUTES = 3;

    /**
     * What the plan says on the day of the occurrence, plus what earlier syncs left: items carried over
     * from the last one (already marked with where they came from), open actions and pending decisions.
     */
    public record PlanFacts(List<MilestoneRow> milestones, List<RaidRow> risks, List<RaciRules.RowProblem> raci,
                            List<AgendaItem> carried, List<ActionRow> openActions, List<Decision> pendingDecisions) {

        public PlanFacts(List<MilestoneRow> milestones, List<RaidRow> risks, List<RaciRules.RowProblem> raci) {
            this(milestones, risks, raci, List.of(), List.of(), List.of());
        }
    }

    private AgendaBuilder() {
    }

    public static List<AgendaItem> items(List<AgendaSection> template, LocalDate day, PlanFacts plan,
                                         List<String> freeItems) {
        List<AgendaItem> out = new ArrayList<>();
        java.util.Set<SectionKind> inTemplate = java.util.EnumSet.noneOf(SectionKind.class);
        template.forEach(t -> inTemplate.add(t.kind()));
        if (!inTemplate.contains(SectionKind.CARRIED)) {
            plan.carried().forEach(c -> out.add(new AgendaItem("Carried over", c.kind(), c.text(), c.minutes(), c.source(),
                    c.state(), c.carriedFrom(), c.carriedFromItem(), 0, "")));
        }
        if (!inTemplate.contains(SectionKind.ACTIONS)) {
            actions(plan.openActions(), day).forEach(line -> out.add(new AgendaItem("Open action items",
                    SectionKind.ACTIONS, line[0], ACTION_MINUTES, line[1])));
        }
        if (!inTemplate.contains(SectionKind.DECISIONS)) {
            decisions(plan.pendingDecisions()).forEach(line -> out.add(new AgendaItem("Decisions pending",
                    SectionKind.DECISIONS, line[0], DECISION_MINUTES, line[1])));
        }
        boolean freeUsed = false;
        for (AgendaSection section : template) {
            if (section.kind() == SectionKind.CARRIED) {
                if (plan.carried().isEmpty()) {
                    out.add(new AgendaItem(section.title(), section.kind(), "Nothing to discuss.", 0, ""));
                }
                plan.carried().forEach(c -> out.add(new AgendaItem(section.title(), c.kind(), c.text(), c.minutes(),
                        c.source(), c.state(), c.carriedFrom(), c.carriedFromItem(), 0, "")));
                continue;
            }
            List<String[]> lines = switch (section.kind()) {
                case CARRIED -> List.of();
                case ACTIONS -> actions(plan.openActions(), day);
                case DECISIONS -> decisions(plan.pendingDecisions());
                case MILESTONES_DUE -> due(plan.milestones(), day);
                case MILESTONES_SLIPPED -> slipped(plan.milestones());
                case RISKS -> risks(plan.risks(), day);
                case RACI -> plan.raci().stream()
                        .map(p -> new String[] {p.describe(), "RACI: " + p.title()}).toList();
                case FREE -> {
                    List<String[]> free = new ArrayList<>();
                    if (!freeUsed) {
                        freeItems.stream().filter(t -> !t.isBlank()).forEach(t -> free.add(new String[] {t.strip(), "free item"}));
                        freeUsed = true;
                    }
                    if (free.isEmpty()) {
                        free.add(new String[] {section.title(), "template"});
                    }
                    yield free;
                }
            };
            if (lines.isEmpty()) {
                out.add(new AgendaItem(section.title(), section.kind(), "Nothing to discuss.", 0, ""));
                continue;
            }
            int each = Math.max(1, section.minutes() / lines.size());
            for (String[] line : lines) {
                out.add(new AgendaItem(section.title(), section.kind(), line[0], each, line[1]));
            }
        }
        if (!freeUsed && !freeItems.isEmpty()) {
            for (String t : freeItems) {
                if (!t.isBlank()) {
                    out.add(new AgendaItem("Other", SectionKind.FREE, t.strip(), 2, "free item"));
                }
            }
        }
        return withoutRepeats(out);
    }

    /**
     * An item that was carried over shows once, as the carried item (which says where it came from): a plan
     * item is known by its source, a template item by its text. Free items typed by hand are never merged.
     */
    static List<AgendaItem> withoutRepeats(List<AgendaItem> items) {
        java.util.Set<String> carried = new java.util.HashSet<>();
        items.stream().filter(i -> i.carriedFrom() != null).map(AgendaBuilder::identity)
                .filter(java.util.Objects::nonNull).forEach(carried::add);
        return items.stream().filter(i -> i.carriedFrom() != null || !carried.contains(identity(i))).toList();
    }

    private static String identity(AgendaItem i) {
        if (i.source().isBlank() || i.source().equals("free item")) {
            return null;
        }
        return i.source().equals("template") ? "template:" + i.text() : i.source();
    }

    static List<String[]> actions(List<ActionRow> open, LocalDate day) {
        return open.stream().map(r -> new String[] {r.item().title() + " — "
                + (r.owner().isEmpty() ? "no owner" : r.owner())
                + (r.item().due() == null ? "" : ", due " + r.item().due())
                + ", " + age(r.item().ageDays(day))
                + (r.item().isOverdue(day) ? ", OVERDUE" : ""), "action #" + r.item().id()}).toList();
    }

    static String age(long days) {
        return days == 0 ? "raised today" : days == 1 ? "1 day old" : days + " days old";
    }

    static List<String[]> decisions(List<Decision> pending) {
        return pending.stream().map(d -> new String[] {"Decide: " + d.title()
                + (d.rationale().isBlank() ? "" : " — " + d.rationale()), "decision #" + d.id()}).toList();
    }

    static List<String[]> due(List<MilestoneRow> rows, LocalDate day) {
        LocalDate until = day.plusDays(DUE_DAYS);
        return rows.stream().filter(r -> !r.milestone().status().isSettled())
                .filter(r -> !r.milestone().forecast().isBefore(day) && !r.milestone().forecast().isAfter(until))
                .sorted(Comparator.comparing((MilestoneRow r) -> r.milestone().forecast()).thenComparing(r -> r.milestone().id()))
                .map(r -> new String[] {r.milestone().title() + " — due " + r.milestone().forecast()
                        + (r.owner().isEmpty() ? "" : " (" + r.owner() + ")"), "milestone #" + r.milestone().id()})
                .toList();
    }

    static List<String[]> slipped(List<MilestoneRow> rows) {
        return rows.stream().filter(r -> !r.milestone().status().isSettled() && r.slipped())
                .sorted(Comparator.comparing((MilestoneRow r) -> -r.varianceDays()).thenComparing(r -> r.milestone().id()))
                .map(r -> new String[] {r.milestone().title() + " — " + r.varianceDays() + " days late vs baseline ("
                        + r.comparedBaseline() + " → " + r.milestone().forecast() + ")"
                        + (r.drivenBy() == null || r.drivenBy().isEmpty() ? "" : ", driven by " + r.drivenBy()),
                        "milestone #" + r.milestone().id()})
                .toList();
    }

    static List<String[]> risks(List<RaidRow> rows, LocalDate day) {
        Map<Long, String[]> out = new LinkedHashMap<>();
        List<RaidRow> active = rows.stream().filter(r -> r.item().status().isActive())
                .sorted(Comparator.comparingInt(RaidRow::score).reversed().thenComparing(r -> r.item().id())).toList();
        for (RaidRow r : active) {
            List<String> why = new ArrayList<>();
            if (r.triggered()) {
                why.add("triggered: " + r.triggeredBecause());
            }
            if (r.band() == Band.RED) {
                why.add("score " + r.score());
            }
            if (r.item().reviewDate() != null && !r.item().reviewDate().isAfter(day)) {
                why.add("review due " + r.item().reviewDate());
            }
            if (!why.isEmpty()) {
                out.put(r.item().id(), new String[] {r.item().ref() + " " + r.item().title() + " — " + String.join("; ", why)
                        + (r.owner().isEmpty() ? "" : " (" + r.owner() + ")"), "RAID " + r.item().ref()});
            }
        }
        return new ArrayList<>(out.values());
    }
}
