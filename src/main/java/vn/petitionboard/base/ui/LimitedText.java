package vn.petitionboard.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.petitionboard.base.text.CleanText;

/** Text inputs that show how much of their limit is used ("12/300") as the user types. */
public final class LimitedText {

    private LimitedText() {
    }

    public static TextField field(String label, int max) {
        TextField field = new TextField(label);
        field.setMaxLength(max);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        counter(field.getValue(), max, field::setHelperText);
        field.addValueChangeListener(e -> counter(e.getValue(), max, field::setHelperText));
        return field;
    }

    public static TextArea area(String label, int max) {
        TextArea area = new TextArea(label);
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        counter(area.getValue(), max, area::setHelperText);
        area.addValueChangeListener(e -> counter(e.getValue(), max, area::setHelperText));
        return area;
    }

    private static void counter(String value, int max, java.util.function.Consumer<String> helper) {
        helper.accept(CleanText.length(value) + "/" + max);
    }
}
