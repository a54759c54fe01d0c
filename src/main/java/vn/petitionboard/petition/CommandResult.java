package vn.petitionboard.petition;

import java.util.List;
import java.util.Map;
import vn.petitionboard.base.text.FieldError;

/** What a petition command did: the UI shows each outcome in plain Vietnamese. */
public sealed interface CommandResult {

    /** Written, with its history event, in one transaction. */
    record Done(PetitionId id, PetitionState state, int version) implements CommandResult {
    }

    /** A new petition was recorded under this code. */
    record Created(PetitionId id, String code) implements CommandResult {
    }

    /** Not allowed: wrong role, department or state. Nothing was written. */
    record Refused(String messageKey, List<Object> arguments) implements CommandResult {

        public static Refused of(String messageKey, Object... arguments) {
            return new Refused(messageKey, List.of(arguments));
        }
    }

    /** Someone else changed the petition since it was loaded ("Kiến nghị này vừa được người khác cập nhật"). */
    record Conflict() implements CommandResult {
    }

    /** Input to correct, field by field. Nothing was written. */
    record Invalid(Map<String, FieldError> errors) implements CommandResult {
    }

    default boolean isDone() {
        return this instanceof Done || this instanceof Created;
    }
}
