package vn.petitionboard.base.text;

import java.util.List;

/** A message (key into the i18n bundles, with its arguments) for one input field. */
public record FieldError(String messageKey, List<Object> arguments) {

    public static FieldError of(String messageKey, Object... arguments) {
        return new FieldError(messageKey, List.of(arguments));
    }
}
