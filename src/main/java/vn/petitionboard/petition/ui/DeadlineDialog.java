package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import vn.petitionboard.base.i18n.Formats;
import vn.petitionboard.base.text.DateRange;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.DepartmentRequestService;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.petition.PetitionAction;
import vn.petitionboard.petition.PetitionWorkflowService;

/**
 * A later deadline, and why: a leader extends it (EXTEND_DEADLINE), or the department at work asks for it
 * (REQUEST_EXTENSION). The picker starts the day after the current deadline; the service checks both bounds again.
 */
final class DeadlineDialog extends StepDialog {

    private final PetitionAction action;
    private final DirectionService direction;
    private final DepartmentRequestService requests;
    private final DatePicker deadline;
    private final TextArea reason = required("reason",
            LimitedText.area(getTranslation("field.reason"), PetitionWorkflowService.NOTE_MAX));

    DeadlineDialog(PetitionAction action, PetitionRef petition, LocalDate currentDeadline, LocalDate today,
            DirectionService direction, DepartmentRequestService requests, Runnable onDone, Runnable onReload) {
        super(action, petition, onDone, onReload);
        this.action = action;
        this.direction = direction;
        this.requests = requests;
        DateRange bounds = DateRange.deadline(today);
        LocalDate earliest = currentDeadline != null && !currentDeadline.isBefore(today)
                ? currentDeadline.plusDays(1) : today;
        deadline = date(action == PetitionAction.EXTEND_DEADLINE ? "field.newDeadline" : "field.proposedDeadline",
                null, new DateRange(earliest, bounds.max()));
        if (currentDeadline != null) {
            deadline.setHelperText(getTranslation("field.currentDeadline", Formats.date(currentDeadline)));
        }
        bind(action == PetitionAction.EXTEND_DEADLINE ? "newDeadline" : "proposedDeadline", deadline);
        fields(deadline, reason);
    }

    @Override
    CommandResult send() {
        return action == PetitionAction.EXTEND_DEADLINE
                ? direction.extendDeadline(new AssignmentCommands.ExtendDeadline(petition.id(), petition.version(),
                        deadline.getValue(), reason.getValue()))
                : requests.requestExtension(new AssignmentCommands.RequestExtension(petition.id(),
                        petition.version(), deadline.getValue(), reason.getValue()));
    }
}
