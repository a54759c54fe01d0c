package vn.petitionboard.security.account;

import java.util.Map;
import vn.petitionboard.base.text.FieldError;

/** What a password change did; the dialog shows each outcome in plain Vietnamese. */
public sealed interface PasswordChangeResult {

    /** The new hash is stored; the user's other sessions are ended. */
    record Changed() implements PasswordChangeResult {
    }

    /** Input to correct, field by field ({@link AccountService#CURRENT}, …). Nothing was written. */
    record Invalid(Map<String, FieldError> errors) implements PasswordChangeResult {
    }
}
