package dev.throughline.raci;

/** A row of the RACI: a piece of work someone must own. {@code id} is 0 until stored. */
public record Deliverable(long id, long programId, Long workstreamId, Long milestoneId, int position, String title) {

    public Deliverable withId(long newId) {
        return new Deliverable(newId, programId, workstreamId, milestoneId, position, title);
    }

    public Deliverable withPosition(int newPosition) {
        return new Deliverable(id, programId, workstreamId, milestoneId, newPosition, title);
    }

    public Deliverable withWorkstream(Long newWorkstreamId) {
        return new Deliverable(id, programId, newWorkstreamId, milestoneId, position, title);
    }

    public Deliverable withTitle(String newTitle) {
        return new Deliverable(id, programId, workstreamId, milestoneId, position, newTitle);
    }
}
