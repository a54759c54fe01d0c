package vn.petitionboard.notification;

import static vn.petitionboard.jooq.Tables.NOTIFICATION;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.live.LiveListeners;
import vn.petitionboard.base.live.PolledFeed;
import vn.petitionboard.base.live.TableTail;
import vn.petitionboard.security.UserId;

/**
 * New notifications as every app instance reads them from the notification table (the rows commit with the change
 * that causes them): each open bell of the recipient reads its count again, whichever instance its page is on.
 */
@Component
public class NotificationArrivals implements PolledFeed {

    private record Arrival(long id, UserId user) {
    }

    private final LiveListeners<Arrival> listeners = new LiveListeners<>();
    private final TableTail<Arrival> tail;

    NotificationArrivals(DSLContext dsl,
            @Value("${petitionboard.live.gap-patience-millis:10000}") long patienceMillis) {
        this.tail = new TableTail<>(new TableTail.Source<>() {
            @Override
            public long highestId() {
                Long highest = dsl.select(DSL.max(NOTIFICATION.ID)).from(NOTIFICATION).fetchOne(0, Long.class);
                return highest == null ? 0 : highest;
            }

            @Override
            public List<Arrival> after(long id, int limit) {
                return dsl.select(NOTIFICATION.ID, NOTIFICATION.USER_ID).from(NOTIFICATION)
                        .where(NOTIFICATION.ID.gt(new NotificationId(id))).orderBy(NOTIFICATION.ID).limit(limit)
                        .fetch(r -> new Arrival(r.value1().value(), r.value2()));
            }
        }, Arrival::id, Duration.ofMillis(patienceMillis), 500);
    }

    /** Runs then, in the page's UI, when notifications for the user arrive. */
    public Registration subscribe(UI ui, UserId user, Runnable then) {
        return listeners.add(ui, arrival -> arrival.user().equals(user), arrivals -> then.run());
    }

    @Override
    public void poll() {
        listeners.deliver(tail.readNew());
    }
}
