package vn.petitionboard.petition.ui.capture;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import vn.petitionboard.base.text.CleanText;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.conference.DelegateOption;
import vn.petitionboard.petition.IntakeCommands.Requester;
import vn.petitionboard.petition.PetitionIntakeService;

/**
 * Who raised the petition: the delegate being typed (a name from the unit's records, or a new person with their
 * organisation, group and phone), and those already added with "Thêm người kiến nghị", shown as chips.
 */
final class RequesterRows extends Div {

    private final ComboBox<DelegateOption> delegate = new ComboBox<>(getTranslation("capture.field.delegate"));
    private final TextField organisation = LimitedText.field(getTranslation("capture.field.organisation"),
            PetitionIntakeService.ORGANISATION_MAX);
    private final TextField group = LimitedText.field(getTranslation("capture.field.group"),
            PetitionIntakeService.GROUP_MAX);
    private final TextField phone = new TextField(getTranslation("capture.field.phone"));
    private final Div delegateRow = new Div();
    private final Div chips = new Div();

    /** Delegates added with "Thêm người kiến nghị", before the one being typed. */
    private final List<PendingRequester> pending = new ArrayList<>();
    /** Organisation and group show an existing delegate's record: read-only, and cleared when they pick another. */
    private boolean detailsFromRecord;

    RequesterRows(ConferenceService conferences) {
        delegate.setId("capture-delegate");
        delegate.setRequiredIndicatorVisible(true);
        delegate.setPlaceholder(getTranslation("capture.field.delegate.placeholder"));
        delegate.setAllowCustomValue(true);
        delegate.setItemLabelGenerator(DelegateOption::fullName);
        delegate.setRenderer(LitRenderer.<DelegateOption>of("""
                <div class="delegate-option"><span class="delegate-option-name">${item.name}</span>\
                <span class="delegate-option-details">${item.details}</span></div>""")
                .withProperty("name", DelegateOption::fullName)
                .withProperty("details", PendingRequester::details));
        // Lazy: the unit's delegates whose name contains what was typed, a page at a time.
        delegate.setItems(query -> conferences.findDelegates(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        delegate.addCustomValueSetListener(e -> {
            String name = CleanText.of(e.getDetail());
            delegate.setValue(name == null ? null : new DelegateOption(null, name, null, null));
        });
        delegate.addValueChangeListener(e -> delegateChosen(e.getValue()));

        organisation.setId("capture-organisation");
        group.setId("capture-group");
        group.setPlaceholder(getTranslation("capture.field.group.placeholder"));
        phone.setId("capture-phone");
        phone.setMaxLength(PetitionIntakeService.PHONE_MAX);
        phone.setAllowedCharPattern("[0-9 +().\\-]");

        delegateRow.add(delegate, organisation, group, phone);
        delegateRow.addClassName("capture-delegate-row");

        Button addRequester = new Button(getTranslation("capture.addRequester"), VaadinIcon.PLUS.create(),
                e -> addRequester());
        addRequester.setId("capture-add-requester");
        addRequester.addThemeVariants(ButtonVariant.LUMO_SMALL);

        chips.setId("capture-requesters");
        chips.addClassName("requester-chips");
        chips.getElement().setAttribute("role", "list");
        chips.getElement().setAttribute("aria-label", getTranslation("capture.requesters"));

        add(delegateRow, addRequester);
        addClassName("capture-requester");
    }

    /** The delegates already added, placed by the form under these rows. */
    Div chips() {
        return chips;
    }

    /** Where Enter saves the form: the inputs of the delegate being typed. */
    Component delegateRow() {
        return delegateRow;
    }

    /** Keys as PetitionIntakeService reports them for the requesters. */
    void bindErrors(FieldErrors errors) {
        errors.bind("delegateName", delegate);
        errors.alias("requesters", "delegateName");
        errors.bind("organisation", organisation);
        errors.bind("residentialGroup", group);
        errors.bind("phone", phone);
    }

    void focus() {
        delegate.focus();
    }

    /**
     * Everyone in the list, then the one being typed. Details typed without a name are sent too, so the service asks
     * for the name instead of the details being dropped silently.
     */
    List<Requester> requesters() {
        List<Requester> all = new ArrayList<>(pending.stream().map(PendingRequester::toRequester).toList());
        DelegateOption chosen = delegate.getValue();
        if (chosen != null) {
            all.add(typed(chosen).toRequester());
        } else if (!organisation.isEmpty() || !group.isEmpty() || !phone.isEmpty()) {
            all.add(Requester.newDelegate(null, organisation.getValue(), group.getValue(), phone.getValue()));
        }
        return all;
    }

    /** Nobody in the list, nothing typed. */
    void clear() {
        pending.clear();
        renderChips();
        clearTyped();
    }

    private void delegateChosen(DelegateOption chosen) {
        boolean existing = chosen != null && chosen.id() != null;
        if (existing) {
            organisation.setValue(nullToEmpty(chosen.organisation()));
            group.setValue(nullToEmpty(chosen.residentialGroup()));
            phone.clear();
        } else if (detailsFromRecord) {
            organisation.clear();
            group.clear();
        }
        detailsFromRecord = existing;
        // An existing delegate is linked as recorded; the service ignores details typed for them.
        organisation.setReadOnly(existing);
        group.setReadOnly(existing);
        phone.setReadOnly(existing);
        delegate.setHelperText(chosen == null ? null
                : getTranslation(existing ? "capture.field.delegate.existing" : "capture.field.delegate.new"));
    }

    /** Moves the delegate being typed to the list, so that a second or third one can be typed. */
    private void addRequester() {
        DelegateOption chosen = delegate.getValue();
        if (chosen == null) {
            refuse(getTranslation("capture.addRequester.nameFirst"));
            return;
        }
        boolean duplicate = chosen.id() != null && pending.stream().anyMatch(p -> chosen.id().equals(p.chosen().id()));
        if (duplicate) {
            refuse(getTranslation("intake.refused.alreadyRequester"));
            return;
        }
        pending.add(typed(chosen));
        renderChips();
        clearTyped();
        delegate.focus();
    }

    private void refuse(String message) {
        delegate.setErrorMessage(message);
        delegate.setInvalid(true);
        delegate.focus();
    }

    private PendingRequester typed(DelegateOption chosen) {
        return new PendingRequester(chosen, organisation.getValue(), group.getValue(), phone.getValue());
    }

    private void renderChips() {
        chips.removeAll();
        for (PendingRequester requester : pending) {
            Span name = new Span(requester.label());
            name.addClassName("requester-chip-name");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                pending.remove(requester);
                renderChips();
                delegate.focus();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("capture.requester.remove", requester.chosen().fullName()));
            remove.setTooltipText(getTranslation("capture.requester.remove", requester.chosen().fullName()));
            remove.addClassName("requester-chip-remove");
            Span chip = new Span(name, remove);
            chip.addClassName("requester-chip");
            chip.getElement().setAttribute("role", "listitem");
            chips.add(chip);
        }
    }

    private void clearTyped() {
        delegate.clear();
        organisation.clear();
        group.clear();
        phone.clear();
        delegate.setInvalid(false);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
