package dev.throughline.event;

/** Returned by {@link WorkspaceEvents#subscribe}; views cancel it when they deactivate. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Subscribed to nothing: the state before activation and after deactivation. */
    Subscription NONE = () -> { };

    void cancel();

    @Override
    default void close() {
        cancel();
    }
}
