package vn.petitionboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.petitionboard.base.text.FieldError;

/**
 * The messages of a service's {@code Invalid} result (field name → {@link FieldError}), shown at the form's fields:
 * each field is marked invalid with its translated message, and {@link #clear()} takes the old ones away before the
 * next try. Every form and dialog binds its fields here, under the names the service reports.
 * <p>
 * Two kinds of form use it. Where the service is the one judge of the input ({@link #judgedByService}), the fields
 * validate manually: Vaadin's built-in validation would otherwise clear a server message on the next blur, and a
 * field's message goes away as soon as the user changes that field instead. Where a form keeps its fields' own checks
 * as the user types (required, min and max; {@link #besideFieldChecks}), the service's messages are shown on top.
 */
public final class FieldErrors {

    private final Component owner;
    private final boolean serviceOnly;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private FieldErrors(Component owner, boolean serviceOnly) {
        this.owner = owner;
        this.serviceOnly = serviceOnly;
    }

    /** The service alone judges the fields; {@code owner} translates the messages. */
    public static FieldErrors judgedByService(Component owner) {
        return new FieldErrors(owner, true);
    }

    /** The fields keep Vaadin's own checks while typing; the service's messages come on top. */
    public static FieldErrors besideFieldChecks(Component owner) {
        return new FieldErrors(owner, false);
    }

    /** Shows the service's errors for {@code key} at this field. Bind in the order of the fields on screen. */
    public <F extends Component & HasValidation & HasValue<?, ?>> F bind(String key, F field) {
        if (serviceOnly) {
            field.setManualValidation(true);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    field.setInvalid(false);
                }
            });
        }
        fields.put(key, field);
        return field;
    }

    /** Shows the service's errors for {@code key} at the field already bound to {@code boundKey}. */
    public void alias(String key, String boundKey) {
        fields.put(key, fields.get(boundKey));
    }

    /** Takes away the messages of the last try; a text still over its limit stays marked ({@link LimitedText}). */
    public void clear() {
        fields.values().stream().filter(f -> !LimitedText.markedTooLong(f)).forEach(f -> f.setInvalid(false));
    }

    /**
     * Shows each error at its field.
     *
     * @return the translated messages that belong to no field here, for the caller to show elsewhere
     */
    public List<String> show(Map<String, FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        errors.forEach((key, error) -> {
            String message = translate(error);
            HasValidation field = fields.get(key);
            if (field == null) {
                unplaced.add(message);
            } else {
                show(field, message);
            }
        });
        return unplaced;
    }

    /** In the order the fields were bound, which is the order on screen. */
    public void focusFirstInvalid() {
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .filter(Focusable.class::isInstance).map(Focusable.class::cast)
                .ifPresent(Focusable::focus);
    }

    /**
     * Input the browser could not turn into a value (a date such as 31/02/2020, a number such as "1e"), or outside the
     * field's min/max: the service would only see an empty value, so say what is wrong before calling it. An empty
     * required field is left to the service, which reports it with the other fields.
     *
     * @return whether the field has such a problem (now shown at the field)
     */
    public <V, F extends Component & HasValidation & HasValue<?, V> & HasValidator<V>> boolean unusableInput(
            F field) {
        ValidationResult result = field.getDefaultValidator().apply(field.getValue(), null);
        if (!result.isError()) {
            return false;
        }
        if (field.isEmpty() && owner.getTranslation("validation.required").equals(result.getErrorMessage())) {
            return false;
        }
        show(field, result.getErrorMessage());
        return true;
    }

    private String translate(FieldError error) {
        return owner.getTranslation(error.messageKey(), error.arguments().toArray());
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
