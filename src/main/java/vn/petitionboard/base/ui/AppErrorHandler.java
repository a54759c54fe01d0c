package vn.petitionboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.RpcInvocationEvent;
import com.vaadin.flow.server.communication.RpcInvocationListener;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import java.io.Serial;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.petitionboard.base.db.DatabaseFailure;

/**
 * What happens to an exception that escapes a click, a value change or any other event of a page. Vaadin's default
 * logs it with its stack trace and tells the user nothing, leaving a button that disables itself on click disabled.
 * Here:
 * <ul>
 * <li>the database being unreachable or cut off is told to the user in Vietnamese (nothing was saved, or it is not
 * known), logged as one line;</li>
 * <li>an invalid event from the client (a forged or stale request that Vaadin refuses before any of our code runs)
 * is logged as one WARN line with the user and the reason;</li>
 * <li>anything else is a bug: logged with its stack trace under a short code the user sees;</li>
 * </ul>
 * and in every case the button that was clicked works again, and what the user typed stays where it was.
 */
final class AppErrorHandler implements ErrorHandler {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);
    private static final String APP_PACKAGE = "vn.petitionboard.";
    private static final String RPC_HANDLER = ServerRpcHandler.class.getName();
    private static final String CURRENT_INVOCATION = AppErrorHandler.class.getName() + ".invocation";

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(thrown.getClass().getName())) {
            log.debug("The browser went away during a request", thrown);
            return;
        }
        reEnableClickedButton(event);
        Optional<DatabaseFailure> database = DatabaseFailure.of(thrown);
        if (database.isPresent()) {
            log.warn("Database {} during a request of {}: {}", database.get(), LogText.user(),
                    DatabaseFailure.rootMessage(thrown));
            notifyUser(database.get().messageKey());
        } else if (isInvalidClientEvent(thrown)) {
            log.warn("Refused an invalid UI event from {}{}: {}", LogText.user(), currentInvocation(),
                    LogText.reason(thrown));
        } else {
            String code = UUID.randomUUID().toString().substring(0, 8);
            log.error("Error {} during a request of {}", code, LogText.user(), thrown);
            notifyUser("error.internal.detail", code);
        }
    }

    /**
     * Thrown while Vaadin handled the events of a request from the page, before any code of ours ran: a property the
     * client may not set, a method that does not exist, an unknown message type. Our own bugs have a frame of ours
     * between the throw and Vaadin's RPC handler (below it are only the request's way in, our filters included).
     */
    static boolean isInvalidClientEvent(Throwable thrown) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !"uidl".equals(request.getParameter("v-r")) || !(thrown instanceof RuntimeException)) {
            return false;
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith(APP_PACKAGE)) {
                    return false;
                }
                if (type.equals(RPC_HANDLER) || type.equals(VaadinService.class.getName())) {
                    break;
                }
            }
        }
        return true;
    }

    /** Remembers, for the request's log line, which of its invocations is being handled. */
    static final class InvocationTracker implements RpcInvocationListener {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public void invocationStarted(RpcInvocationEvent invocation) {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                String name = invocation.getName() == null ? "" : " '" + invocation.getName() + "'";
                request.setAttribute(CURRENT_INVOCATION, " (" + invocation.getType() + name + " on node "
                        + invocation.getNodeId() + ")");
            }
        }

        @Override
        public void invocationEnded(RpcInvocationEvent invocation) {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                request.removeAttribute(CURRENT_INVOCATION);
            }
        }
    }

    private static String currentInvocation() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object described = request == null ? null : request.getAttribute(CURRENT_INVOCATION);
        return described == null ? "" : described.toString().replaceAll("\\p{Cntrl}+", " ");
    }

    /** A button that disables itself on click stays disabled when its listener throws; the user may try again. */
    private static void reEnableClickedButton(ErrorEvent event) {
        event.getComponent()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(Button::isDisableOnClick)
                .ifPresent(button -> button.setEnabled(true));
    }

    private static void notifyUser(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Notification notification = new Notification(ui.getTranslation(key, arguments), 10_000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("error-notification");
        notification.open();
    }
}
