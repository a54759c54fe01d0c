package vn.petitionboard.security.signin;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without looking at the password, since the username or the client address is locked for a while
 * after too many failures. The same for known and unknown usernames, so a lock never tells which accounts exist.
 */
public final class SignInLockedException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration remaining;

    SignInLockedException(Duration remaining) {
        super("Sign-in temporarily locked");
        this.remaining = remaining;
    }

    /** How long until a sign-in may be tried again. */
    public Duration remaining() {
        return remaining;
    }
}
