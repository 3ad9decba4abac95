package dev.throughline.app;

import dev.throughline.ui.BackgroundWork;
import dev.throughline.ui.StatusLine;
import java.util.function.Consumer;

/** What a view needs: the open workspace, the workspace executor, the status line, and navigation. */
public record Session(Workspace workspace, BackgroundWork background, StatusLine status, Navigator navigator) {

    /** Opens program pages; implemented by the main window. */
    public interface Navigator {
        void openProgram(long programId);
    }

    /** Runs a blocking call on the workspace executor and hands the result back on the FX thread. */
    public <T> void load(String message, java.util.concurrent.Callable<T> work, Consumer<? super T> onLoaded) {
        background.run(message, work, onLoaded, status::failure);
    }

    /** Runs an edit on the workspace executor and reports it in the status line. */
    public void edit(String done, Runnable work) {
        background.run("Saving…", work, () -> status.info(done), status::failure);
    }
}
