package dev.throughline.event;

/** A row of one kind of entity was created, changed or removed. */
public record EntityChanged(Entity entity, long id) implements WorkspaceEvent {

    public enum Entity { PERSON, PROGRAM, OBJECTIVE, WORKSTREAM, MILESTONE, DEPENDENCY, BASELINE,
        DELIVERABLE, RACI, SETTING, RAID_ITEM, MEETING_SERIES, SNAPSHOT,
        OCCURRENCE, DECISION, ACTION_ITEM, INTAKE_REQUEST }
}
