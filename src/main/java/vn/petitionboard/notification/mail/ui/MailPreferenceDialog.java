package vn.petitionboard.notification.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import vn.petitionboard.notification.mail.MailDelivery;
import vn.petitionboard.notification.mail.MailPreferenceService;
import vn.petitionboard.notification.mail.MailPreferenceService.MailPreference;

/** The signed-in user's choice: each notification by mail, one mail a day, or none. */
final class MailPreferenceDialog extends Dialog {

    private final MailPreferenceService preferences;
    private final RadioButtonGroup<MailDelivery> choice = new RadioButtonGroup<>();

    MailPreferenceDialog(MailPreferenceService preferences) {
        this.preferences = preferences;
        MailPreference current = preferences.current();
        setId("mail-preference-dialog");
        setHeaderTitle(getTranslation("mail.preference.title"));
        setWidth("28rem");
        setMaxWidth("100%");

        choice.setId("mail-preference-choice");
        choice.setLabel(getTranslation("mail.preference.label"));
        choice.setItems(MailDelivery.values());
        choice.setItemLabelGenerator(d -> getTranslation("mail.preference." + d.name()));
        choice.setValue(current.delivery());
        choice.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        add(choice);
        if (!current.hasAddress()) {
            add(notice("mail-preference-no-address", "mail.preference.noAddress"));
        }
        if (!current.mailOn()) {
            add(notice("mail-preference-off", "mail.off"));
        }

        Button cancel = new Button(getTranslation("mail.preference.cancel"), e -> close());
        cancel.setId("mail-preference-cancel");
        Button save = new Button(getTranslation("mail.preference.save"), e -> save());
        save.setId("mail-preference-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private Paragraph notice(String id, String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        text.addClassName("mail-notice");
        return text;
    }

    private void save() {
        preferences.choose(choice.getValue());
        close();
        Notification done = Notification.show(getTranslation("mail.preference.saved"), 4000,
                Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        done.setId("mail-preference-saved");
    }
}
