package vn.petitionboard.security.signin;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;

/**
 * Spring Security's only authentication provider (docs/decisions/0018): it refuses a locked username or address
 * without looking at the password, counts every refusal, waits a growing delay before answering, and writes each
 * outcome to the audit log. The password itself is checked by the wrapped DaoAuthenticationProvider, which hashes
 * against a dummy hash for an unknown username, so an unknown user and a wrong password take as long and end in
 * the same BadCredentialsException (and the same message).
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final ThrottleStore store;
    private final AuditLog audit;
    private final Sleeper sleeper;

    /** Waits before a refusal is answered; the tests count instead of sleeping. */
    interface Sleeper {
        void sleep(Duration delay);
    }

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, ThrottleStore store,
            AuditLog audit, Sleeper sleeper) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.store = store;
        this.audit = audit;
        this.sleeper = sleeper;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = ThrottleStore.key(authentication.getName());
        String address = address(authentication);
        Optional<Duration> locked = database(() -> throttle.lockRemaining(username, address));
        if (locked.isPresent()) {
            database(() -> recordSignIn(AuditAction.SIGN_IN_FAILED, username));
            throw new SignInLockedException(locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException refused) {
            throw refuse(username, address, refused);
        }
        if (result != null && result.getPrincipal() instanceof SignedInUser user) {
            database(() -> {
                throttle.succeeded(username);
                audit.recordSignIn(AuditAction.SIGN_IN_SUCCEEDED, Optional.of(user.id()),
                        Optional.of(user.unitId()), user.username());
                return null;
            });
            UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                    user.withoutPassword(), null, result.getAuthorities());
            signedIn.setDetails(result.getDetails());
            return signedIn;
        }
        return result;
    }

    /** Counts the refusal, records it (and a lock it starts), and answers after the delay. */
    private AuthenticationException refuse(String username, String address, AuthenticationException refused) {
        SignInThrottle.Failure failure = database(() -> {
            SignInThrottle.Failure counted = throttle.failed(username, address);
            recordSignIn(AuditAction.SIGN_IN_FAILED, username);
            if (counted.usernameLockedNow() || counted.addressLockedNow()) {
                recordSignIn(AuditAction.SIGN_IN_LOCKED, username);
                log.warn("Sign-in locked after repeated failures: username {}, address {} ({} failures)",
                        counted.usernameLockedNow() ? username : "-", counted.addressLockedNow() ? address : "-",
                        counted.usernameFailures());
            }
            return counted;
        });
        sleeper.sleep(failure.delay());
        if (failure.usernameLockedNow() || failure.addressLockedNow()) {
            // The failure that locks says so at once: the user learns it now, not at the next try.
            return new SignInLockedException(database(() -> throttle.lockRemaining(username, address))
                    .orElse(Duration.ZERO));
        }
        // A disabled account answers like a wrong password: the form must not tell which accounts exist.
        return refused instanceof BadCredentialsException ? refused
                : new BadCredentialsException("Bad credentials");
    }

    private Void recordSignIn(AuditAction action, String username) {
        Optional<ThrottleStore.Account> account = store.accountByUsername(username);
        audit.recordSignIn(action, account.map(ThrottleStore.Account::id), account.map(ThrottleStore.Account::unit),
                username);
        return null;
    }

    /**
     * Runs a database step of the sign-in; a failure there is reported the way the password check reports its own,
     * so that LoginFailureHandler tells the user the database is unavailable rather than that the password is wrong.
     */
    private static <T> T database(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("Sign-in throttling failed", e);
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : UNKNOWN_ADDRESS;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
