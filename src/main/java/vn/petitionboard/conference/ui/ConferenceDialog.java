package vn.petitionboard.conference.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.base.ui.VietnameseDatePicker;
import vn.petitionboard.conference.ConferenceForm;
import vn.petitionboard.conference.ConferenceId;
import vn.petitionboard.conference.ConferenceKind;
import vn.petitionboard.conference.ConferenceService;
import vn.petitionboard.conference.ConferenceSummary;
import vn.petitionboard.conference.SaveResult;

/**
 * The clerk's form for a new conference, or for correcting one. Saving passes the version the form was loaded with:
 * when someone else saved in between, the form keeps what was typed and offers to load the newer version instead.
 */
final class ConferenceDialog extends Dialog {

    /** Two-digit years typed into a four-digit pattern become year 0020; no real conference is that old. */

    private final ConferenceService conferences;
    private final Consumer<ConferenceId> onSaved;
    private final FieldErrors errors = FieldErrors.judgedByService(this);

    private final DatePicker heldOn = VietnameseDatePicker.create(getTranslation("conference.field.heldOn"));
    private final Select<ConferenceKind> kind = new Select<>();
    private final TextField title = LimitedText.field(getTranslation("conference.field.title"),
            ConferenceService.TITLE_MAX);
    private final TextField venue = LimitedText.field(getTranslation("conference.field.venue"),
            ConferenceService.VENUE_MAX);
    private final TextArea chairs = LimitedText.area(getTranslation("conference.field.chairs"),
            ConferenceService.CHAIRS_MAX);
    private final TextField planNumber = LimitedText.field(getTranslation("conference.field.planNumber"),
            ConferenceService.PLAN_MAX);
    private final IntegerField delegateCount = new IntegerField(getTranslation("conference.field.delegateCount"));
    private final TextArea legalBasis = LimitedText.area(getTranslation("conference.field.legalBasis"),
            ConferenceService.LEGAL_BASIS_MAX);
    private final TextArea minutesNote = LimitedText.area(getTranslation("conference.field.minutesNote"),
            ConferenceService.MINUTES_MAX);
    private final Div problem = new Div();
    private final Button reload = new Button(getTranslation("conference.reload"), VaadinIcon.REFRESH.create());
    private final Button save = new Button(getTranslation("conference.save"));

    private final ConferenceId id;
    private int version;

    private ConferenceDialog(ConferenceService conferences, ConferenceSummary existing, LocalDate latest,
            Consumer<ConferenceId> onSaved) {
        this.conferences = conferences;
        this.onSaved = onSaved;
        this.id = existing == null ? null : existing.id();
        this.version = existing == null ? 0 : existing.version();
        setId("conference-dialog");
        addClassName("conference-dialog");
        setWidth("46rem");
        setMaxWidth("100%");
        setHeaderTitle(getTranslation(existing == null ? "conference.dialog.new" : "conference.dialog.edit"));
        // Escape closes (the default); a stray click outside must not throw away a long form.
        setCloseOnOutsideClick(false);

        heldOn.setId("conference-heldOn");
        heldOn.setRequiredIndicatorVisible(true);
        heldOn.setMin(DateRange.EARLIEST);
        heldOn.setMax(latest);
        kind.setId("conference-kind");
        kind.setLabel(getTranslation("conference.field.kind"));
        kind.setItems(ConferenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setRequiredIndicatorVisible(true);
        title.setId("conference-title");
        title.setRequiredIndicatorVisible(true);
        venue.setId("conference-venue");
        chairs.setId("conference-chairs");
        planNumber.setId("conference-planNumber");
        planNumber.setPlaceholder(getTranslation("conference.field.planNumber.placeholder"));
        delegateCount.setId("conference-delegateCount");
        delegateCount.setMin(0);
        delegateCount.setMax(ConferenceService.DELEGATES_MAX);
        delegateCount.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("validation.delegateCount"))
                .setMinErrorMessage(getTranslation("validation.delegateCount"))
                .setMaxErrorMessage(getTranslation("validation.delegateCount")));
        legalBasis.setId("conference-legalBasis");
        legalBasis.setPlaceholder(getTranslation("conference.field.legalBasis.placeholder"));
        minutesNote.setId("conference-minutesNote");

