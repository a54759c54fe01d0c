package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.petitionboard.base.db.DatabaseFailure;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.FieldErrors;
import vn.petitionboard.base.ui.VietnameseDatePicker;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.Step;
import vn.petitionboard.petition.attachment.AttachmentStaging;
import vn.petitionboard.petition.live.PetitionChange;

/**
 * What every step's dialog shares (a move of the life cycle or an action beside it): the petition it acts on, Cancel and Confirm, and the outcome of the
 * command. Invalid input is marked at its field and the dialog stays open with everything typed; a conflict says
 * someone else was faster and offers a reload; a refusal closes the dialog with the server's reason. Cancel changes
 * nothing. A step adds its fields with {@link #fields} at the end of its constructor and sends its command in
 * {@link #send}.
 */
abstract class StepDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(StepDialog.class);

    final PetitionRef petition;
    private final Step step;
    private final Runnable onDone;
    private final Runnable onReload;
    // The fields keep their own checks (required, min and max dates) as the user types.
    private final FieldErrors errors = FieldErrors.besideFieldChecks(this);
    private final VerticalLayout body;
    private final Paragraph problem = new Paragraph();
    private final List<DatePicker> dates = new ArrayList<>();
    private final Button confirm;
    private AttachmentField attachments;
    /** The "changed meanwhile" warning while shown: a newer change replaces it. */
    private Paragraph changedWarning;

    StepDialog(Step step, PetitionRef petition, Runnable onDone, Runnable onReload) {
        this.step = step;
        this.petition = petition;
        this.onDone = onDone;
        this.onReload = onReload;
        setHeaderTitle(getTranslation(step.labelKey()) + " · " + petition.code());
        setWidth("min(40rem, 95vw)");
        setCloseOnOutsideClick(false);
        addClassName("transition-dialog");
        getElement().setAttribute("data-transition", step.name());

        Paragraph subject = new Paragraph(petition.title());
        subject.addClassName("dialog-subject");
        problem.addClassName("dialog-problem");
        problem.setVisible(false);
        problem.setId("dialog-problem");
        body = new VerticalLayout(subject);
        body.setPadding(false);
        body.setSpacing(false);
        body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        add(body);

        Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
        cancel.setId("dialog-cancel");
        confirm = new Button(getTranslation(step.labelKey()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("dialog-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            try {
                submit();
            } finally {
                confirm.setEnabled(true);
            }
        });
        getFooter().add(cancel, confirm);
        addDialogCloseActionListener(e -> close());
    }

    /** Sends the step's command with what the user entered. */
    abstract CommandResult send();

    /** Why the step must wait before it is sent (a file still uploading, a refused file), as the message to show. */
    Optional<String> notReady() {
        return attachments == null ? Optional.empty() : attachments.notReady();
    }

    /**
     * Files the step sends with its command, uploaded to the staging area as the user picks them. The step is not
     * sent while a file is on its way or refused; saved or cancelled, the dialog deletes the staged copies (their
     * bytes are in the database, or unwanted).
     */
    final AttachmentField attachments(AttachmentStaging staging) {
        AttachmentField field = new AttachmentField(staging);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                field.close();
            }
        });
        addDetachListener(e -> field.close());
        attachments = field;
        return field;
    }

    /** Puts the step's fields under the petition's title, in this order. */
    final void fields(Component... fields) {
        body.add(fields);
        body.add(problem);
    }

    /** A field whose service errors show at it, reported by the service under {@code name}. */
    final <F extends Component & HasValidation & HasValue<?, ?>> F bind(String name, F field) {
        field.setId("field-" + name);
        return errors.bind(name, field);
    }

    /** A text the step cannot do without. */
    final <F extends Component & HasValidation & HasValue<?, ?>> F required(String name, F field) {
        if (field instanceof TextArea area) {
            area.setRequired(true);
        } else if (field instanceof TextField text) {
            text.setRequired(true);
        }
        return bind(name, field);
    }

    /** A date within the range the service accepts; the picker marks a date outside it as the user types. */
    final DatePicker date(String labelKey, LocalDate value, DateRange range) {
        DatePicker picker = VietnameseDatePicker.create(getTranslation(labelKey));
        picker.setMin(range.min());
        picker.setMax(range.max());
        picker.setValue(value);
        picker.setRequiredIndicatorVisible(true);
        dates.add(picker);
        return picker;
    }

    /** A message under the fields: what is wrong beyond a single field. */
    final void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /**
     * The step cannot be taken for a reason known before anything is typed (the service would refuse it): say so and
     * offer only Cancel, instead of letting the user type for nothing.
     */
    final void refuseUpFront(String message, Component... fields) {
        showProblem(message);
        confirm.setEnabled(false);
        confirm.setDisableOnClick(false);
        for (Component field : fields) {
            field.getElement().setEnabled(false);
        }
    }

    private void submit() {
        errors.clear();
        problem.setVisible(false);
        // 31/02/2026 or 01/01/0001 would reach the service as "no date": an optional date would be dropped silently.
        boolean unusable = false;
        for (DatePicker date : dates) {
            unusable |= errors.unusableInput(date);
        }
        if (unusable) {
            showProblem(getTranslation("workflow.invalid"));
            return;
        }
        Optional<String> wait = notReady();
        if (wait.isPresent()) {
            showProblem(wait.get());
            return;
        }
        CommandResult result;
        try {
            result = send();
        } catch (RuntimeException e) {
            // The database is unreachable or was cut off: say so here, beside what the user typed, which stays.
            DatabaseFailure failure = DatabaseFailure.of(e).orElseThrow(() -> e);
            log.warn("{} {} not saved, database {}: {}", step, petition.code(), failure,
                    DatabaseFailure.rootMessage(e));
            showProblem(getTranslation(failure.messageKey()));
            return;
        }
        switch (result) {
            case CommandResult.Done done -> succeed();
            case CommandResult.Created created -> succeed();
            case CommandResult.Invalid invalid -> {
                List<String> unplaced = errors.show(invalid.errors());
                showProblem(unplaced.isEmpty() ? getTranslation("workflow.invalid") : String.join(" ", unplaced));
            }
            case CommandResult.Conflict conflict -> conflict();
            case CommandResult.Refused refused -> {
                close();
                TransitionDialogs.notifyError(getTranslation(refused.messageKey(),
                        translatedArguments(refused.arguments())));
            }
        }
    }

    private void succeed() {
        close();
        Notification notification = Notification.show(getTranslation("workflow.done",
                getTranslation(step.labelKey()) + " " + petition.code()), 3000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onDone.run();
    }

    /**
     * Someone else changed the petition while this dialog was open (on any app instance): say who and what, above the
     * fields, before the user confirms, and offer a reload. What was typed stays; confirming anyway meets the version
     * check, which refuses a stale step.
     */
    final void changedMeanwhile(PetitionChange change) {
        Paragraph warning = new Paragraph(getTranslation("dialog.changedMeanwhile", change.actorName(),
                getTranslation("event." + change.event().name())));
        warning.addClassName("dialog-changed");
        warning.setId("dialog-changed");
        warning.getElement().setAttribute("role", "alert");
        Button reload = new Button(getTranslation("workflow.reload"), e -> {
            close();
            onReload.run();
        });
        reload.setId("dialog-changed-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        warning.add(reload);
        if (changedWarning != null) {
            body.remove(changedWarning);
        }
        body.addComponentAsFirst(warning);
        changedWarning = warning;
    }

    private void conflict() {
        showProblem(getTranslation("workflow.conflict"));
        Button reload = new Button(getTranslation("workflow.reload"), e -> {
            close();
            onReload.run();
        });
        reload.setId("dialog-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        problem.add(reload);
    }

    private Object[] translatedArguments(List<Object> arguments) {
        return arguments.stream()
                .map(a -> a instanceof String s
                        && (s.startsWith("transition.") || s.startsWith("action.") || s.startsWith("state."))
                        ? getTranslation(s) : a)
                .toArray();
    }
}
