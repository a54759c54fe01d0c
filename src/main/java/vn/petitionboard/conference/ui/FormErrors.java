package vn.petitionboard.conference.ui;

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
 * The messages of a service's {@code Invalid} result, shown at their fields. The service is the one judge of the
 * input, so the fields validate manually: Vaadin's built-in validation would otherwise clear a server message on the
 * next blur. A field's message goes away as soon as the user changes that field; nothing typed is ever reset here.
 */
final class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FormErrors(Component owner) {
        this.owner = owner;
    }

    /** Shows the service's errors for {@code key} at this field. */
    <F extends Component & HasValidation & HasValue<?, ?>> F bind(String key, F field) {
        field.setManualValidation(true);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                field.setInvalid(false);
            }
        });
        fields.put(key, field);
        return field;
    }

    /** Shows the service's errors for {@code key} at the field already bound to {@code boundKey}. */
    void alias(String key, String boundKey) {
        fields.put(key, fields.get(boundKey));
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /**
     * Input the browser could not turn into a value (a date such as 31/02/2020, a number such as "1e"), or outside the
     * field's min/max: the service would only see an empty value, so say what is wrong before calling it. An empty
     * required field is left to the service, which reports it with the other fields.
     *
     * @return whether the field has such a problem (now shown at the field)
     */
    <V, F extends Component & HasValidation & HasValue<?, V> & HasValidator<V>> boolean unusableInput(F field) {
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

    /**
     * Shows each error at its field and focuses the first such field.
     *
     * @return the translated messages that belong to no field here, for the caller to show elsewhere
     */
    List<String> show(Map<String, FieldError> errors) {
        List<String> unplaced = new ArrayList<>();
        for (Map.Entry<String, FieldError> entry : errors.entrySet()) {
            String message = translate(entry.getValue());
            HasValidation field = fields.get(entry.getKey());
            if (field == null) {
                unplaced.add(message);
                continue;
            }
            show(field, message);
        }
        focusFirstInvalid();
        return unplaced;
    }

    /** In the order the fields were bound, which is the order on screen. */
    void focusFirstInvalid() {
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .filter(Focusable.class::isInstance).map(Focusable.class::cast)
                .ifPresent(Focusable::focus);
    }

    String translate(FieldError error) {
        return owner.getTranslation(error.messageKey(), error.arguments().toArray());
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
