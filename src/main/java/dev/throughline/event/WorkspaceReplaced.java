package dev.throughline.event;

/** Many things changed at once (sample loaded, restore): views reload everything. */
public record WorkspaceReplaced(String why) implements WorkspaceEvent {
}
