package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/** A leader answered the petition at the conference itself; the clerk records what was said and by whom. */
final class AnswerOnTheSpotDialog extends StepDialog {

    private final PetitionWorkflowService workflow;
    private final TextArea content = required("content",
            LimitedText.area(getTranslation("field.answer"), PetitionWorkflowService.TEXT_MAX));
    private final TextField speaker = bind("speakerName",
            LimitedText.field(getTranslation("field.speaker"), PetitionWorkflowService.NAME_MAX));

    AnswerOnTheSpotDialog(PetitionRef petition, PetitionWorkflowService workflow, Runnable onDone,
            Runnable onReload) {
        super(Transition.ANSWER_ON_THE_SPOT, petition, onDone, onReload);
        this.workflow = workflow;
        fields(content, speaker);
        workflow.onTheSpotRefusal(petition.id()).ifPresent(refused -> refuseUpFront(
                getTranslation(refused.messageKey(), refused.arguments().toArray()), content, speaker));
    }

    @Override
    CommandResult send() {
        return workflow.answerOnTheSpot(new PetitionCommands.AnswerOnTheSpot(petition.id(), petition.version(),
                content.getValue(), speaker.getValue()));
    }
}
