package vn.petitionboard.notification.mail.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;
import vn.petitionboard.base.ui.ShellUserAction;
import vn.petitionboard.notification.mail.MailPreferenceService;

/** "Thông báo qua thư" in the shell's user area, beside the password change: every signed-in user chooses their own. */
@Component
class MailPreferenceAction implements ShellUserAction {

    private final MailPreferenceService preferences;

    MailPreferenceAction(MailPreferenceService preferences) {
        this.preferences = preferences;
    }

    @Override
    public String id() {
        return "mail-preference";
    }

    @Override
    public String labelKey() {
        return "mail.preference.menu";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.ENVELOPE_O;
    }

    @Override
    public void run() {
        new MailPreferenceDialog(preferences).open();
    }
}
