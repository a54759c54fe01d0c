package vn.petitionboard.security.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.petitionboard.security.admin.UserCommandResult;

/**
 * The one-time password of a new account or a reset, shown once: the administrator hands it to the person, who must
 * choose their own at the first sign-in. It is not kept anywhere but in the account's hash.
 */
final class PasswordIssuedDialog extends Dialog {

    PasswordIssuedDialog(UserCommandResult.PasswordIssued issued) {
        setId("password-issued-dialog");
        setHeaderTitle(getTranslation("admin.user.issued.title"));
        setWidth("30rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        Paragraph who = new Paragraph(getTranslation("admin.user.issued.who", issued.username()));
        Span password = new Span(issued.oneTimePassword());
        password.setId("issued-password");
        password.addClassName("issued-password");
        Paragraph once = new Paragraph(getTranslation("admin.user.issued.once"));
        once.addClassName("issued-password-note");
        add(who, password, once);
        Button done = new Button(getTranslation("admin.user.issued.done"), e -> close());
        done.setId("issued-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        done.focus();
    }
}
