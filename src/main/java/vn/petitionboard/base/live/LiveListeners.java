package vn.petitionboard.base.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The open pages that want a feed's events: each gets the events its filter keeps, inside its UI's lock (server push
 * sends what the page changed). A page that is gone is dropped. Each page reads again on a virtual thread of its own,
 * so twenty boards wait for the database side by side, not one after another. While a page has not yet taken its
 * events (its user's own request holds the lock), newer ones join them: a busy page reads again once, not per read.
 */
public final class LiveListeners<E> {

    private static final Executor PAGES = Executors.newVirtualThreadPerTaskExecutor();

    private final class Listener {

        private final UI ui;
        private final Predicate<E> wanted;
        private final Consumer<List<E>> then;
        /** Events not yet handed to the page; null when no hand-over is on its way. */
        private List<E> waiting;

        Listener(UI ui, Predicate<E> wanted, Consumer<List<E>> then) {
            this.ui = ui;
            this.wanted = wanted;
            this.then = then;
        }

        void offer(List<E> events) {
            List<E> kept = events.stream().filter(wanted).toList();
            if (kept.isEmpty()) {
                return;
            }
            synchronized (this) {
                if (waiting != null) {
                    waiting.addAll(kept);
                    return;
                }
                waiting = new ArrayList<>(kept);
            }
            PAGES.execute(() -> {
                try {
                    ui.access(() -> then.accept(take()));
                } catch (UIDetachedException e) {
                    listeners.remove(this);
                }
            });
        }

        private synchronized List<E> take() {
            List<E> events = waiting;
            waiting = null;
            return events;
        }
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    public Registration add(UI ui, Predicate<E> wanted, Consumer<List<E>> then) {
        Listener listener = new Listener(ui, wanted, then);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void deliver(List<E> events) {
        if (!events.isEmpty()) {
            listeners.forEach(listener -> listener.offer(events));
        }
    }

    public int size() {
        return listeners.size();
    }
}
