package dev.throughline.edit;

import dev.throughline.event.WorkspaceEvent;
import java.util.Optional;

/** The undo/redo menu items should now read these descriptions (empty: disabled). */
public record UndoStackChanged(Optional<String> undo, Optional<String> redo) implements WorkspaceEvent {
}
