package vn.petitionboard.security.admin;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.petitionboard.security.CurrentUser;
import vn.petitionboard.security.Permissions;
import vn.petitionboard.security.Role;
import vn.petitionboard.security.SignedInSessions;
import vn.petitionboard.security.SignedInUser;
import vn.petitionboard.security.UserId;
import vn.petitionboard.security.audit.AuditAction;
import vn.petitionboard.security.audit.AuditLog;
import vn.petitionboard.security.audit.AuditTarget;

/**
 * Administration of the unit's accounts (ADMIN only, and only the administrator's own unit). Every change is checked
 * against the version the administrator saw, written with its audit entry in one transaction, and ends the user's
 * open sessions when it takes something away (disabled, a role or department changed, a new password).
 */
@Service
@Transactional
@PreAuthorize(Permissions.ADMINISTER)
public class UserAdminService {

    private final UserAdminQuery query;
    private final UserAdminStore store;
    private final UserInputCheck inputCheck;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final SignedInSessions sessions;
    private final OneTimePasswords passwords;
    private final PasswordEncoder encoder;

    UserAdminService(UserAdminQuery query, UserAdminStore store, UserInputCheck inputCheck, CurrentUser currentUser,
            AuditLog audit, SignedInSessions sessions, OneTimePasswords passwords, PasswordEncoder encoder) {
        this.query = query;
        this.store = store;
        this.inputCheck = inputCheck;
        this.currentUser = currentUser;
        this.audit = audit;
        this.sessions = sessions;
        this.passwords = passwords;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users(int offset, int limit) {
        return query.users(currentUser.require().unitId(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countUsers() {
        return query.countUsers(currentUser.require().unitId());
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> account(UserId user) {
        return store.find(currentUser.require().unitId(), user);
    }

    public UserCommandResult create(UserCommands.Create command) {
        SignedInUser admin = currentUser.require();
        var checked = inputCheck.create(admin.unitId(), command);
        if (checked.isInvalid()) {
            return checked.invalid();
        }
        UserCommands.Create clean = checked.value();
        String password = passwords.next();
        UserId id = store.insert(admin.unitId(), clean, encoder.encode(password));
        UserAccount created = store.find(admin.unitId(), id).orElseThrow();
        audit.record(AuditAction.USER_CREATED, target(created), null, AuditState.of(created, departmentName(created)));
        return new UserCommandResult.PasswordIssued(id, created.username(), password);
    }

    public UserCommandResult update(UserCommands.Update command) {
        SignedInUser admin = currentUser.require();
        Locked locked = lockAt(admin, command.user(), command.version());
        if (locked.refusal() != null) {
            return locked.refusal();
        }
        UserAccount before = locked.account();
        var checked = inputCheck.update(admin.unitId(), command);
        if (checked.isInvalid()) {
            return checked.invalid();
        }
        UserCommands.Update clean = checked.value();
        if (admin.id().equals(before.id()) && !clean.roles().contains(Role.ADMIN)) {
            return UserCommandResult.Refused.of("admin.user.ownAdminRole");
        }
        store.update(clean);
        UserAccount after = store.find(admin.unitId(), before.id()).orElseThrow();
        audit.record(AuditAction.USER_UPDATED, target(after), AuditState.of(before, departmentName(before)),
                AuditState.of(after, departmentName(after)));
        if (!before.roles().equals(after.roles()) || !java.util.Objects.equals(before.department(),
                after.department())) {
            sessions.endSessionsOf(after.id());
        }
        return new UserCommandResult.Saved(after.id());
    }

    public UserCommandResult disable(UserCommands.Target command) {
        return setEnabled(command, false);
    }

    public UserCommandResult enable(UserCommands.Target command) {
        return setEnabled(command, true);
    }

    /** A new one-time password, shown once; the old one stops working and the user's sessions end. */
    public UserCommandResult resetPassword(UserCommands.Target command) {
        SignedInUser admin = currentUser.require();
        Locked locked = lockAt(admin, command.user(), command.version());
        if (locked.refusal() != null) {
            return locked.refusal();
        }
        UserAccount account = locked.account();
        String password = passwords.next();
        store.issuePassword(account.id(), encoder.encode(password));
        audit.record(AuditAction.USER_PASSWORD_RESET, target(account), null, null);
        sessions.endSessionsOf(account.id());
        return new UserCommandResult.PasswordIssued(account.id(), account.username(), password);
    }

    private UserCommandResult setEnabled(UserCommands.Target command, boolean enabled) {
        SignedInUser admin = currentUser.require();
        Locked locked = lockAt(admin, command.user(), command.version());
        if (locked.refusal() != null) {
            return locked.refusal();
        }
        UserAccount before = locked.account();
        if (!enabled && admin.id().equals(before.id())) {
            return UserCommandResult.Refused.of("admin.user.disableSelf");
        }
        if (before.enabled() == enabled) {
            return new UserCommandResult.Saved(before.id());
        }
        store.setEnabled(before.id(), enabled);
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, target(before),
                AuditState.enabled(before.enabled()), AuditState.enabled(enabled));
        if (!enabled) {
            sessions.endSessionsOf(before.id());
        }
        return new UserCommandResult.Saved(before.id());
    }

    /** The account, locked until the transaction ends, or why it cannot be changed as the administrator saw it. */
    private record Locked(UserAccount account, UserCommandResult refusal) {
    }

    private Locked lockAt(SignedInUser admin, UserId user, int version) {
        Optional<UserAccount> found = store.lock(admin.unitId(), user);
        if (found.isEmpty()) {
            return new Locked(null, UserCommandResult.Refused.of("admin.user.notFound"));
        }
        if (found.get().version() != version) {
            return new Locked(null, new UserCommandResult.Conflict());
        }
        return new Locked(found.get(), null);
    }

    private String departmentName(UserAccount account) {
        return store.departmentName(account.department()).orElse(null);
    }

    private static AuditTarget target(UserAccount account) {
        return AuditTarget.user(account.id().value(), account.username());
    }
}
