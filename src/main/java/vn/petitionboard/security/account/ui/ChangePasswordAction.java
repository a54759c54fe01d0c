package vn.petitionboard.security.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.ui.ShellUserAction;
import vn.petitionboard.security.account.AccountService;

/** "Đổi mật khẩu" in the shell's user area: every signed-in user may change their own password. */
@Component
class ChangePasswordAction implements ShellUserAction {

    private final AccountService accounts;

    ChangePasswordAction(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "change-password";
    }

    @Override
    public String labelKey() {
        return "account.changePassword";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.KEY;
    }

    @Override
    public void run() {
        new ChangePasswordDialog(accounts).open();
    }
}
