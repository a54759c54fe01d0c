package vn.petitionboard.security.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.petitionboard.security.account.AccountService;

/** The signed-in user's own password change, from the shell's user area. */
final class ChangePasswordDialog extends Dialog {

    private final PasswordChangeForm form;

    ChangePasswordDialog(AccountService accounts) {
        this.form = new PasswordChangeForm(accounts);
        setId("password-dialog");
        addClassName("password-dialog");
        setHeaderTitle(getTranslation("account.dialog.title"));
        setWidth("28rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        add(form);

        Button cancel = new Button(getTranslation("account.cancel"), e -> close());
        cancel.setId("password-cancel");
        Button save = new Button(getTranslation("account.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.focusFirst();
            }
        });
    }

    private void save() {
        if (form.submit()) {
            close();
            Notification done = Notification.show(getTranslation("account.changed"), 4000,
                    Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setId("password-changed");
        }
    }
}
