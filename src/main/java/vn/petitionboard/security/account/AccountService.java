package vn.petitionboard.security.account;

import java.text.Normalizer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.petitionboard.base.text.InputCheck;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.SignedInSessions;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/** What every signed-in user may do to their own account. */
@Service
public class AccountService {

    /** Field names in {@link PasswordChangeResult.Invalid}. */
    public static final String CURRENT = "currentPassword";
    public static final String NEW = "newPassword";
    public static final String CONFIRMATION = "confirmation";
    public static final int MIN_LENGTH = PasswordPolicy.MIN;
    public static final int MAX_LENGTH = PasswordPolicy.MAX;

    private final CurrentUser currentUser;
    private final AccountStore store;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SignedInSessions sessions;

    AccountService(CurrentUser currentUser, AccountStore store, PasswordPolicy policy, PasswordEncoder encoder,
            AuditLog audit, SignedInSessions sessions) {
        this.currentUser = currentUser;
        this.store = store;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * Replaces the signed-in user's password after checking the current one and the new one against the policy.
     * The encoder hashes in NFC, so that the same Vietnamese letters log in from any keyboard.
     */
    @Transactional
    @PreAuthorize(Permissions.SIGNED_IN)
    public PasswordChangeResult changePassword(ChangePassword command) {
        SignedInUser user = currentUser.require();
        String storedHash = store.passwordHashForUpdate(user.id()).orElseThrow(
                () -> new IllegalStateException("No enabled account for the signed-in user"));
        InputCheck check = new InputCheck();
        String current = command.currentPassword();
        boolean currentMatches = current != null && !current.isEmpty() && encoder.matches(current, storedHash);
        if (current == null || current.isEmpty()) {
            check.fail(CURRENT, "validation.required");
        } else if (!currentMatches) {
            check.fail(CURRENT, "account.password.currentWrong");
        }
        policy.check(check, NEW, command.newPassword(), user.username(), user.fullName());
        String fresh = command.newPassword() == null ? null : nfc(command.newPassword());
        if (fresh != null && !check.errors().containsKey(NEW)) {
            if (currentMatches && encoder.matches(fresh, storedHash)) {
                check.fail(NEW, "account.password.same");
            }
            String confirmation = command.confirmation() == null ? "" : nfc(command.confirmation());
            check.require(fresh.equals(confirmation), CONFIRMATION, "account.password.mismatch");
        }
        if (check.hasErrors()) {
            return new PasswordChangeResult.Invalid(check.errors());
        }
        store.replacePasswordHash(user.id(), encoder.encode(fresh));
        audit.record(AuditAction.OWN_PASSWORD_CHANGED, AuditTarget.user(user.id().value(), user.username()), null,
                null);
        // Whoever else knew the old password is signed out everywhere; the session the user works in stays.
        sessions.endOtherSessionsOf(user.id(), currentSessionId());
        return new PasswordChangeResult.Changed();
    }

    private static String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
