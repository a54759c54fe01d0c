package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.PetitionCommands;
import vn.petitionboard.petition.PetitionWorkflowService;
import vn.petitionboard.petition.Transition;

/** An answer goes back to the department (RETURN) or a petition back to the leader (SEND_BACK): why, and by when. */
final class ReturnDialog extends StepDialog {

    private final PetitionWorkflowService workflow;
    private final Transition transition;
    private final TextArea reason = required("reason",
            LimitedText.area(getTranslation("field.reason"), PetitionWorkflowService.NOTE_MAX));
    private final DatePicker deadline;

    ReturnDialog(Transition transition, PetitionRef petition, PetitionWorkflowService workflow, LocalDate today,
            Runnable onDone, Runnable onReload) {
        super(transition, petition, onDone, onReload);
        this.workflow = workflow;
        this.transition = transition;
        deadline = bind("newDeadline", date("field.newDeadline", workflow.defaultDeadline(), DateRange.deadline(today)));
        fields(reason, deadline);
    }

    @Override
    CommandResult send() {
        return transition == Transition.RETURN
                ? workflow.returnAnswer(new PetitionCommands.Return(petition.id(), petition.version(),
                        reason.getValue(), deadline.getValue()))
                : workflow.sendBack(new PetitionCommands.SendBack(petition.id(), petition.version(),
                        reason.getValue(), deadline.getValue()));
    }
}
