package vn.petitionboard.security.signin;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.UserId;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/** The administrator's side of sign-in throttling: whether an account of their unit is locked, and unlocking it. */
@Service
public class LoginThrottleService {

    static final String NOT_FOUND = "admin.unlock.notFound";

    private final SignInThrottle throttle;
    private final ThrottleStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    LoginThrottleService(SignInThrottle throttle, ThrottleStore store, CurrentUser currentUser, AuditLog audit) {
        this.throttle = throttle;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The end of the account's running lock; empty when it may sign in (or is not in the administrator's unit). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.ADMINISTER)
    public Optional<LocalDateTime> lockedUntil(UserId user) {
        return ownUnits(user).flatMap(account -> throttle.usernameLockedUntil(account.username()));
    }

    /**
     * Forgets the account's failures and ends its lock, and writes USER_UNLOCKED to the audit log. A lock on the
     * client address stays: it guards against a guesser trying many names, not one account.
     */
    @Transactional
    @PreAuthorize(Permissions.ADMINISTER)
    public UnlockResult unlock(UserId user) {
        Optional<ThrottleStore.Account> found = ownUnits(user);
        if (found.isEmpty()) {
            return new UnlockResult.Refused(NOT_FOUND);
        }
        ThrottleStore.Account account = found.get();
        Optional<ThrottleStore.Count> state = store.usernameState(account.username());
        LocalDateTime wasLockedUntil = throttle.usernameLockedUntil(account.username()).orElse(null);
        store.reset(ThrottleKind.USERNAME, account.username());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("failures", state.map(ThrottleStore.Count::failures).orElse(0));
        before.put("lockedUntil", wasLockedUntil == null ? null : wasLockedUntil.toString());
        audit.record(AuditAction.USER_UNLOCKED, AuditTarget.user(account.id().value(), account.username()), before,
                Map.of("failures", 0));
        return new UnlockResult.Unlocked(wasLockedUntil);
    }

    private Optional<ThrottleStore.Account> ownUnits(UserId user) {
        return store.accountById(user).filter(a -> a.unit().equals(currentUser.require().unitId()));
    }
}