        // Keys as ConferenceService reports them.
        errors.bind("heldOn", heldOn);
        errors.bind("kind", kind);
        errors.bind("title", title);
        errors.bind("venue", venue);
        errors.bind("chairs", chairs);
        errors.bind("planNumber", planNumber);
        errors.bind("delegateCount", delegateCount);
        errors.bind("legalBasis", legalBasis);
        errors.bind("minutesNote", minutesNote);

        FormLayout form = new FormLayout();
        form.addClassName("conference-form");
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        form.add(heldOn, kind);
        form.add(title, 2);
        form.add(venue, 2);
        form.add(chairs, 2);
        form.add(planNumber, delegateCount);
        form.add(legalBasis, 2);
        form.add(minutesNote, 2);

        problem.setId("conference-conflict");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        reload.setId("conference-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reload.addClickListener(e -> reloadLatest());
        add(problem, form);

        Button cancel = new Button(getTranslation("conference.cancel"), e -> close());
        cancel.setId("conference-cancel");
        save.setId("conference-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);

        if (existing != null) {
            fill(existing);
        } else {
            kind.setValue(ConferenceKind.DIALOGUE); // what this board is mostly for
        }
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                heldOn.focus();
            }
        });
    }

    static ConferenceDialog forNew(ConferenceService conferences, LocalDate latest, Consumer<ConferenceId> onSaved) {
        return new ConferenceDialog(conferences, null, latest, onSaved);
    }

    static ConferenceDialog forEdit(ConferenceService conferences, ConferenceSummary existing, LocalDate latest,
            Consumer<ConferenceId> onSaved) {
        return new ConferenceDialog(conferences, existing, latest, onSaved);
    }

    private void fill(ConferenceSummary c) {
        heldOn.setValue(c.heldOn());
        kind.setValue(c.kind());
        title.setValue(nullToEmpty(c.title()));
        venue.setValue(nullToEmpty(c.venue()));
        chairs.setValue(nullToEmpty(c.chairs()));
        planNumber.setValue(nullToEmpty(c.planNumber()));
        delegateCount.setValue(c.delegateCount());
        legalBasis.setValue(nullToEmpty(c.legalBasis()));
        minutesNote.setValue(nullToEmpty(c.minutesNote()));
    }

    private void save() {
        errors.clear();
        hideProblem();
        boolean unusable = errors.unusableInput(heldOn) | errors.unusableInput(delegateCount);
        if (unusable) {
            errors.focusFirstInvalid();
            return;
        }
        ConferenceForm form = new ConferenceForm(kind.getValue(), title.getValue(), heldOn.getValue(),
                venue.getValue(), chairs.getValue(), planNumber.getValue(), legalBasis.getValue(),
                delegateCount.getValue(), minutesNote.getValue());
        SaveResult result = id == null ? conferences.create(form) : conferences.update(id, version, form);
        switch (result) {
            case SaveResult.Saved saved -> {
                close();
                Notification.show(getTranslation("conference.saved", form.title().strip()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onSaved.accept(saved.id());
            }
            case SaveResult.Invalid invalid -> {
                List<String> elsewhere = errors.show(invalid.errors());
                errors.focusFirstInvalid();
                if (!elsewhere.isEmpty()) {
                    showProblem(String.join(" ", elsewhere), false);
                }
            }
            case SaveResult.Conflict conflict -> showProblem(getTranslation("conference.conflict"), true);
        }
    }

    /** The user chose to drop what they typed for the version someone else saved. */
    private void reloadLatest() {
        Optional<ConferenceSummary> latest = conferences.find(id);
        if (latest.isEmpty()) {
            showProblem(getTranslation("conference.gone"), false);
            save.setEnabled(false);
            return;
        }
        errors.clear();
        fill(latest.get());
        version = latest.get().version();
        hideProblem();
        Notification.show(getTranslation("conference.reloaded"), 3000, Notification.Position.BOTTOM_START);
        heldOn.focus();
    }

    private void showProblem(String message, boolean offerReload) {
        problem.removeAll();
        Span text = new Span(message);
        problem.add(VaadinIcon.WARNING.create(), text);
        if (offerReload) {
            problem.add(reload);
        }
        problem.setVisible(true);
        problem.scrollIntoView(); // Save is at the bottom of a form that may be scrolled
    }

    private void hideProblem() {
        problem.setVisible(false);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
