package dev.throughline.risk;

import java.time.LocalDate;

/**
 * One RAID item of a program. {@code id} is 0 until stored; residual scores, owner, response, trigger,
 * review date and {@code realisedFromId} (the risk an issue came from) are optional (null).
 */
public record RaidItem(long id, long programId, RaidType type, String title, String cause, String event, String effect,
                       int probability, int impact, Integer residualProbability, Integer residualImpact, Long ownerId,
                       Response response, String mitigation, TriggerRule trigger, Proximity proximity,
                       LocalDate reviewDate, RaidStatus status, Long realisedFromId) {

    public int score() {
        return RiskBands.score(probability, impact);
    }

    public Band band() {
        return RiskBands.band(score());
    }

    /** Residual score after the response; the inherent score when no residual was given. */
    public int residualScore() {
        return hasResidual() ? RiskBands.score(residualProbability, residualImpact) : score();
    }

    public boolean hasResidual() {
        return residualProbability != null && residualImpact != null;
    }

    public int residualProbabilityOrInherent() {
        return hasResidual() ? residualProbability : probability;
    }

    public int residualImpactOrInherent() {
        return hasResidual() ? residualImpact : impact;
    }

    public boolean reviewOverdue(LocalDate today) {
        return reviewDate != null && status.isActive() && reviewDate.isBefore(today);
    }

    public RaidItem withId(long newId) {
        return new RaidItem(newId, programId, type, title, cause, event, effect, probability, impact,
                residualProbability, residualImpact, ownerId, response, mitigation, trigger, proximity, reviewDate,
                status, realisedFromId);
    }

    public RaidItem withStatus(RaidStatus newStatus) {
        return new RaidItem(id, programId, type, title, cause, event, effect, probability, impact, residualProbability,
                residualImpact, ownerId, response, mitigation, trigger, proximity, reviewDate, newStatus, realisedFromId);
    }

    public RaidItem withOwner(Long newOwner) {
        return new RaidItem(id, programId, type, title, cause, event, effect, probability, impact, residualProbability,
                residualImpact, newOwner, response, mitigation, trigger, proximity, reviewDate, status, realisedFromId);
    }

    public RaidItem withScores(int newProbability, int newImpact) {
        return new RaidItem(id, programId, type, title, cause, event, effect, newProbability, newImpact,
                residualProbability, residualImpact, ownerId, response, mitigation, trigger, proximity, reviewDate,
                status, realisedFromId);
    }

    /** The issue a realised risk becomes: it has happened (probability 5), keeps everything else. */
    public RaidItem asRealisedIssue() {
        return new RaidItem(0, programId, RaidType.ISSUE, title, cause, event, effect, RiskBands.MAX, impact, null,
                null, ownerId, response, mitigation, null, Proximity.IMMINENT, reviewDate, RaidStatus.OPEN, id);
    }

    /** "R-12", "I-7": the register's short reference. */
    public String ref() {
        return type.name().charAt(0) + "-" + id;
    }
}
