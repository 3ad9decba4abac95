package dev.throughline.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates trigger rules against the plan as it is now. Pure: the plan and "today" are passed in, so
 * a trigger fires and clears as milestones move and time passes (recomputed on every read).
 */
public final class TriggerRules {

    /** What a rule needs to know about one milestone. {@code label} is "KEY “title”". */
    public record PlanMilestone(long id, String label, LocalDate forecast, LocalDate actual, boolean done) {

        /** When it finished, or when it is expected to: never earlier than today while not done. */
        LocalDate expectedDone(LocalDate today) {
            if (done) {
                return actual != null ? actual : forecast;
            }
            return forecast.isBefore(today) ? today : forecast;
        }
    }

    /** The part of the plan the rules look at. */
    public interface Plan {
        Optional<PlanMilestone> milestone(long id);

        /** Milestones that depend on {@code id} (any program, any dependency type). */
        List<PlanMilestone> successors(long id);
    }

    private TriggerRules() {
    }

    /** As {@link #evaluate(TriggerRule, RaidStatus, LocalDate, Collection, Plan, LocalDate)} with no linked milestones. */
    public static Optional<String> evaluate(TriggerRule rule, RaidStatus status, LocalDate reviewDate, Plan plan,
                                            LocalDate today) {
        return evaluate(rule, status, reviewDate, List.of(), plan, today);
    }

    /**
     * Why the rule holds, or empty when it does not. Items that are closed or realised never trigger;
     * a rule whose milestone was removed never fires. For a dependency rule, "its successor" is the
     * earliest successor among the item's linked milestones, or the earliest of all when none is linked.
     */
    public static Optional<String> evaluate(TriggerRule rule, RaidStatus status, LocalDate reviewDate,
                                            Collection<Long> linked, Plan plan, LocalDate today) {
        if (rule == null || status == null || !status.isActive()) {
            return Optional.empty();
        }
        return switch (rule.kind()) {
            case MILESTONE_LATER_THAN -> milestoneLater(rule, plan);
            case DEPENDENCY_NOT_DONE -> dependencyNotDone(rule, linked, plan, today);
            case REVIEW_OVERDUE -> reviewDate != null && reviewDate.isBefore(today)
                    ? Optional.of("Review was due " + reviewDate + ".") : Optional.empty();
        };
    }

    private static Optional<String> milestoneLater(TriggerRule rule, Plan plan) {
        if (rule.milestoneId() == null || rule.date() == null) {
            return Optional.empty();
        }
        return plan.milestone(rule.milestoneId()).flatMap(m -> {
            LocalDate when = m.done() && m.actual() != null ? m.actual() : m.forecast();
            return when.isAfter(rule.date())
                    ? Optional.of(m.label() + (m.done() ? " was done " : " is forecast for ") + when + ", after "
                    + rule.date() + ".")
                    : Optional.empty();
        });
    }

    private static Optional<String> dependencyNotDone(TriggerRule rule, Collection<Long> linked, Plan plan,
                                                      LocalDate today) {
        if (rule.milestoneId() == null || rule.days() == null) {
            return Optional.empty();
        }
        Optional<PlanMilestone> dependency = plan.milestone(rule.milestoneId());
        List<PlanMilestone> successors = plan.successors(rule.milestoneId());
        List<PlanMilestone> linkedSuccessors = successors.stream().filter(m -> linked.contains(m.id())).toList();
        Optional<PlanMilestone> successor = (linkedSuccessors.isEmpty() ? successors : linkedSuccessors).stream()
                .min(Comparator.comparing(PlanMilestone::forecast));
        if (dependency.isEmpty() || successor.isEmpty()) {
            return Optional.empty();
        }
        PlanMilestone m = dependency.get();
        PlanMilestone next = successor.get();
        LocalDate needed = next.forecast().minusDays(rule.days());
        LocalDate expected = m.expectedDone(today);
        if (!expected.isAfter(needed)) {
            return Optional.empty();
        }
        String when = m.done() ? "was done " + expected : (m.forecast().isBefore(today) ? "is overdue (forecast "
                + m.forecast() + ")" : "is forecast for " + m.forecast());
        return Optional.of(m.label() + " " + when + "; it must be done by " + needed + ", " + rule.days()
                + " days before " + next.label() + " on " + next.forecast() + ".");
    }
}
