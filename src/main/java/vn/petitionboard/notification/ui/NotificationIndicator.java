package vn.petitionboard.notification.ui;

import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;
import vn.petitionboard.base.ui.ShellIndicator;
import vn.petitionboard.base.live.LiveUpdates;
import vn.petitionboard.notification.NotificationArrivals;
import vn.petitionboard.notification.NotificationService;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.UserId;

/** Puts the notifications bell in the shell's header. */
@org.springframework.stereotype.Component
@Order(0)
class NotificationIndicator implements ShellIndicator {

    private final NotificationService notifications;
    private final NotificationArrivals arrivals;
    private final CurrentUser currentUser;

    NotificationIndicator(NotificationService notifications, NotificationArrivals arrivals, CurrentUser currentUser) {
        this.notifications = notifications;
        this.arrivals = arrivals;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        NotificationBell bell = new NotificationBell(notifications);
        UserId user = currentUser.require().id();
        LiveUpdates.whileAttached(bell, ui -> arrivals.subscribe(ui, user, bell::notificationsArrived));
        return bell;
    }
}
