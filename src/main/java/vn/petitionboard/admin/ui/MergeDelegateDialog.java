package vn.petitionboard.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import vn.petitionboard.admin.DelegateAdminService;
import vn.petitionboard.admin.DelegateRecord;

/**
 * Merges a duplicate delegate record into the one to keep: the administrator picks the record that stays, every
 * petition of the duplicate moves to it, and the duplicate goes.
 */
final class MergeDelegateDialog extends Dialog {

    private final ComboBox<DelegateRecord> survivor = new ComboBox<>();

    MergeDelegateDialog(DelegateAdminService delegates, DelegateRecord duplicate, SerializableRunnable onChange) {
        setId("delegate-merge-dialog");
        setHeaderTitle(getTranslation("admin.delegates.mergeOf", duplicate.fullName()));
        setWidth("36rem");
        setMaxWidth("100%");
        survivor.setId("delegate-merge-survivor");
        survivor.setLabel(getTranslation("admin.delegates.survivor"));
        survivor.setWidthFull();
        survivor.setItemLabelGenerator(d -> d.fullName()
                + (d.residentialGroup() == null ? "" : " · " + d.residentialGroup())
                + " · " + getTranslation("admin.delegates.petitionCount", d.petitions()));
        survivor.setItems(query -> delegates.delegates(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        add(new Paragraph(getTranslation("admin.delegates.mergeExplained", duplicate.fullName(),
                duplicate.petitions())), survivor);
        Button cancel = new Button(getTranslation("admin.common.cancel"), e -> close());
        Button merge = new Button(getTranslation("admin.delegates.mergeConfirm"), e -> {
            DelegateRecord kept = survivor.getValue();
            if (kept == null) {
                survivor.setInvalid(true);
                survivor.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            close();
            AdminNotices.show(this, delegates.merge(kept.id(), kept.version(), duplicate.id(), duplicate.version()),
                    onChange);
        });
        merge.setId("delegate-merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, merge);
    }
}
