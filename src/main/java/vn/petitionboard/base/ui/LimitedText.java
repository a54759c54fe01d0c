package vn.petitionboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.petitionboard.base.text.CleanText;

/**
 * Text inputs that show how much of their limit is used ("12/300") as the user types. A text over the limit is kept
 * whole and marked at once with the limit and its length, never cut by the browser: a long paste cut to the limit
 * without a word would be saved as if it were complete. The service refuses it again on save.
 */
public final class LimitedText {

    /** Set on a field while it is marked for its length, so that only that mark is lifted when the text shrinks. */
    private record MarkedTooLong() {
    }

    private LimitedText() {
    }

    public static TextField field(String label, int max) {
        TextField field = new TextField(label);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        watch(field, field.getValue(), max);
        field.addValueChangeListener(e -> watch(field, e.getValue(), max));
        return field;
    }

    public static TextArea area(String label, int max) {
        TextArea area = new TextArea(label);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        // A long text scrolls inside the area instead of stretching the dialog past its buttons.
        area.setMaxHeight("16rem");
        watch(area, area.getValue(), max);
        area.addValueChangeListener(e -> watch(area, e.getValue(), max));
        return area;
    }

    /** Whether the field is marked now because its text is over its limit. */
    static boolean markedTooLong(HasValidation field) {
        return field instanceof Component component && ComponentUtil.getData(component, MarkedTooLong.class) != null;
    }

    private static <F extends Component & HasValidation & HasHelper> void watch(F field, String value, int max) {
        int length = CleanText.length(value);
        field.setHelperText(length + "/" + max);
        boolean marked = ComponentUtil.getData(field, MarkedTooLong.class) != null;
        if (length > max) {
            field.setErrorMessage(field.getTranslation("validation.tooLong", max, length));
            field.setInvalid(true);
            ComponentUtil.setData(field, MarkedTooLong.class, new MarkedTooLong());
        } else if (marked) {
            field.setInvalid(false);
            ComponentUtil.setData(field, MarkedTooLong.class, null);
        }
    }
}
