package vn.petitionboard.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.notification.NotificationItem;
import vn.petitionboard.notification.NotificationService;

/**
 * The header's bell: the unread count on every page (read again after each navigation, and pushed when a
 * notification for the user arrives),
 * and a list of the newest notifications in a popover, each a link to its petition that marks it read.
 */
class NotificationBell extends Div {

    static final int PAGE = 20;

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private final Button more = new Button();
    private final Button markAll = new Button();
    private int loaded;
    private Registration navigation;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("notification-badge");
        badge.setId("notification-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        bell.getElement().appendChild(badge.getElement());
        add(bell, popover());
    }

    private Popover popover() {
        popover.setTarget(bell);
        popover.setModal(true);
        popover.setAutofocus(true);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addThemeVariants(PopoverVariant.ARROW);
        popover.setAriaLabelledBy("notification-heading");
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                reload();
            }
        });
        H2 heading = new H2(getTranslation("notification.title"));
        heading.setId("notification-heading");
        heading.addClassName("notification-heading");
        markAll.setText(getTranslation("notification.markAllRead"));
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            reload();
        });
        Div header = new Div(heading, markAll);
        header.addClassName("notification-header");
        list.setId("notification-list");
        list.addClassName("notification-list");
        list.getElement().setAttribute("role", "list");
        more.setText(getTranslation("notification.more"));
        more.setId("notification-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> append(PAGE));
        Div panel = new Div(header, list, more);
        panel.addClassName("notification-panel");
        popover.add(panel);
        return popover;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refreshCount();
        navigation = event.getUI().addAfterNavigationListener(e -> refreshCount());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
        super.onDetach(event);
    }

    /** New notifications for this user were committed (on any app instance): the count, and the open list. */
    void notificationsArrived() {
        if (popover.isOpened()) {
            reload();
        } else {
            refreshCount();
        }
    }

    private void refreshCount() {
        int unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
        bell.setTooltipText(getTranslation("notification.bell", unread));
        markAll.setEnabled(unread > 0);
    }

    private void reload() {
        list.removeAll();
        loaded = 0;
        append(PAGE);
        refreshCount();
    }

    private void append(int count) {
        List<NotificationItem> items = notifications.page(loaded, count);
        items.forEach(item -> list.add(row(item)));
        loaded += items.size();
        more.setVisible(items.size() == count);
        if (loaded == 0) {
            Span empty = new Span(getTranslation("notification.empty"));
            empty.addClassName("notification-empty");
            empty.setId("notification-empty");
            list.add(empty);
        }
    }

    /**
     * A link to the petition or page it names (or, when the user no longer sees the petition, a button) that marks
     * the notification read.
     */
    private Component row(NotificationItem item) {
        Span text = new Span(getTranslation(item.text().key(), item.text().arguments()));
        text.addClassName("notification-text");
        Span time = new Span(Formats.dateTime(item.createdAt()));
        time.addClassName("notification-time");
        Component entry;
        String route = item.route();
        if (route != null) {
            Anchor link = new Anchor(route, text, time);
            // The server marks it read, then navigates: the browser's own navigation would race the mark.
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().addEventListener("click", e -> open(item)).addEventData("event.preventDefault()");
            entry = link;
        } else {
            Button button = new Button();
            button.getElement().appendChild(text.getElement(), time.getElement());
            button.addClickListener(e -> open(item));
            entry = button;
        }
        entry.addClassName("notification-item");
        if (!item.read()) {
            entry.addClassName("unread");
            Span unread = new Span(getTranslation("notification.unread"));
            unread.addClassName("visually-hidden");
            entry.getElement().appendChild(unread.getElement());
        }
        Div row = new Div(entry);
        row.getElement().setAttribute("role", "listitem");
        return row;
    }

    private void open(NotificationItem item) {
        if (!item.read()) {
            notifications.markRead(item.id());
        }
        popover.close();
        refreshCount();
        String route = item.route();
        if (route != null) {
            UI.getCurrent().navigate(route);
        }
    }
}
