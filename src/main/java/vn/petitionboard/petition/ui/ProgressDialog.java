package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;
import vn.petitionboard.petition.attachment.AttachmentStaging;

/** The department reports how far it got, with a percentage and files (photos, letters) as evidence. */
final class ProgressDialog extends StepDialog {

    private final PetitionWorkflowService workflow;
    private final TextArea note = required("note",
            LimitedText.area(getTranslation("field.progressNote"), PetitionWorkflowService.NOTE_MAX));
    private final IntegerField percent = new IntegerField(getTranslation("field.percent"));
    private final AttachmentField attachments;

    ProgressDialog(PetitionRef petition, PetitionWorkflowService workflow, AttachmentStaging staging,
            Runnable onDone, Runnable onReload) {
        super(Transition.REPORT_PROGRESS, petition, onDone, onReload);
        this.workflow = workflow;
        this.attachments = attachments(staging);
        percent.setMin(0);
        percent.setMax(100);
        percent.setStep(10);
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new Span("%"));
        percent.setRequiredIndicatorVisible(true);
        bind("percent", percent);
        fields(note, percent, attachments);
    }

    @Override
    CommandResult send() {
        return workflow.reportProgress(new PetitionCommands.ReportProgress(petition.id(), petition.version(),
                note.getValue(), percent.getValue(), attachments.files()));
    }
}
