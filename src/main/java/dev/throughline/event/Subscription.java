package dev.throughline.event;

/** Returned by {@link WorkspaceEvents#subscribe}; views cancel it when they deactivate. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    void cancel();

    @Override
    default void close() {
        cancel();
    }
}
