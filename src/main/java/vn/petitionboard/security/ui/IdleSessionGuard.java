package vn.petitionboard.security.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.RpcInvocationEvent;
import com.vaadin.flow.server.communication.RpcInvocationListener;
import com.vaadin.flow.shared.JsonConstants;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.petitionboard.security.SessionSettings;

/**
 * Ends a signed-in session after {@code petitionboard.session.idle-timeout} without user activity, with a warning
 * {@code idle-warning} before. Activity is what the user does: every request from the page that carries a user
 * event (a click, a key, a navigation, a field's value) counts; Vaadin's heartbeats carry none, and the UI's poll,
 * which this guard uses to wake up at the warning and at the end, is left out by name. See docs/decisions/0012.
 */
@Component
class IdleSessionGuard implements VaadinServiceInitListener {

    private final SessionSettings settings;

    IdleSessionGuard(SessionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (signedIn()) {
                IdleWatch watch = new IdleWatch(init.getUI(), settings);
                ComponentUtil.setData(init.getUI(), IdleWatch.class, watch);
                watch.start();
            }
        });
        event.getSource().addRpcInvocationListener(new RpcInvocationListener() {
            @Override
            public void invocationStarted(RpcInvocationEvent invocation) {
                IdleWatch watch = ComponentUtil.getData(invocation.getUI(), IdleWatch.class);
                if (watch != null && isUserActivity(invocation)) {
                    watch.userActed();
                }
            }
        });
    }

    /** Everything but the poll (a timer, not a person) and answers to the server's own JavaScript calls. */
    static boolean isUserActivity(RpcInvocationEvent invocation) {
        boolean poll = JsonConstants.RPC_TYPE_EVENT.equals(invocation.getType())
                && PollEvent.DOM_EVENT_NAME.equals(invocation.getName());
        return !poll && !JsonConstants.RPC_TYPE_CHANNEL.equals(invocation.getType());
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
