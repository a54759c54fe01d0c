package vn.petitionboard.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session may stay without user activity, and how long before the end the user is warned
 * (petitionboard.session.*, from SESSION_IDLE_TIMEOUT and SESSION_IDLE_WARNING). See docs/decisions/0012.
 */
@ConfigurationProperties("petitionboard.session")
public record SessionSettings(Duration idleTimeout, Duration idleWarning) {

    public SessionSettings {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("petitionboard.session.idle-timeout must be positive");
        }
        if (idleWarning == null || idleWarning.isNegative() || idleWarning.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("petitionboard.session.idle-warning must be shorter than the timeout");
        }
    }

    /** Idle time after which the warning shows. */
    public Duration warnAfter() {
        return idleTimeout.minus(idleWarning);
    }
}
