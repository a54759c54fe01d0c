package vn.petitionboard.security.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Growing delays and locks for sign-ins, per typed username and per client address, on the clock the tests can move.
 * The counts live in the database (ThrottleStore), so every node of the app applies the same ones.
 */
@Component
class SignInThrottle {

    /** What a refused sign-in did to the counts. */
    record Failure(int usernameFailures, boolean usernameLockedNow, boolean addressLockedNow, Duration delay) {
    }

    private final ThrottleStore store;
    private final SignInThrottleSettings settings;
    private final Clock clock;

    SignInThrottle(ThrottleStore store, SignInThrottleSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the username or the address stays locked, if either is. */
    Optional<Duration> lockRemaining(String username, String address) {
        LocalDateTime now = now();
        return store.lockedUntil(username, address, now).map(until -> Duration.between(now, until));
    }

    Failure failed(String username, String address) {
        LocalDateTime now = now();
        ThrottleStore.Count user = store.fail(ThrottleKind.USERNAME, username, now, settings.usernameMaxFailures(),
                settings.usernameWindow(), settings.usernameLock());
        ThrottleStore.Count client = store.fail(ThrottleKind.ADDRESS, address, now, settings.addressMaxFailures(),
                settings.addressWindow(), settings.addressLock());
        return new Failure(user.failures(), user.lockedNow(), client.lockedNow(),
                settings.delayAfter(user.failures()));
    }

    /** A success forgets the username's failures; the address keeps its count, or one good account would reset it. */
    void succeeded(String username) {
        store.reset(ThrottleKind.USERNAME, username);
    }

    /** The end of the username's lock, if one is running. */
    Optional<LocalDateTime> usernameLockedUntil(String username) {
        LocalDateTime now = now();
        return store.usernameState(username).map(ThrottleStore.Count::lockedUntil)
                .filter(until -> until.isAfter(now));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
