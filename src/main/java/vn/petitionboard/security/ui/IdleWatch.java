package vn.petitionboard.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import vn.petitionboard.security.SessionActivity;
import vn.petitionboard.security.SessionSettings;

/**
 * One signed-in page's part of the idle timeout. The page polls the server once, at the moment the warning is due
 * (the poll interval is set to the idle time left); each user event pushes that moment back. At the warning the
 * dialog opens and the next poll is set just after the end, when the server ends the session and the page goes to the
 * login page. Several tabs share one session's last activity, so a tab in the background never ends the work done in
 * another.
 */
final class IdleWatch {

    private static final Logger log = LoggerFactory.getLogger(IdleWatch.class);
    /** Key presses, clicks and wheel turns that send nothing else (typing a long answer) still count as activity. */
    private static final List<String> INPUT_EVENTS = List.of("keydown", "pointerdown", "wheel");
    /** A little after the moment, so the poll finds it passed rather than a few milliseconds short. */
    private static final Duration MARGIN = Duration.ofMillis(200);

    private final UI ui;
    private final SessionSettings settings;
    private IdleWarningDialog warning;
    private boolean ended;

    IdleWatch(UI ui, SessionSettings settings) {
        this.ui = ui;
        this.settings = settings;
    }

    void start() {
        // At most one request per period while the user types or scrolls; allowInert so a modal dialog's keys count.
        int period = (int) Math.max(200, Math.min(60_000, settings.warnAfter().toMillis() / 4));
        INPUT_EVENTS.forEach(type -> ui.getElement().addEventListener(type, event -> { })
                .throttle(period).allowInert());
        ui.addPollListener(event -> check());
        userActed(); // opening a page is activity
    }

    void userActed() {
        if (ended) {
            return; // "sign out" in the warning was this request's event
        }
        SessionActivity.touch(session(), Instant.now());
        wakeUpIn(settings.warnAfter());
        if (warning != null) {
            // After this request's events, so that the dialog's own buttons are still there to handle their click.
            ui.beforeClientResponse(ui, context -> closeWarning());
        }
    }

    private void closeWarning() {
        if (warning != null) {
            warning.close();
            ui.remove(warning);
            warning = null;
        }
    }

    private void check() {
        if (ended) {
            return;
        }
        Duration idle = SessionActivity.idle(session(), Instant.now()).orElse(Duration.ZERO);
        if (idle.compareTo(settings.warnAfter()) >= 0) {
            if (warning == null) {
                warning = new IdleWarningDialog(settings.idleTimeout().minus(idle), this::signOut);
                ui.add(warning);
                warning.open();
            }
            // The next poll comes just after the end: its request meets IdleSessionFilter, which ends the session,
            // and Vaadin's client, told the session expired, goes to the login page (base.ui.ClientMessages).
            wakeUpIn(settings.idleTimeout().minus(idle));
        } else {
            wakeUpIn(settings.warnAfter().minus(idle)); // another tab was used meanwhile
        }
    }

    private void wakeUpIn(Duration duration) {
        long millis = Math.max(0, duration.toMillis()) + MARGIN.toMillis();
        ui.setPollInterval((int) Math.min(Integer.MAX_VALUE, millis));
    }

    /** "Sign out now" in the warning, as Vaadin's documentation signs out: the page is sent on, the session ends. */
    private void signOut() {
        log.info("Signed out {} from the idle warning", SecurityContextHolder.getContext().getAuthentication().getName());
        ended = true;
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        ui.setPollInterval(-1);
        ui.getPage().setLocation(request.getContextPath() + "/login");
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        new SecurityContextLogoutHandler().logout(request.getHttpServletRequest(),
                response == null ? null : response.getHttpServletResponse(), null);
    }

    private WrappedSession session() {
        return ui.getSession().getSession();
    }
}
