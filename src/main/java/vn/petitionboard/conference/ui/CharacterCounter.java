package vn.petitionboard.conference.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text field's limit as the user types: "12/300" under the field (after an optional hint), turning to a warning
 * colour near the limit. The browser stops input at the limit; the service checks it again.
 */
final class CharacterCounter {

    /** Often enough to follow typing, without a round trip per key. */
    private static final int SYNC_MILLIS = 300;

    private CharacterCounter() {
    }

    static TextField attach(TextField field, int max, String hint) {
        field.setMaxLength(max);
        attach((TextFieldBase<?, String>) field, max, hint);
        return field;
    }

    static TextArea attach(TextArea area, int max, String hint) {
        area.setMaxLength(max);
        attach((TextFieldBase<?, String>) area, max, hint);
        return area;
    }

    private static void attach(TextFieldBase<?, String> field, int max, String hint) {
        Span counter = new Span();
        counter.addClassName("char-counter");
        Div helper = new Div();
        helper.addClassName("field-helper");
        if (hint != null) {
            Span text = new Span(hint);
            text.addClassName("field-hint");
            helper.add(text);
        }
        helper.add(counter);
        field.setHelperComponent(helper);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(SYNC_MILLIS);
        Runnable update = () -> {
            String value = field.getValue();
            // Code points, as the service counts them (an emoji is one character).
            int length = value == null ? 0 : value.codePointCount(0, value.length());
            counter.setText(field.getTranslation("form.counter", length, max));
            counter.setClassName("near-limit", length >= max * 9 / 10);
        };
        field.addValueChangeListener(e -> update.run());
        update.run();
    }
}
