package vn.petitionboard.admin;

import java.util.List;
import java.util.Map;
import vn.petitionboard.base.text.FieldError;

/** What a reference-data command did; the screens show each outcome in plain Vietnamese. */
public sealed interface AdminResult {

    /** Saved, with its audit entry, in one transaction. */
    record Saved() implements AdminResult {
    }

    /** Not allowed as things stand (e.g. a department that still holds open petitions). Nothing was written. */
    record Refused(String messageKey, List<Object> arguments) implements AdminResult {

        public static Refused of(String messageKey, Object... arguments) {
            return new Refused(messageKey, List.of(arguments));
        }
    }

    /** Someone else changed the row since it was loaded. Nothing was written. */
    record Conflict() implements AdminResult {
    }

    /** Input to correct, field by field. Nothing was written. */
    record Invalid(Map<String, FieldError> errors) implements AdminResult {
    }

    default boolean isSaved() {
        return this instanceof Saved;
    }
}
