package dev.throughline.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Typed change events of one workspace (not global). Listeners run on the delivery executor: the FX
 * thread in the app, the calling thread in the CLI and tests.
 */
public final class WorkspaceEvents {

    private record Listener<E extends WorkspaceEvent>(Class<E> type, Consumer<? super E> consumer) {
        void offer(WorkspaceEvent event) {
            if (type.isInstance(event)) {
                consumer.accept(type.cast(event));
            }
        }
    }

    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();
    private final Executor delivery;

    public WorkspaceEvents(Executor delivery) {
        this.delivery = delivery;
    }

    public static WorkspaceEvents direct() {
        return new WorkspaceEvents(Runnable::run);
    }

    public <E extends WorkspaceEvent> Subscription subscribe(Class<E> type, Consumer<? super E> consumer) {
        Listener<E> listener = new Listener<>(type, consumer);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(List<? extends WorkspaceEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<? extends WorkspaceEvent> copy = List.copyOf(events);
        delivery.execute(() -> copy.forEach(event -> listeners.forEach(l -> l.offer(event))));
    }

    public void publish(WorkspaceEvent event) {
        publish(List.of(event));
    }

    int listenerCount() {
        return listeners.size();
    }
}
