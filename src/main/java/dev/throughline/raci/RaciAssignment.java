package dev.throughline.raci;

/** One stored letter: a person holds {@code role} on a deliverable. */
public record RaciAssignment(long deliverableId, long personId, RaciRole role) {
}
