package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import vn.petitionboard.admin.AdminResult;
import vn.petitionboard.base.text.FieldError;

/** Says what a reference-data command did, in plain words, and reloads the list on everything but invalid input. */
final class AdminNotices {

    private AdminNotices() {
    }

    static void show(Component source, AdminResult result, SerializableRunnable reload) {
        switch (result) {
            case AdminResult.Saved saved -> {
                reload.run();
                notify(source.getTranslation("admin.common.saved"), NotificationVariant.LUMO_SUCCESS);
            }
            case AdminResult.Refused refused -> notify(
                    source.getTranslation(refused.messageKey(), refused.arguments().toArray()),
                    NotificationVariant.LUMO_ERROR);
            case AdminResult.Conflict conflict -> {
                reload.run();
                notify(source.getTranslation("admin.common.conflict"), NotificationVariant.LUMO_ERROR);
            }
            case AdminResult.Invalid invalid -> {
                FieldError first = invalid.errors().values().iterator().next();
                notify(source.getTranslation(first.messageKey(), first.arguments().toArray()),
                        NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        // A refusal says what to do first (reassign petitions, pick another date): it stays long enough to be read.
        Notification notification = Notification.show(text, variant == NotificationVariant.LUMO_ERROR ? 8000 : 4000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.setId("admin-notification");
    }
}
