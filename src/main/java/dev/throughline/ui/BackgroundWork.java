package dev.throughline.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The workspace executor: one thread that owns all disk and database work, so the FX thread never
 * waits and the store sees one caller at a time. Results and failures come back on the FX thread.
 */
public final class BackgroundWork implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "throughline-workspace");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper("");
    private int running;

    /** Runs {@code work} off the FX thread; exactly one of the callbacks runs afterwards on the FX thread. */
    public <T> Task<T> run(String message, Callable<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        if (executor.isShutdown()) {
            return task; // the workspace is closing: a reload chained from a late callback is moot
        }
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        started(message);
        executor.execute(task);
        return task;
    }

    /** For work without a result. */
    public Task<Void> run(String message, Runnable work, Runnable onSuccess, Consumer<? super Throwable> onFailure) {
        return run(message, () -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /** Queues work that must not be interrupted (closing the workspace); returns at once. */
    public void execute(Runnable work) {
        executor.execute(work);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    private void started(String message) {
        running++;
        busyMessage.set(message);
        busy.set(true);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            busyMessage.set("");
        }
    }

    /** Lets queued work (the final save, the close) finish, for at most a few seconds. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
