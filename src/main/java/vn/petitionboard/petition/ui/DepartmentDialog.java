package vn.petitionboard.petition.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import vn.petitionboard.base.ui.LimitedText;
import vn.petitionboard.organisation.DepartmentId;
import vn.petitionboard.organisation.DepartmentOption;
import vn.petitionboard.petition.AssignmentCommands;
import vn.petitionboard.petition.CommandResult;
import vn.petitionboard.petition.DepartmentRequestService;
import vn.petitionboard.petition.DirectionService;
import vn.petitionboard.petition.PetitionAction;
import vn.petitionboard.petition.PetitionWorkflowService;

/**
 * Another department for the petition, and why: a leader gives it to the department (REASSIGN), or the department at
 * work says it is not its own and may name the one that should have it (REQUEST_REASSIGNMENT).
 */
final class DepartmentDialog extends StepDialog {

    private final PetitionAction action;
    private final DirectionService direction;
    private final DepartmentRequestService requests;
    private final Select<DepartmentOption> department = new Select<>();
    private final TextArea reason = required("reason",
            LimitedText.area(getTranslation("field.reason"), PetitionWorkflowService.NOTE_MAX));

    DepartmentDialog(PetitionAction action, PetitionRef petition, List<DepartmentOption> departments,
            DirectionService direction, DepartmentRequestService requests, Runnable onDone, Runnable onReload) {
        super(action, petition, onDone, onReload);
        this.action = action;
        this.direction = direction;
        this.requests = requests;
        boolean leader = action == PetitionAction.REASSIGN;
        department.setLabel(getTranslation(leader ? "field.newDepartment" : "field.suggestedDepartment"));
        department.setItems(departments.stream().filter(d -> !Objects.equals(d.id(), petition.department())).toList());
        department.setItemLabelGenerator(d -> d == null ? "" : d.name());
        department.setRequiredIndicatorVisible(leader);
        department.setEmptySelectionAllowed(!leader);
        department.setEmptySelectionCaption(getTranslation("field.suggestedDepartment.none"));
        bind(leader ? "department" : "suggestedDepartment", department);
        fields(department, reason);
    }

    @Override
    CommandResult send() {
        DepartmentId chosen = department.getValue() == null ? null : department.getValue().id();
        return action == PetitionAction.REASSIGN
                ? direction.reassign(new AssignmentCommands.Reassign(petition.id(), petition.version(), chosen,
                        reason.getValue()))
                : requests.requestReassignment(new AssignmentCommands.RequestReassignment(petition.id(),
                        petition.version(), chosen, reason.getValue()));
    }
}
