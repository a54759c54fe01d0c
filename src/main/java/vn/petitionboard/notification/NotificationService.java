package vn.petitionboard.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;

/**
 * The signed-in user's own notifications: how many are unread, the newest first, and marking them read. Every method
 * works on the caller's rows only; another user's id is simply not found.
 */
@Service
@Transactional
@PreAuthorize(Permissions.SIGNED_IN)
public class NotificationService {

    public static final int PAGE_MAX = 50;

    private final NotificationQuery query;
    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationQuery query, NotificationStore store, CurrentUser currentUser, Clock clock) {
        this.query = query;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return query.unreadCount(currentUser.require().id());
    }

    /** Newest first; at most {@link #PAGE_MAX} rows. */
    @Transactional(readOnly = true)
    public List<NotificationItem> page(int offset, int limit) {
        return query.page(currentUser.require().id(), Math.max(0, offset), Math.clamp(limit, 0, PAGE_MAX));
    }

    /** False when it is not the caller's unread notification (someone else's, already read, or no such row). */
    public boolean markRead(NotificationId id) {
        return store.markRead(currentUser.require().id(), id, LocalDateTime.now(clock));
    }

    /** How many were marked. */
    public int markAllRead() {
        return store.markAllRead(currentUser.require().id(), LocalDateTime.now(clock));
    }
}
