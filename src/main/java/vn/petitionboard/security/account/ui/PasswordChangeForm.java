package vn.petitionboard.security.account.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.security.account.AccountService;
import vn.petitionboard.security.account.ChangePassword;
import vn.petitionboard.security.account.PasswordChangeResult;

/**
 * The three fields of a password change, in the dialog and on the page a new password must be chosen on. The service
 * judges every field; a refused try keeps what was typed so that only the field in error needs retyping.
 */
final class PasswordChangeForm extends VerticalLayout {

    private final AccountService accounts;
    private final FieldErrors errors;
    private final PasswordField current = new PasswordField(getTranslation("account.field.current"));
    private final PasswordField fresh = new PasswordField(getTranslation("account.field.new"));
    private final PasswordField confirmation = new PasswordField(getTranslation("account.field.confirmation"));

    PasswordChangeForm(AccountService accounts) {
        this.accounts = accounts;
        this.errors = FieldErrors.judgedByService(this);
        setPadding(false);
        setSpacing(false);
        setUp(current, "password-current", "current-password");
        setUp(fresh, "password-new", "new-password");
        fresh.setHelperText(getTranslation("account.field.new.helper", AccountService.MIN_LENGTH,
                AccountService.MAX_LENGTH));
        setUp(confirmation, "password-confirmation", "new-password");
        errors.bind(AccountService.CURRENT, current);
        errors.bind(AccountService.NEW, fresh);
        errors.bind(AccountService.CONFIRMATION, confirmation);
        add(current, fresh, confirmation);
    }

    private static void setUp(PasswordField field, String id, String autocomplete) {
        field.setId(id);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        // Password managers fill the current one and offer to save the new one.
        field.getElement().setAttribute("autocomplete", autocomplete);
    }

    void focusFirst() {
        current.focus();
    }

    /** True when the password was changed; otherwise the fields in error say why. */
    boolean submit() {
        errors.clear();
        PasswordChangeResult result = accounts.changePassword(
                new ChangePassword(current.getValue(), fresh.getValue(), confirmation.getValue()));
        return switch (result) {
            case PasswordChangeResult.Changed changed -> true;
            case PasswordChangeResult.Invalid invalid -> {
                errors.show(invalid.errors());
                errors.focusFirstInvalid();
                yield false;
            }
        };
    }
}
