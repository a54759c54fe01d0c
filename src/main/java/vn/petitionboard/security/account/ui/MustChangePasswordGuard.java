package vn.petitionboard.security.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.stereotype.Component;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.SignedInUser;

/**
 * Until a user who signed in with a password an administrator gave has chosen their own, every page they open is the
 * new-password page (the login page and the error pages stay reachable).
 */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    MustChangePasswordGuard(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == NewPasswordView.class || target.isAnnotationPresent(AnonymousAllowed.class)
                || event.isErrorEvent()) {
            return;
        }
        if (currentUser.find().filter(SignedInUser::mustChangePassword).isPresent()) {
            event.forwardTo(NewPasswordView.class);
        }
    }
}
