package vn.petitionboard.security.signin;

import java.time.LocalDateTime;

/** What an administrator's unlock did. */
public sealed interface UnlockResult {

    /** The username's failures are forgotten; {@code wasLockedUntil} is null when no lock was running. */
    record Unlocked(LocalDateTime wasLockedUntil) implements UnlockResult {
    }

    /** No such user in the administrator's unit; nothing was changed. */
    record Refused(String messageKey) implements UnlockResult {
    }
}
