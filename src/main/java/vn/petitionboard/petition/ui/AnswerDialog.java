package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.attachment.AttachmentStaging;

/** The department's answer, with the number and date of the document that carries it, and the document itself. */
final class AnswerDialog extends StepDialog {

    private final PetitionWorkflowService workflow;
    private final TextArea content = required("content",
            LimitedText.area(getTranslation("field.answer"), PetitionWorkflowService.TEXT_MAX));
    private final TextField number = bind("documentNumber",
            LimitedText.field(getTranslation("field.documentNumber"), PetitionWorkflowService.REFERENCE_MAX));
    private final DatePicker date;
    private final AttachmentField attachments;

    AnswerDialog(PetitionRef petition, PetitionWorkflowService workflow, AttachmentStaging staging, LocalDate today,
            Runnable onDone, Runnable onReload) {
        super(Transition.ANSWER, petition, onDone, onReload);
        this.workflow = workflow;
        date = bind("documentDate", date("field.documentDate", today, DateRange.past(today)));
        attachments = attachments(staging);
        fields(content, number, date, attachments);
    }

    @Override
    CommandResult send() {
        return workflow.answer(new PetitionCommands.Answer(petition.id(), petition.version(), content.getValue(),
                number.getValue(), date.getValue(), attachments.files()));
    }
}
