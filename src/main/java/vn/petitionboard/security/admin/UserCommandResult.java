package vn.petitionboard.security.admin;

import java.util.List;
import java.util.Map;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.security.UserId;

/** What an administration command did; the screen shows each outcome in plain Vietnamese. */
public sealed interface UserCommandResult {

    /** Saved, with its audit entry, in one transaction. */
    record Saved(UserId user) implements UserCommandResult {
    }

    /**
     * A password was made (a new account or a reset): shown once to the administrator, to be changed by the user at
     * the next sign-in. Never stored as text nor written to the audit log.
     */
    record PasswordIssued(UserId user, String username, String oneTimePassword) implements UserCommandResult {
    }

    /** Not allowed (e.g. disabling oneself). Nothing was written. */
    record Refused(String messageKey, List<Object> arguments) implements UserCommandResult {

        public static Refused of(String messageKey, Object... arguments) {
            return new Refused(messageKey, List.of(arguments));
        }
    }

    /** Someone else changed the account since it was loaded. */
    record Conflict() implements UserCommandResult {
    }

    /** Input to correct, field by field. Nothing was written. */
    record Invalid(Map<String, FieldError> errors) implements UserCommandResult {
    }
}
