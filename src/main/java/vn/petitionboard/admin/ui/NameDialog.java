package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import vn.petitionboard.admin.AdminResult;
import vn.petitionboard.admin.ReferenceName;
import vn.petitionboard.base.ui.FieldErrors;

/**
 * One name to type: a new department or domain, or a new name for one. The service judges the name; the dialog shows
 * its field error beside the field, and closes on anything else (saved, refused, conflict) with a notice.
 */
final class NameDialog extends Dialog {

    private final FieldErrors errors = FieldErrors.judgedByService(this);
    private final TextField name = new TextField(getTranslation("admin.common.name"));
    private final SerializableFunction<String, AdminResult> save;
    private final SerializableRunnable onChange;

    NameDialog(String title, String current, SerializableFunction<String, AdminResult> save,
            SerializableRunnable onChange) {
        this(title, current, ReferenceName.FIELD, save, onChange);
    }

    /** With the field name under which the service reports the name's error. */
    NameDialog(String title, String current, String field, SerializableFunction<String, AdminResult> save,
            SerializableRunnable onChange) {
        this.save = save;
        this.onChange = onChange;
        setId("name-dialog");
        setHeaderTitle(title);
        setWidth("32rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        name.setId("name-field");
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ReferenceName.MAX);
        name.setValue(current);
        errors.bind(field, name);
        add(name);
        Button cancel = new Button(getTranslation("admin.common.cancel"), e -> close());
        cancel.setId("name-cancel");
        Button ok = new Button(getTranslation("admin.common.save"), e -> save());
        ok.setId("name-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
        name.focus();
    }

    private void save() {
        errors.clear();
        AdminResult result = save.apply(name.getValue());
        if (result instanceof AdminResult.Invalid invalid) {
            errors.show(invalid.errors());
            errors.focusFirstInvalid();
            return;
        }
        close();
        AdminNotices.show(this, result, onChange);
    }
}
