package vn.petitionboard.security;

import com.vaadin.flow.internal.CurrentInstance;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open HTTP sessions of this app instance, so that disabling a user, taking a role away or resetting a password
 * ends that user's sessions at once: the next click of their open page finds no session and lands on the login page
 * (Vaadin's "session expired", see base.ui.ClientMessages). Sessions are found by the user id of their signed-in
 * principal. One instance's memory: with several app instances each must be told (see the cluster issue).
 */
@Component
public class SignedInSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    /**
     * Ends every session of the user once the current transaction commits (at once when there is none), so that a
     * rolled-back change ends nobody's work, and the user cannot sign in again before the change is visible.
     */
    public void endSessionsOf(UserId user) {
        endSessionsOf(user, null);
    }

    /** As {@link #endSessionsOf(UserId)}, keeping the session the user is working in (their own password change). */
    public void endOtherSessionsOf(UserId user, String keptSessionId) {
        endSessionsOf(user, keptSessionId);
    }

    /** How many sessions of the user are open on this instance. */
    public int countOf(UserId user) {
        return sessionsOf(user, null).size();
    }

    private void endSessionsOf(UserId user, String keptSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate(user, keptSessionId);
                }
            });
        } else {
            invalidate(user, keptSessionId);
        }
    }

    private void invalidate(UserId user, String keptSessionId) {
        // Outside the current Vaadin request's context: ending another user's session from inside it makes Vaadin
        // take that session for the current one while it closes it (with push on, it then refuses to touch it
        // unlocked). Without a current request, Vaadin closes the ended session under its own lock.
        Map<Class<?>, CurrentInstance> current = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            for (HttpSession session : sessionsOf(user, keptSessionId)) {
                try {
                    session.invalidate();
                    log.info("Ended a session of user {}", user);
                } catch (IllegalStateException alreadyEnded) {
                    sessions.remove(session);
                }
            }
        } finally {
            CurrentInstance.restoreInstances(current);
        }
    }

    private List<HttpSession> sessionsOf(UserId user, String keptSessionId) {
        return sessions.stream()
                .filter(session -> !session.getId().equals(keptSessionId))
                .filter(session -> user.equals(userOf(session)))
                .toList();
    }

    private static UserId userOf(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
                return signedIn.id();
            }
        } catch (IllegalStateException alreadyEnded) {
            // invalidated meanwhile
        }
        return null;
    }
}
