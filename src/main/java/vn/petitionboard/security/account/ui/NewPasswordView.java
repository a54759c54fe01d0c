package vn.petitionboard.security.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.account.AccountService;

/**
 * The page a user signed in with a password an administrator gave (a new account, a reset) lands on, and cannot
 * leave for any other page until they have chosen their own ({@link MustChangePasswordGuard}).
 */
@Route(value = NewPasswordView.ROUTE, autoLayout = false)
@PermitAll
public class NewPasswordView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "account/new-password";

    private final PasswordChangeForm form;
    private final CurrentUser currentUser;

    public NewPasswordView(AccountService accounts, CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.form = new PasswordChangeForm(accounts);
        addClassName("login-view");
        addClassName("new-password-view");
        H1 title = new H1(getTranslation("account.newPassword.title"));
        Paragraph why = new Paragraph(getTranslation("account.newPassword.why",
                currentUser.require().fullName()));
        Button save = new Button(getTranslation("account.newPassword.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
        logout.setId("new-password-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        why.addClassName("login-description");
        Div card = new Div(form, save, logout);
        card.addClassName("new-password-card");
        add(title, why, card);
        form.focusFirst();
    }

    private void save() {
        if (form.submit()) {
            currentUser.reload();
            Notification done = Notification.show(getTranslation("account.changed"), 4000,
                    Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.setId("password-changed");
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.newPassword.title");
    }
}
