package vn.petitionboard.security.firstrun;

import java.util.Map;
import vn.petitionboard.base.text.FieldError;

/** How a first-run attempt ended. */
public sealed interface FirstRunResult {

    /** The ward and its administrator exist; they sign in with this username. */
    record Done(String adminUsername) implements FirstRunResult {
    }

    /** Nothing was written; each field in error says why. */
    record Invalid(Map<String, FieldError> errors) implements FirstRunResult {
    }

    /** Someone already set the app up (an account exists): the page is closed for good. */
    record AlreadyDone() implements FirstRunResult {
    }
}
