package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.textfield.TextArea;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.DepartmentRequestService;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.petition.PetitionAction;
import vn.petitionboard.petition.PetitionWorkflowService;

/** One text and Confirm: a leader's further instruction (ADD_INSTRUCTION), or why a request is refused. */
final class NoteDialog extends StepDialog {

    private final PetitionAction action;
    private final DirectionService direction;
    private final DepartmentRequestService requests;
    private final TextArea text;

    NoteDialog(PetitionAction action, PetitionRef petition, DirectionService direction,
            DepartmentRequestService requests, Runnable onDone, Runnable onReload) {
        super(action, petition, onDone, onReload);
        this.action = action;
        this.direction = direction;
        this.requests = requests;
        boolean instruction = action == PetitionAction.ADD_INSTRUCTION;
        text = required(instruction ? "instruction" : "reason", LimitedText.area(
                getTranslation(instruction ? "field.instruction" : "field.refusalReason"),
                PetitionWorkflowService.NOTE_MAX));
        fields(text);
    }

    @Override
    CommandResult send() {
        return action == PetitionAction.ADD_INSTRUCTION
                ? direction.addInstruction(new AssignmentCommands.AddInstruction(petition.id(), petition.version(),
                        text.getValue()))
                : requests.refuse(new AssignmentCommands.RefuseRequest(petition.id(), petition.version(),
                        text.getValue()));
    }
}
