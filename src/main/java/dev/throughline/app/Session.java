package dev.throughline.app;

import dev.throughline.ui.BackgroundWork;
import dev.throughline.ui.DateDisplay;
import dev.throughline.ui.StatusLine;
import dev.throughline.event.EntityChanged;
import dev.throughline.event.Subscription;
import dev.throughline.event.WorkspaceReplaced;
import dev.throughline.store.OutputTarget;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a view needs: the open workspace, the workspace executor, the status line, navigation, and how
 * dates are written and read.
 */
public record Session(Workspace workspace, BackgroundWork background, StatusLine status, Navigator navigator,
                      DateDisplay dates) {

    /** A session with ISO dates, the system clock and the user's locale. */
    public Session(Workspace workspace, BackgroundWork background, StatusLine status, Navigator navigator) {
        this(workspace, background, status, navigator, DateDisplay.standard());
    }

    /** Opens program pages; implemented by the main window. */
    public interface Navigator {
        void openProgram(long programId);

        /** Opens the program on one of its tabs (by the tab's id, like "program-tab-raci"). */
        default void openProgram(long programId, String tabId) {
            openProgram(programId);
        }

        /** Opens the program on one of its tabs and selects the item with this id there (when not null). */
        default void openProgram(long programId, String tabId, Long itemId) {
            openProgram(programId, tabId);
        }

        /** Shows the intake list with this request selected. */
        default void openIntake(long requestId) {
        }
    }

    /**
     * Calls {@code reload} after each committed change that {@code relevant} accepts, and after any
     * wholesale change (sample loaded, restore). Cancel the subscription when the view goes away.
     */
    public Subscription onChanges(Predicate<EntityChanged> relevant, Runnable reload) {
        Subscription changed = workspace.events().subscribe(EntityChanged.class, e -> {
            if (relevant.test(e)) {
                reload.run();
            }
        });
        Subscription replaced = workspace.events().subscribe(WorkspaceReplaced.class, e -> reload.run());
        return () -> {
            changed.cancel();
            replaced.cancel();
        };
    }

    /** Runs a blocking call on the workspace executor and hands the result back on the FX thread. */
    public <T> void load(String message, java.util.concurrent.Callable<T> work, Consumer<? super T> onLoaded) {
        background.run(message, work, onLoaded, status::failure);
    }

    /**
     * A file chosen in a save dialog, which has already asked before replacing it; it is still never
     * the workspace or anything beside it that the store owns. Check and write it off the FX thread.
     */
    public OutputTarget chosenOutput(Path chosen) {
        return OutputTarget.of(chosen, workspace.store().file(), OutputTarget.IfExists.REPLACE);
    }

    /** Runs an edit on the workspace executor and reports it in the status line. */
    public void edit(String done, Runnable work) {
        background.run("Saving…", work, () -> status.info(done), status::failure);
    }
}
