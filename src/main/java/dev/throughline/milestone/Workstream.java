package dev.throughline.milestone;

/** An ordered stream of work in a program: a lane of the timeline, a group of RACI rows. */
public record Workstream(long id, long programId, int position, String name) {

    public Workstream withId(long newId) {
        return new Workstream(newId, programId, position, name);
    }
}
