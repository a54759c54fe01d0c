package vn.petitionboard.base.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The open pages that want a feed's events: each gets, once per read, the events its filter keeps, inside its UI's
 * lock (server push sends what the page changed). A page that is gone is dropped. Each page reads again on a virtual
 * thread of its own, so twenty boards wait for the database side by side, not one after another.
 */
public final class LiveListeners<E> {

    private static final Executor PAGES = Executors.newVirtualThreadPerTaskExecutor();

    private record Listener<E>(UI ui, Predicate<E> wanted, Consumer<List<E>> then) {
    }

    private final Set<Listener<E>> listeners = ConcurrentHashMap.newKeySet();

    public Registration add(UI ui, Predicate<E> wanted, Consumer<List<E>> then) {
        Listener<E> listener = new Listener<>(ui, wanted, then);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void deliver(List<E> events) {
        if (events.isEmpty()) {
            return;
        }
        for (Listener<E> listener : listeners) {
            List<E> wanted = events.stream().filter(listener.wanted()).toList();
            if (!wanted.isEmpty()) {
                PAGES.execute(() -> {
                    try {
                        listener.ui().access(() -> listener.then().accept(wanted));
                    } catch (UIDetachedException e) {
                        listeners.remove(listener);
                    }
                });
            }
        }
    }

    public int size() {
        return listeners.size();
    }
}
