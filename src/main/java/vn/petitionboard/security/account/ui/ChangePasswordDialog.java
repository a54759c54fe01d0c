package vn.petitionboard.security.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.security.account.AccountService;
import vn.petitionboard.security.account.ChangePassword;
import vn.petitionboard.security.account.PasswordChangeResult;

/**
 * The signed-in user's own password change. The service judges every field; a refused try keeps what was typed so
 * that only the field in error needs retyping.
 */
final class ChangePasswordDialog extends Dialog {

    private final AccountService accounts;
    private final FieldErrors errors = FieldErrors.judgedByService(this);
    private final PasswordField current = new PasswordField(getTranslation("account.field.current"));
    private final PasswordField fresh = new PasswordField(getTranslation("account.field.new"));
    private final PasswordField confirmation = new PasswordField(getTranslation("account.field.confirmation"));

    ChangePasswordDialog(AccountService accounts) {
        this.accounts = accounts;
        setId("password-dialog");
        addClassName("password-dialog");
        setHeaderTitle(getTranslation("account.dialog.title"));
        setWidth("28rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        setUp(current, "password-current", "current-password");
        setUp(fresh, "password-new", "new-password");
        fresh.setHelperText(getTranslation("account.field.new.helper", AccountService.MIN_LENGTH,
                AccountService.MAX_LENGTH));
        setUp(confirmation, "password-confirmation", "new-password");
        errors.bind(AccountService.CURRENT, current);
        errors.bind(AccountService.NEW, fresh);
        errors.bind(AccountService.CONFIRMATION, confirmation);

        VerticalLayout fields = new VerticalLayout(current, fresh, confirmation);
        fields.setPadding(false);
        fields.setSpacing(false);
        add(fields);

        Button cancel = new Button(getTranslation("account.cancel"), e -> close());
        cancel.setId("password-cancel");
        Button save = new Button(getTranslation("account.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                current.focus();
            }
        });
    }

    private static void setUp(PasswordField field, String id, String autocomplete) {
        field.setId(id);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        // Password managers fill the current one and offer to save the new one.
        field.getElement().setAttribute("autocomplete", autocomplete);
    }

    private void save() {
        errors.clear();
        PasswordChangeResult result = accounts.changePassword(
                new ChangePassword(current.getValue(), fresh.getValue(), confirmation.getValue()));
        switch (result) {
            case PasswordChangeResult.Changed changed -> {
                close();
                Notification done = Notification.show(getTranslation("account.changed"), 4000,
                        Notification.Position.BOTTOM_START);
                done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.setId("password-changed");
            }
            case PasswordChangeResult.Invalid invalid -> {
                errors.show(invalid.errors());
                errors.focusFirstInvalid();
            }
        }
    }
}
