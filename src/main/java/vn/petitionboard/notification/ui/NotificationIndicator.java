package vn.petitionboard.notification.ui;

import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;
import vn.petitionboard.base.ui.ShellIndicator;
import vn.petitionboard.notification.NotificationService;

/** Puts the notifications bell in the shell's header. */
@org.springframework.stereotype.Component
@Order(0)
class NotificationIndicator implements ShellIndicator {

    private final NotificationService notifications;

    NotificationIndicator(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
