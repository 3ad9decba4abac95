package dev.throughline.risk;

import dev.throughline.validation.Problems;
import dev.throughline.validation.TextRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A RAID item as the form holds it, before validation: scores and days are text as typed, the owner
 * is a name from the people directory (blank for none).
 */
public record RaidInput(RaidType type, String title, String cause, String event, String effect, String probability,
                        String impact, String residualProbability, String residualImpact, String owner,
                        Response response, String mitigation, TriggerKind triggerKind, Long triggerMilestoneId,
                        LocalDate triggerDate, String triggerDays, Proximity proximity, LocalDate reviewDate,
                        RaidStatus status, List<Long> milestoneIds) {

    /** Text passes the edge rule ({@link TextRule}) however it arrives: form, command line or import. */
    public RaidInput {
        title = TextRule.clean(title);
        cause = TextRule.clean(cause);
        event = TextRule.clean(event);
        effect = TextRule.clean(effect);
        probability = TextRule.clean(probability);
        impact = TextRule.clean(impact);
        residualProbability = TextRule.clean(residualProbability);
        residualImpact = TextRule.clean(residualImpact);
        owner = TextRule.clean(owner);
        mitigation = TextRule.clean(mitigation);
        triggerDays = TextRule.clean(triggerDays);
    }

    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String PROBABILITY = "probability";
    public static final String IMPACT = "impact";
    public static final String RESIDUAL_PROBABILITY = "residualProbability";
    public static final String RESIDUAL_IMPACT = "residualImpact";
    public static final String OWNER = "owner";
    public static final String TRIGGER = "trigger";
    public static final String TRIGGER_MILESTONE = "triggerMilestone";
    public static final String TRIGGER_DATE = "triggerDate";
    public static final String TRIGGER_DAYS = "triggerDays";
    public static final String PROXIMITY = "proximity";
    public static final String REVIEW = "review";
    public static final String STATUS = "status";

    /** The form's starting values for an existing item. */
    public static RaidInput of(RaidItem item, String ownerName, List<Long> milestoneIds) {
        TriggerRule t = item.trigger();
        return new RaidInput(item.type(), item.title(), item.cause(), item.event(), item.effect(),
                String.valueOf(item.probability()), String.valueOf(item.impact()), text(item.residualProbability()),
                text(item.residualImpact()), ownerName == null ? "" : ownerName, item.response(), item.mitigation(),
                t == null ? null : t.kind(), t == null ? null : t.milestoneId(), t == null ? null : t.date(),
                t == null ? "" : text(t.days()), item.proximity(), item.reviewDate(), item.status(), milestoneIds);
    }

    /** Checks the input; {@code people} maps lower-case names to ids. */
    public Problems check(Map<String, Long> people) {
        Problems p = new Problems();
        p.require(type != null, TYPE, "Choose a type: risk, assumption, issue or dependency.");
        p.require(title != null && !title.isBlank(), TITLE, "Title is required.");
        p.require(title == null || title.strip().length() <= 200, TITLE, "Title is longer than 200 characters.");
        scale(p, PROBABILITY, "Probability", probability, true);
        scale(p, IMPACT, "Impact", impact, true);
        boolean residualP = scale(p, RESIDUAL_PROBABILITY, "Residual probability", residualProbability, false) != null;
        boolean residualI = scale(p, RESIDUAL_IMPACT, "Residual impact", residualImpact, false) != null;
        if (residualP != residualI && p.messageFor(RESIDUAL_PROBABILITY).isEmpty()
                && p.messageFor(RESIDUAL_IMPACT).isEmpty()) {
            p.add(residualP ? RESIDUAL_IMPACT : RESIDUAL_PROBABILITY,
                    "Give both residual probability and impact, or neither.");
        }
        if (owner != null && !owner.isBlank() && !people.containsKey(key(owner))) {
            p.add(OWNER, "No one called “" + owner.strip() + "” is in the people directory.");
        }
        p.require(proximity != null, PROXIMITY, "Choose a proximity.");
        p.require(status != null, STATUS, "Choose a status.");
        if (reviewDate != null && (reviewDate.getYear() < 1900 || reviewDate.getYear() > 2200)) {
            p.add(REVIEW, "Review date must fall between 1900 and 2200.");
        }
        if (triggerKind != null) {
            if (triggerKind.needsMilestone() && triggerMilestoneId == null) {
                p.add(TRIGGER_MILESTONE, "Choose the milestone this trigger watches.");
            }
            if (triggerKind == TriggerKind.MILESTONE_LATER_THAN && triggerDate == null) {
                p.add(TRIGGER_DATE, "Choose the date the milestone must not pass.");
            }
            if (triggerKind == TriggerKind.DEPENDENCY_NOT_DONE) {
                Integer days = parse(triggerDays);
                if (days == null || days < 0 || days > 365) {
                    p.add(TRIGGER_DAYS, "Days before the successor must be a whole number from 0 to 365.");
                }
            }
            if (triggerKind == TriggerKind.REVIEW_OVERDUE && reviewDate == null) {
                p.add(REVIEW, "A “review date passed” trigger needs a review date.");
            }
        }
        return p;
    }

    public RaidItem toItem(long id, long programId, Long realisedFromId, Map<String, Long> people) {
        check(people).throwIfAny();
        Integer rp = parse(residualProbability);
        Integer ri = parse(residualImpact);
        TriggerRule trigger = triggerKind == null ? null : switch (triggerKind) {
            case MILESTONE_LATER_THAN -> TriggerRule.milestoneLaterThan(triggerMilestoneId, triggerDate);
            case DEPENDENCY_NOT_DONE -> TriggerRule.dependencyNotDone(triggerMilestoneId, parse(triggerDays));
            case REVIEW_OVERDUE -> TriggerRule.reviewOverdue();
        };
        Long ownerId = owner == null || owner.isBlank() ? null : people.get(key(owner));
        return new RaidItem(id, programId, type, title.strip(), clean(cause), clean(event), clean(effect),
                parse(probability), parse(impact), rp, ri, ownerId, response, clean(mitigation), trigger, proximity,
                reviewDate, status, realisedFromId);
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Integer scale(Problems p, String field, String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                p.add(field, label + " is required: 1 (lowest) to 5 (highest).");
            }
            return null;
        }
        Integer value = parse(text);
        if (value == null || !RiskBands.onScale(value)) {
            p.add(field, label + " must be a whole number from 1 to 5; “" + text.strip() + "” is not.");
            return null;
        }
        return value;
    }

    private static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
