package dev.throughline.event;

/** Something durable changed in the workspace; published after the transaction committed. */
public interface WorkspaceEvent {
}
