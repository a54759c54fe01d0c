package vn.petitionboard.petition.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import vn.petitionboard.base.live.LiveListeners;
import vn.petitionboard.base.live.LiveUpdates;
import vn.petitionboard.base.live.PolledFeed;
import vn.petitionboard.base.live.TableTail;
import vn.petitionboard.petition.PetitionConditions;
import vn.petitionboard.petition.PetitionId;
import vn.petitionboard.security.SignedInUser;

/**
 * The live board's feed on this instance: reads live_change after the last id it handed out and gives each open
 * page the changes it may notice (its unit; an officer's own department, before or after the change). Pages read
 * their data again through the services, which apply every rule themselves; the feed only tells them when.
 */
@org.springframework.stereotype.Component
public class PetitionChanges implements PolledFeed {

    /** Rows per read: a burst larger than this is read in several reads of one turn. */
    static final int BATCH = 500;
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Duration CLEAN_EVERY = Duration.ofHours(1);

    private final LiveChangeStore store;
    private final Clock clock;
    private final LiveListeners<PetitionChange> listeners = new LiveListeners<>();
    private final TableTail<PetitionChange> tail;
    private LocalDateTime nextCleanUp;

    PetitionChanges(LiveChangeStore store, Clock clock,
            @Value("${petitionboard.live.gap-patience-millis:10000}") long patienceMillis) {
        this.store = store;
        this.clock = clock;
        this.tail = new TableTail<>(store, PetitionChange::id, Duration.ofMillis(patienceMillis), BATCH);
    }

    /** Changes by others of petitions this user may see, for a board, list or queue of theirs. */
    public Registration subscribe(UI ui, SignedInUser user, Consumer<List<PetitionChange>> then) {
        return subscribe(ui, user, change -> true, then);
    }

    private Registration subscribe(UI ui, SignedInUser user, Predicate<PetitionChange> shown,
            Consumer<List<PetitionChange>> then) {
        PetitionConditions view = PetitionConditions.of(user);
        // The user's own changes are left out: the page that made one has shown it already, and reading it again
        // half a second later only replaces what the user is looking at.
        return listeners.add(ui, change -> !user.id().equals(change.actor()) && (change.unitWide()
                ? change.unit().equals(user.unitId())
                : view.mayNotice(change.unit(), change.department(), change.previousDepartment()))
                && shown.test(change), then);
    }

    /** Tells the view, while it is on a page, of the changes of petitions its user may see. */
    public void whileAttached(Component view, SignedInUser user, Consumer<List<PetitionChange>> then) {
        whileAttached(view, user, change -> true, then);
    }

    /**
     * The same, only of the changes the view shows as well (a board showing one domain): asked on the feed's thread,
     * for each change, so it must read only what is safe to read outside the page's lock.
     */
    public void whileAttached(Component view, SignedInUser user, Predicate<PetitionChange> shown,
            Consumer<List<PetitionChange>> then) {
        LiveUpdates.whileAttached(view, ui -> subscribe(ui, user, shown, then));
    }

    /**
     * How many times the feed has read: a read of the database that starts after this returned n sees every change
     * handed to pages by then (see {@link TableTail#generation()}), so pages told of the same changes can share it.
     */
    public long generation() {
        return tail.generation();
    }

    /** Changes of one petition (which its page already showed to this user). */
    public Registration subscribe(UI ui, SignedInUser user, PetitionId petition, Consumer<List<PetitionChange>> then) {
        return listeners.add(ui, change -> change.unit().equals(user.unitId()) && change.of(petition), then);
    }

    /** Open pages listening on this instance (for the push benchmark). */
    public int listening() {
        return listeners.size();
    }

    @Override
    public void poll() {
        listeners.deliver(tail.readNew());
        cleanUp();
    }

    private synchronized void cleanUp() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (nextCleanUp == null || now.isAfter(nextCleanUp)) {
            nextCleanUp = now.plus(CLEAN_EVERY);
            while (store.deleteBefore(now.minus(KEPT), 1000) == 1000) {
                // small batches: no long lock on the table the commands write to
            }
        }
    }
}
