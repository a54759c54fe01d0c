package vn.petitionboard.conference;

import java.util.Map;
import vn.petitionboard.base.text.FieldError;

/** The outcome of saving a conference. */
public sealed interface SaveResult {

    record Saved(ConferenceId id, int version) implements SaveResult {
    }

    record Invalid(Map<String, FieldError> errors) implements SaveResult {
    }

    /** Someone else saved this conference since it was opened. */
    record Conflict() implements SaveResult {
    }
}
