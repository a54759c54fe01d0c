package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.petitionboard.base.text.FieldError;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.base.ui.VietnameseDatePicker;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.organisation.OrganisationService;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionCommands.EscalationTarget;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/**
 * The dialog of each life-cycle step: it collects the step's details, sends the command, and shows the outcome.
 * Invalid input is marked at its field and the dialog stays open with everything typed; a conflict says someone else
 * was faster and offers a reload; a refusal closes the dialog with the server's reason. Cancel changes nothing.
 */
@SpringComponent
@UIScope
public class TransitionDialogs {

    static final int NOTE_MAX = 2000;
    static final int TEXT_MAX = 4000;
    static final int REFERENCE_MAX = 100;

    private final PetitionWorkflowService workflow;
    private final OrganisationService organisation;
    private final Clock clock;

    TransitionDialogs(PetitionWorkflowService workflow, OrganisationService organisation, Clock clock) {
        this.workflow = workflow;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Opens the dialog; onDone runs after a successful step, onReload when the user asks for fresh data. */
    public Dialog open(Transition transition, PetitionRef petition, Runnable onDone, Runnable onReload) {
        Form form = new Form(transition, petition, onDone, onReload);
        form.dialog.open();
        return form.dialog;
    }

    private final class Form {

        private final Dialog dialog = new Dialog();
        private final Map<String, HasValidation> fields = new LinkedHashMap<>();
        private final Paragraph problem = new Paragraph();
        private final Transition transition;
        private final PetitionRef petition;
        private final Runnable onDone;
        private final Runnable onReload;
        private Supplier<CommandResult> command;

        Form(Transition transition, PetitionRef petition, Runnable onDone, Runnable onReload) {
            this.transition = transition;
            this.petition = petition;
            this.onDone = onDone;
            this.onReload = onReload;
            dialog.setHeaderTitle(t(transition.labelKey()) + " · " + petition.code());
            dialog.setWidth("min(40rem, 95vw)");
            dialog.setCloseOnOutsideClick(false);
            dialog.addClassName("transition-dialog");
            dialog.getElement().setAttribute("data-transition", transition.name());

            Paragraph subject = new Paragraph(petition.title());
            subject.addClassName("dialog-subject");
            problem.addClassName("dialog-problem");
            problem.setVisible(false);
            problem.setId("dialog-problem");
            VerticalLayout body = new VerticalLayout(subject);
            body.setPadding(false);
            body.setSpacing(false);
            body.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
            body.add(fields(transition));
            body.add(problem);
            dialog.add(body);

            Button cancel = new Button(t("dialog.cancel"), e -> dialog.close());
            cancel.setId("dialog-cancel");
            Button confirm = new Button(t(transition.labelKey()), e -> submit());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("dialog-confirm");
            confirm.setDisableOnClick(true);
            confirm.addClickListener(e -> confirm.setEnabled(true));
            dialog.getFooter().add(cancel, confirm);
            dialog.addDialogCloseActionListener(e -> dialog.close());
        }

        private Component[] fields(Transition transition) {
            LocalDate today = LocalDate.now(clock);
            int version = petition.version();
            return switch (transition) {
                case ASSIGN -> {
                    Select<DepartmentOption> department = new Select<>();
                    department.setLabel(t("field.department"));
                    department.setItems(organisation.activeDepartments());
                    department.setItemLabelGenerator(d -> d == null ? "" : d.name());
                    department.setRequiredIndicatorVisible(true);
                    DatePicker deadline = date("field.deadline", workflow.defaultDeadline());
                    deadline.setMin(today);
                    deadline.setHelperText(t("field.deadline.help", PetitionWorkflowService.DEFAULT_DEADLINE_WORKING_DAYS));
                    TextArea instruction = LimitedText.area(t("field.instruction"), NOTE_MAX);
                    instruction.setRequired(true);
                    register("department", department, "field-department");
                    register("deadline", deadline, "field-deadline");
                    register("instruction", instruction, "field-instruction");
                    command = () -> workflow.assign(new PetitionCommands.Assign(petition.id(), version,
                            department.getValue() == null ? null : department.getValue().id(), deadline.getValue(),
                            instruction.getValue()));
                    yield new Component[] {department, deadline, instruction};
                }
                case ANSWER_ON_THE_SPOT -> {
                    TextArea content = required(LimitedText.area(t("field.answer"), TEXT_MAX), "content");
                    TextField speaker = LimitedText.field(t("field.speaker"), 150);
                    register("speakerName", speaker, "field-speakerName");
                    command = () -> workflow.answerOnTheSpot(new PetitionCommands.AnswerOnTheSpot(petition.id(),
                            version, content.getValue(), speaker.getValue()));
                    yield new Component[] {content, speaker};
                }
                case START -> {
                    command = () -> workflow.start(new PetitionCommands.Start(petition.id(), version));
                    yield new Component[] {new Paragraph(t("dialog.start.confirm"))};
                }
                case REPORT_PROGRESS -> {
                    TextArea note = required(LimitedText.area(t("field.progressNote"), NOTE_MAX), "note");
                    IntegerField percent = new IntegerField(t("field.percent"));
                    percent.setMin(0);
                    percent.setMax(100);
                    percent.setStep(10);
                    percent.setStepButtonsVisible(true);
                    percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
                    percent.setRequiredIndicatorVisible(true);
                    register("percent", percent, "field-percent");
                    List<PetitionCommands.Upload> files = Collections.synchronizedList(new ArrayList<>());
                    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                            files.add(new PetitionCommands.Upload(metadata.fileName(), bytes))));
                    upload.setMaxFileSize(10 * 1024 * 1024);
                    upload.setMaxFiles(5);
                    upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".doc", ".docx", ".xls",
                            ".xlsx", ".ppt", ".pptx", ".odt", ".ods");
                    upload.setI18n(uploadI18n());
                    upload.setId("field-attachments");
                    upload.addFileRejectedListener(e -> show(e.getErrorMessage()));
                    Paragraph uploadHelp = new Paragraph(t("field.attachments.help"));
                    uploadHelp.addClassName("field-help");
                    command = () -> workflow.reportProgress(new PetitionCommands.ReportProgress(petition.id(),
                            version, note.getValue(), percent.getValue(), List.copyOf(files)));
                    yield new Component[] {note, percent, upload, uploadHelp};
                }
                case ANSWER -> {
                    TextArea content = required(LimitedText.area(t("field.answer"), TEXT_MAX), "content");
                    TextField number = LimitedText.field(t("field.documentNumber"), REFERENCE_MAX);
                    DatePicker date = date("field.documentDate", today);
                    date.setMax(today);
                    register("documentNumber", number, "field-documentNumber");
                    register("documentDate", date, "field-documentDate");
                    command = () -> workflow.answer(new PetitionCommands.Answer(petition.id(), version,
                            content.getValue(), number.getValue(), date.getValue()));
                    yield new Component[] {content, number, date};
                }
                case ESCALATE -> {
                    String parent = organisation.parentUnitName().orElse(null);
                    RadioButtonGroup<EscalationTarget> target = new RadioButtonGroup<>(t("field.target"));
                    target.setItems(EscalationTarget.values());
                    target.setItemLabelGenerator(e -> e == EscalationTarget.PARENT_UNIT
                            ? t("field.target.parent", parent == null ? "—" : parent) : t("field.target.agency"));
                    target.setValue(parent != null ? EscalationTarget.PARENT_UNIT : EscalationTarget.AGENCY);
                    TextField agency = LimitedText.field(t("field.agency"), 300);
                    agency.setVisible(target.getValue() == EscalationTarget.AGENCY);
                    target.addValueChangeListener(e -> agency.setVisible(e.getValue() == EscalationTarget.AGENCY));
                    TextField reference = required(LimitedText.field(t("field.referenceNumber"), REFERENCE_MAX),
                            "referenceNumber");
                    DatePicker sentOn = date("field.sentOn", today);
                    sentOn.setMax(today);
                    TextArea note = LimitedText.area(t("field.note"), NOTE_MAX);
                    register("target", target, "field-target");
                    register("agencyName", agency, "field-agencyName");
                    register("sentOn", sentOn, "field-sentOn");
                    register("note", note, "field-note");
                    command = () -> workflow.escalate(new PetitionCommands.Escalate(petition.id(), version,
                            target.getValue(), agency.getValue(), reference.getValue(), sentOn.getValue(),
                            note.getValue()));
                    yield new Component[] {target, agency, reference, sentOn, note};
                }
                case RECORD_REPLY -> {
                    TextArea content = required(LimitedText.area(t("field.reply"), TEXT_MAX), "content");
                    TextField reference = LimitedText.field(t("field.replyReference"), REFERENCE_MAX);
                    DatePicker repliedOn = date("field.repliedOn", today);
                    repliedOn.setMax(today);
                    register("replyReference", reference, "field-replyReference");
                    register("repliedOn", repliedOn, "field-repliedOn");
                    command = () -> workflow.recordReply(new PetitionCommands.RecordReply(petition.id(), version,
                            content.getValue(), reference.getValue(), repliedOn.getValue()));
                    yield new Component[] {content, reference, repliedOn};
                }
                case ACCEPT -> {
                    command = () -> workflow.accept(new PetitionCommands.Accept(petition.id(), version));
                    yield new Component[] {new Paragraph(t("dialog.accept.confirm"))};
                }
                case RETURN, SEND_BACK -> {
                    TextArea reason = required(LimitedText.area(t("field.reason"), NOTE_MAX), "reason");
                    DatePicker deadline = date("field.newDeadline", workflow.defaultDeadline());
                    deadline.setMin(today);
                    register("newDeadline", deadline, "field-newDeadline");
                    command = () -> transition == Transition.RETURN
                            ? workflow.returnAnswer(new PetitionCommands.Return(petition.id(), version,
                                    reason.getValue(), deadline.getValue()))
                            : workflow.sendBack(new PetitionCommands.SendBack(petition.id(), version,
                                    reason.getValue(), deadline.getValue()));
                    yield new Component[] {reason, deadline};
                }
            };
        }

        private <C extends Component & HasValidation> C required(C field, String name) {
            register(name, field, "field-" + name);
            if (field instanceof TextArea area) {
                area.setRequired(true);
            } else if (field instanceof TextField text) {
                text.setRequired(true);
            }
            return field;
        }

        private void register(String name, HasValidation field, String id) {
            fields.put(name, field);
            ((Component) field).setId(id);
        }

        private DatePicker date(String labelKey, LocalDate value) {
            DatePicker picker = VietnameseDatePicker.create(t(labelKey));
            picker.setValue(value);
            picker.setRequiredIndicatorVisible(true);
            return picker;
        }

        private void submit() {
            fields.values().forEach(f -> f.setInvalid(false));
            problem.setVisible(false);
            CommandResult result = command.get();
            switch (result) {
                case CommandResult.Done done -> succeed();
                case CommandResult.Created created -> succeed();
                case CommandResult.Invalid invalid -> markInvalid(invalid.errors());
                case CommandResult.Conflict conflict -> conflict();
                case CommandResult.Refused refused -> {
                    dialog.close();
                    notifyError(t(refused.messageKey(), translatedArguments(refused.arguments())));
                }
            }
        }

        private void succeed() {
            dialog.close();
            Notification notification = Notification.show(t("workflow.done", t(transition.labelKey()) + " "
                    + petition.code()), 3000, Notification.Position.BOTTOM_END);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onDone.run();
        }

        private void markInvalid(Map<String, FieldError> errors) {
            List<String> unplaced = new ArrayList<>();
            errors.forEach((name, error) -> {
                String message = t(error.messageKey(), error.arguments().toArray());
                HasValidation field = fields.get(name);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    unplaced.add(message);
                }
            });
            show(unplaced.isEmpty() ? t("workflow.invalid") : String.join(" ", unplaced));
        }

        private void conflict() {
            show(t("workflow.conflict"));
            Button reload = new Button(t("workflow.reload"), e -> {
                dialog.close();
                onReload.run();
            });
            reload.setId("dialog-reload");
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
            problem.add(reload);
        }

        private void show(String message) {
            problem.setText(message);
            problem.setVisible(true);
        }

        private String t(String key, Object... args) {
            return dialog.getTranslation(key, args);
        }

        private Object[] translatedArguments(List<Object> arguments) {
            return arguments.stream()
                    .map(a -> a instanceof String s && (s.startsWith("transition.") || s.startsWith("state."))
                            ? t(s) : a)
                    .toArray();
        }

        private UploadI18N uploadI18n() {
            UploadI18N i18n = new UploadI18N();
            i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("upload.add")).setMany(t("upload.add")));
            i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("upload.drop")).setMany(t("upload.drop")));
            i18n.setError(new UploadI18N.Error().setFileIsTooBig(t("upload.tooBig"))
                    .setIncorrectFileType(t("upload.wrongType")).setTooManyFiles(t("upload.tooMany")));
            return i18n;
        }
    }

    /** A refusal or failure the user must see, whatever they were doing. */
    public static void notifyError(String message) {
        Notification notification = new Notification(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("error-notification");
        notification.open();
    }
}
