package vn.petitionboard.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the user of an HTTP session last did something (a click, a key, a navigation, a page load), kept in the session
 * itself so that the Vaadin side and the servlet filter read the same value. Heartbeats and polls never write it.
 */
public final class SessionActivity {

    static final String ATTRIBUTE = SessionActivity.class.getName() + ".last";

    private SessionActivity() {
    }

    public static void touch(WrappedSession session, Instant now) {
        session.setAttribute(ATTRIBUTE, now.toEpochMilli());
    }

    /** How long the user has been idle, or empty when the session has not been marked yet. */
    public static Optional<Duration> idle(WrappedSession session, Instant now) {
        return idle(session.getAttribute(ATTRIBUTE), now);
    }

    static void touch(HttpSession session, Instant now) {
        session.setAttribute(ATTRIBUTE, now.toEpochMilli());
    }

    static Optional<Duration> idle(HttpSession session, Instant now) {
        return idle(session.getAttribute(ATTRIBUTE), now);
    }

    private static Optional<Duration> idle(Object value, Instant now) {
        return value instanceof Long millis
                ? Optional.of(Duration.between(Instant.ofEpochMilli(millis), now))
                : Optional.empty();
    }
}
